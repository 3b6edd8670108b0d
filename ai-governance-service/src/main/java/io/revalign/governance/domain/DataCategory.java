package io.revalign.governance.domain;

/** Kinds of data an AI tool handles; personal and confidential data raise its risk. */
public enum DataCategory {
    PUBLIC_DATA,
    CUSTOMER_PERSONAL_DATA,
    EMPLOYEE_PERSONAL_DATA,
    FINANCIAL_DATA,
    CONFIDENTIAL_BUSINESS_DATA
}
