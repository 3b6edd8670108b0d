package io.revalign.common.bulk;

/** One record of a bulk request that bound and validated, with its position in the request. */
public record BulkRecord<T>(int index, T value) {}
