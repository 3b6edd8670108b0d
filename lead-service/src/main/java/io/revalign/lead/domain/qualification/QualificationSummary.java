package io.revalign.lead.domain.qualification;

import java.time.Instant;

/**
 * A lead's current score in brief, as shown with the lead: the score, the verdict and the definition
 * version that gave them, and when. {@code GET /api/leads/{id}/qualification} explains it in full.
 */
public record QualificationSummary(double score, Verdict verdict, int definitionVersion, Instant scoredAt) {}
