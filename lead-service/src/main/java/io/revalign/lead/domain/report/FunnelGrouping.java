package io.revalign.lead.domain.report;

import java.util.Arrays;
import java.util.Optional;

/** How the funnel report splits its figures beside the total: by cohort month or by segment. */
public enum FunnelGrouping {
    MONTH("month"),
    SEGMENT("segment");

    private final String parameter;

    FunnelGrouping(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code groupBy} parameter that asks for this grouping. */
    public String parameter() {
        return parameter;
    }

    /** The grouping a {@code groupBy} value names, if any. */
    public static Optional<FunnelGrouping> fromParameter(String value) {
        return Arrays.stream(values()).filter(g -> g.parameter.equals(value)).findFirst();
    }
}
