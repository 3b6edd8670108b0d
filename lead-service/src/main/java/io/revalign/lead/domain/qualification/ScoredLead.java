package io.revalign.lead.domain.qualification;

import io.revalign.lead.domain.Lead;

/** A lead and its qualification summary ({@code null} while it has not been scored). */
public record ScoredLead(Lead lead, QualificationSummary qualification) {}
