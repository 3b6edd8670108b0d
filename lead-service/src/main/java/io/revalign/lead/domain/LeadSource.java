package io.revalign.lead.domain;

/** Where a lead came from; with an external id it identifies the lead in that system. */
public enum LeadSource {
    SALESFORCE,
    HUBSPOT,
    WEB_FORM,
    EVENT,
    IMPORT,
    MANUAL;

    /** The source named {@code name}, or null when this version does not know it. */
    public static LeadSource known(String name) {
        for (LeadSource source : values()) {
            if (source.name().equals(name)) {
                return source;
            }
        }
        return null;
    }
}
