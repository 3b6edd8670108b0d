package io.revalign.governance.service;

import io.revalign.governance.domain.DataCategory;
import io.revalign.governance.domain.ToolCategory;
import io.revalign.governance.domain.ToolStatus;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A full replacement of an AI tool's editable fields; the lists and the set are optional (empty).
 * {@code status} is optional: when sent it must be the current one, since only decisions change it.
 */
public record UpdateAiTool(
        String name,
        String vendor,
        ToolCategory category,
        String description,
        List<String> useCases,
        Set<DataCategory> dataCategories,
        String ownerRole,
        List<String> skillKeys,
        List<UUID> goalIds,
        ToolStatus status) {}
