package io.revalign.governance.service;

import io.revalign.governance.domain.Stance;

/** A Consulted role's input: the role the caller speaks for, the stance and an optional comment. */
public record GiveInput(String role, Stance stance, String comment) {}
