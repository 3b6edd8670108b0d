package io.revalign.skills.service;

import io.revalign.skills.domain.LearningModule;
import java.util.Map;

/** A module with the keys of the skills it raises, key → level. */
public record ModuleView(LearningModule module, Map<String, Integer> raises) {}
