package io.revalign.skills.service;

import io.revalign.skills.domain.AssessmentSource;
import java.time.Instant;

/** An assessed level of one skill; {@code assessedAt} null means now. */
public record RecordAssessment(
        String skillKey, int level, AssessmentSource source, String evidence, Instant assessedAt) {}
