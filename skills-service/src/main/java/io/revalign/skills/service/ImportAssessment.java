package io.revalign.skills.service;

/** One assessment of an LMS import: the seller by externalId. */
public record ImportAssessment(String sellerExternalId, RecordAssessment assessment) {}
