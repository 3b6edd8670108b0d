package io.revalign.governance.service;

import io.revalign.governance.domain.DataCategory;
import io.revalign.governance.domain.ToolCategory;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What it takes to register an AI tool; the lists and the set are optional (null: empty). */
public record RegisterAiTool(
        String name,
        String vendor,
        ToolCategory category,
        String description,
        List<String> useCases,
        Set<DataCategory> dataCategories,
        String ownerRole,
        List<String> skillKeys,
        List<UUID> goalIds) {}
