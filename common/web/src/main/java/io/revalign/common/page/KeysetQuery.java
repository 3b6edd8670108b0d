package io.revalign.common.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The HQL of one filtered keyset page, for Panache's {@code find(query, parameters)}: rows after a
 * cursor id in id order, which is creation order for version-7 UUIDs. A filter whose value is null
 * does not filter. Field names are the entity's attribute names and double as parameter names.
 */
public final class KeysetQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private KeysetQuery() {}

    /** Rows whose id comes after {@code after}; all rows when it is null (the first page). */
    public static KeysetQuery after(UUID after) {
        KeysetQuery query = new KeysetQuery();
        if (after != null) {
            query.conditions.add("id > :after");
            query.parameters.put("after", after);
        }
        return query;
    }

    /** Only rows whose {@code field} equals {@code value}, unless it is null. */
    public KeysetQuery equal(String field, Object value) {
        return where(field, value, field + " = :" + field);
    }

    /** Only rows whose text {@code field} equals {@code value} in any letter case, unless it is null. */
    public KeysetQuery equalIgnoringCase(String field, String value) {
        return where(field, value, "lower(" + field + ") = lower(:" + field + ")");
    }

    /**
     * Only rows whose {@code field} is set ({@code present} true) or null ({@code present} false); no filter when
     * {@code present} is null.
     */
    public KeysetQuery present(String field, Boolean present) {
        requireAttributeName(field);
        if (present != null) {
            conditions.add(field + (present ? " is not null" : " is null"));
        }
        return this;
    }

    /** Only rows whose {@code field} is at or after {@code value}, unless it is null. */
    public KeysetQuery atLeast(String field, Comparable<?> value) {
        return where(field, value, field + " >= :" + field);
    }

    /**
     * Only rows where any of the text {@code fields} starts with {@code prefix} in any letter case,
     * unless it is null; {@code %}, {@code _} and {@code \} in the prefix match only themselves.
     */
    public KeysetQuery startsWithIgnoringCase(String name, String prefix, String... fields) {
        String pattern = prefix == null
                ? null
                : prefix.toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
        List<String> alternatives = new ArrayList<>();
        for (String field : fields) {
            requireAttributeName(field);
            alternatives.add("lower(" + field + ") like :" + name + " escape '\\'");
        }
        return where(name, pattern, "(" + String.join(" or ", alternatives) + ")");
    }

    private static void requireAttributeName(String field) {
        if (!field.matches("[a-zA-Z][a-zA-Z0-9]*")) {
            throw new IllegalArgumentException("Not an attribute name: " + field);
        }
    }

    private KeysetQuery where(String field, Object value, String condition) {
        if (!field.matches("[a-zA-Z][a-zA-Z0-9]*") || parameters.containsKey(field)) {
            throw new IllegalArgumentException("Not a single, unused attribute name: " + field);
        }
        if (value != null) {
            conditions.add(condition);
            parameters.put(field, value);
        }
        return this;
    }

    /** The query without its {@code from}: the conditions joined by {@code and}, then {@code order by id}. */
    public String query() {
        return conditions.isEmpty() ? "order by id" : String.join(" and ", conditions) + " order by id";
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
