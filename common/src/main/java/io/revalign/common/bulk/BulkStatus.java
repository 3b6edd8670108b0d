package io.revalign.common.bulk;

/** What happened to one record of a bulk request. */
public enum BulkStatus {
    /** A new resource was written. */
    CREATED,
    /** An existing resource was changed (new version). */
    UPDATED,
    /** The record matched an existing resource exactly: nothing was written. */
    UNCHANGED,
    /** The record was refused; {@code errors} says why. Other records are unaffected. */
    FAILED
}
