package io.revalign.lead.domain;

/** Where a lead came from; with an external id it identifies the lead in that system. */
public enum LeadSource {
    SALESFORCE,
    HUBSPOT,
    WEB_FORM,
    EVENT,
    IMPORT,
    MANUAL
}
