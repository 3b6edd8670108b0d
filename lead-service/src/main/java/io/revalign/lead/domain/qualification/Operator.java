package io.revalign.lead.domain.qualification;

/** How a condition compares a lead attribute with its values. */
public enum Operator {
    /** The attribute equals the one value (case-insensitive for text). */
    EQUALS,
    /** The attribute equals one of the values. */
    IN,
    /** The attribute is a number between min and max, both inclusive; either may be open. */
    RANGE,
    /** The attribute has a non-empty value. */
    EXISTS
}
