package io.revalign.skills.service;

import io.revalign.skills.domain.SellerRole;

/** A seller as the HRIS or CRM knows it, matched by externalId. */
public record UpsertSeller(
        String externalId,
        String name,
        String email,
        SellerRole role,
        String team,
        String managerExternalId,
        boolean active) {}
