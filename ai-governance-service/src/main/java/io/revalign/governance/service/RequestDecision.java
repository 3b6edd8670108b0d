package io.revalign.governance.service;

import io.revalign.governance.domain.DecisionType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What it takes to request a decision about a tool; goals and scores are optional. */
public record RequestDecision(
        UUID toolId, DecisionType decisionType, String businessCase, List<UUID> goalIds, Map<String, Integer> scores) {}
