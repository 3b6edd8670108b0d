package io.revalign.lead.service;

import io.revalign.common.bulk.BulkStatus;
import io.revalign.lead.domain.Lead;

/** The lead an upsert left behind and what happened to it: CREATED, UPDATED or UNCHANGED. */
public record Upserted(BulkStatus status, Lead lead) {}
