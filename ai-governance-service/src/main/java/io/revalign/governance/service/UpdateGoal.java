package io.revalign.governance.service;

/** A goal's new fields, replacing all of them. */
public record UpdateGoal(String title, String metric, String target, String period, String ownerRole) {}
