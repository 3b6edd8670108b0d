package io.revalign.lead.domain.qualification;

import io.revalign.lead.domain.ActivityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a definition before it is stored: known attributes and activity types, values an enum
 * field can take, sane points, windows and half-lives, at least one rule, threshold in range.
 */
public final class DefinitionValidator {

    /** The longest rule or gate name. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest attribute a condition names ({@code attributes.} and a key of up to 100). */
    public static final int MAX_ATTRIBUTE_LENGTH = 120;
    /** The most values an IN condition lists. */
    public static final int MAX_VALUES = 100;
    /** The longest value a condition compares with. */
    public static final int MAX_VALUE_LENGTH = 200;
    /** The longest activity type an engagement rule names (the known ones are far shorter). */
    public static final int MAX_ACTIVITY_TYPE_LENGTH = 40;

    static final int MAX_RULE_POINTS = 100;
    static final int MAX_WINDOW_DAYS = 3650;
    static final Set<String> ACTIVITY_TYPES =
            Arrays.stream(ActivityType.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private DefinitionValidator() {}

    /** Every problem of the rules; empty when they may be stored. */
    public static List<FieldError> validate(QualificationRules rules) {
        List<FieldError> errors = new ArrayList<>();
        if (rules.fitRules().isEmpty() && rules.engagementRules().isEmpty()) {
            errors.add(new FieldError("fitRules", "a definition needs at least one fit or engagement rule"));
        }
        if (rules.mqlThreshold() < 1 || rules.mqlThreshold() > QualificationRules.MAX_SCORE) {
            errors.add(new FieldError(
                    "mqlThreshold",
                    "must be between 1 and " + QualificationRules.MAX_SCORE + " (scores are 0 to 100)"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.fitRules().size(); i++) {
            FitRule rule = rules.fitRules().get(i);
            String path = "fitRules[" + i + "]";
            name(rule.name(), path, names, errors);
            if (rule.points() < -MAX_RULE_POINTS || rule.points() > MAX_RULE_POINTS || rule.points() == 0) {
                errors.add(new FieldError(path + ".points", "must be between -100 and 100 and not 0"));
            }
            condition(rule.condition(), path + ".condition", errors);
        }
        for (int i = 0; i < rules.engagementRules().size(); i++) {
            EngagementRule rule = rules.engagementRules().get(i);
            String path = "engagementRules[" + i + "]";
            name(rule.name(), path, names, errors);
            if (rule.activityType() != null && rule.activityType().length() > MAX_ACTIVITY_TYPE_LENGTH) {
                errors.add(new FieldError(
                        path + ".activityType",
                        "must be at most " + MAX_ACTIVITY_TYPE_LENGTH + " characters; one of "
                                + sorted(ACTIVITY_TYPES)));
            } else if (rule.activityType() == null || !ACTIVITY_TYPES.contains(rule.activityType())) {
                errors.add(new FieldError(
                        path + ".activityType",
                        "unknown activity type " + rule.activityType() + "; one of " + sorted(ACTIVITY_TYPES)));
            }
            if (rule.points() < 1 || rule.points() > MAX_RULE_POINTS) {
                errors.add(new FieldError(path + ".points", "must be between 1 and 100"));
            }
            if (rule.windowDays() < 1 || rule.windowDays() > MAX_WINDOW_DAYS) {
                errors.add(new FieldError(path + ".windowDays", "must be between 1 and " + MAX_WINDOW_DAYS));
            }
            if (rule.halfLifeDays() != null
                    && (rule.halfLifeDays().isNaN()
                            || rule.halfLifeDays() <= 0
                            || rule.halfLifeDays() > MAX_WINDOW_DAYS)) {
                errors.add(new FieldError(
                        path + ".halfLifeDays",
                        "must be positive and at most " + MAX_WINDOW_DAYS + " days (leave it out for no decay)"));
            }
            if (rule.maxPoints() != null && (rule.maxPoints() < 1 || rule.maxPoints() > QualificationRules.MAX_SCORE)) {
                errors.add(new FieldError(path + ".maxPoints", "must be between 1 and 100"));
            }
        }
        for (int i = 0; i < rules.gates().size(); i++) {
            Gate gate = rules.gates().get(i);
            String path = "gates[" + i + "]";
            name(gate.name(), path, names, errors);
            condition(gate.condition(), path + ".condition", errors);
        }
        return errors;
    }

    /** Every problem of one condition, with field names under {@code path}. */
    public static List<FieldError> validate(Condition condition, String path) {
        List<FieldError> errors = new ArrayList<>();
        condition(condition, path, errors);
        return errors;
    }

    private static void name(String name, String path, Set<String> names, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError(path + ".name", "must not be blank"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError(path + ".name", "must be at most " + MAX_NAME_LENGTH + " characters"));
        } else if (!names.add(name.trim().toLowerCase())) {
            errors.add(new FieldError(path + ".name", "another rule or gate is already named " + name));
        }
    }

    private static void condition(Condition condition, String path, List<FieldError> errors) {
        if (condition == null) {
            errors.add(new FieldError(path, "must not be null"));
            return;
        }
        String attribute = condition.attribute();
        if (attribute != null && attribute.length() > MAX_ATTRIBUTE_LENGTH) {
            errors.add(new FieldError(path + ".attribute", "must be at most " + MAX_ATTRIBUTE_LENGTH + " characters"));
            return;
        }
        if (!LeadProfile.isKnownAttribute(attribute)) {
            errors.add(new FieldError(
                    path + ".attribute",
                    "unknown attribute " + attribute + "; one of " + sorted(LeadProfile.KNOWN_FIELDS.keySet())
                            + " or attributes.<key>"));
            return;
        }
        if (condition.operator() == null) {
            errors.add(new FieldError(path + ".operator", "must be one of EQUALS, IN, RANGE, EXISTS"));
            return;
        }
        List<String> values = condition.values();
        if (values.size() > MAX_VALUES) {
            errors.add(new FieldError(path + ".values", "must hold at most " + MAX_VALUES + " values"));
            return;
        }
        switch (condition.operator()) {
            case EQUALS -> {
                if (values.size() != 1) {
                    errors.add(new FieldError(path + ".values", "EQUALS takes exactly one value"));
                }
            }
            case IN -> {
                if (values.isEmpty()) {
                    errors.add(new FieldError(path + ".values", "IN takes at least one value"));
                }
            }
            case RANGE -> {
                if (!values.isEmpty()) {
                    errors.add(new FieldError(path + ".values", "RANGE takes min and max, not values"));
                }
                if (condition.min() == null && condition.max() == null) {
                    errors.add(new FieldError(path + ".min", "RANGE needs min, max or both"));
                } else if (condition.min() != null
                        && condition.max() != null
                        && condition.min().compareTo(condition.max()) > 0) {
                    errors.add(new FieldError(path + ".min", "must not be greater than max"));
                }
                if (!attribute.startsWith(LeadProfile.ATTRIBUTES_PREFIX)
                        && !LeadProfile.NUMERIC_FIELDS.contains(attribute)) {
                    errors.add(new FieldError(
                            path + ".attribute",
                            attribute + " is not a number; RANGE applies to companySize" + " and free attributes"));
                }
            }
            case EXISTS -> {
                if (!values.isEmpty()) {
                    errors.add(new FieldError(path + ".values", "EXISTS takes no values"));
                }
            }
        }
        for (int v = 0; v < values.size(); v++) {
            if (values.get(v) == null || values.get(v).isBlank()) {
                errors.add(new FieldError(path + ".values[" + v + "]", "must not be blank"));
            } else if (values.get(v).length() > MAX_VALUE_LENGTH) {
                errors.add(new FieldError(
                        path + ".values[" + v + "]", "must be at most " + MAX_VALUE_LENGTH + " characters"));
            }
        }
        Set<String> allowed = LeadProfile.KNOWN_FIELDS.getOrDefault(attribute, Set.of());
        if (!allowed.isEmpty()) {
            for (int v = 0; v < values.size(); v++) {
                String value = values.get(v);
                if (value != null
                        && value.length() <= MAX_VALUE_LENGTH
                        && !allowed.contains(value.trim().toUpperCase())) {
                    errors.add(new FieldError(
                            path + ".values[" + v + "]",
                            "unknown value " + value + " of " + attribute + "; one of " + sorted(allowed)));
                }
            }
        }
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
