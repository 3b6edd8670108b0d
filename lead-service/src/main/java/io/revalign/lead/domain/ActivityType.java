package io.revalign.lead.domain;

/** The kinds of engagement event recorded on a lead. */
public enum ActivityType {
    EMAIL_OPEN,
    EMAIL_CLICK,
    PAGE_VIEW,
    FORM_SUBMIT,
    WEBINAR_ATTENDED,
    EVENT_VISIT,
    DEMO_REQUEST,
    PRICING_VIEW
}
