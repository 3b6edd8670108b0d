package io.revalign.skills.domain;

/** The area of selling a skill belongs to; the first four are what AI-equipped buyers changed. */
public enum SkillCategory {
    AI_LITERACY,
    AI_TOOLS,
    BUYER_ENGAGEMENT,
    DATA_DRIVEN_SELLING,
    PRODUCT,
    SALES_METHODOLOGY,
    INDUSTRY
}
