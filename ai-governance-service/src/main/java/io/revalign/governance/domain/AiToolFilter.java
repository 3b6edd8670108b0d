package io.revalign.governance.domain;

/** Which AI tools a list shows; a null field does not filter. */
public record AiToolFilter(ToolCategory category, ToolStatus status, String vendor) {}
