package io.revalign.skills.service;

import io.revalign.common.bulk.BulkStatus;
import io.revalign.skills.domain.Seller;

/** The seller an upsert left behind and what happened to it: CREATED, UPDATED or UNCHANGED. */
public record UpsertedSeller(BulkStatus status, Seller seller) {}
