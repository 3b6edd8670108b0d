package io.revalign.lead.service;

import java.time.Instant;

/** Who moves a lead, why, under which definition version (null when no definition decided it), and when. */
public record StageChange(String actor, String reason, Integer definitionVersion, Instant at) {}
