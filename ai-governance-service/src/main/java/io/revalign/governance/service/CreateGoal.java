package io.revalign.governance.service;

/** What it takes to record a strategic goal. */
public record CreateGoal(String title, String metric, String target, String period, String ownerRole) {}
