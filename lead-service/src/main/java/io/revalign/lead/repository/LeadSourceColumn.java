package io.revalign.lead.repository;

import io.revalign.lead.domain.LeadSource;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The {@code lead.source} column, read tolerantly: a value this version does not know (written by a
 * newer version during a rolling upgrade, or before the column's CHECK existed) reads as null, so one
 * such row never fails a list. The column is never updated after insert, so the stored value is kept.
 */
@Converter(autoApply = true)
public class LeadSourceColumn implements AttributeConverter<LeadSource, String> {

    @Override
    public String convertToDatabaseColumn(LeadSource source) {
        return source == null ? null : source.name();
    }

    @Override
    public LeadSource convertToEntityAttribute(String column) {
        return column == null ? null : LeadSource.known(column);
    }
}
