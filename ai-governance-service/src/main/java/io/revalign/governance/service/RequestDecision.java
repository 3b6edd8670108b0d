package io.revalign.governance.service;

import io.revalign.governance.domain.DecisionType;
import io.revalign.governance.domain.SellerRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What it takes to request a decision about a tool; goals and scores are optional, and so are the seller roles a
 * pilot or rollout raises (empty: every role with a profile) and the level its skills are required at (null: 2).
 */
public record RequestDecision(
        UUID toolId,
        DecisionType decisionType,
        String businessCase,
        List<UUID> goalIds,
        Map<String, Integer> scores,
        List<SellerRole> sellerRoles,
        Integer requiredLevel) {}
