package io.revalign.governance.domain;

/** What kind of work an AI tool does for marketing and sales; decision rights differ per category. */
public enum ToolCategory {
    ASSISTANT,
    CONVERSATION_INTELLIGENCE,
    FORECASTING,
    LEAD_SCORING,
    CONTENT_GENERATION,
    SALES_ENGAGEMENT,
    DATA_ENRICHMENT,
    OTHER
}
