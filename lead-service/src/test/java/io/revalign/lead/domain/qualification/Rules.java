package io.revalign.lead.domain.qualification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Sample definitions and leads for the qualification tests. */
final class Rules {

    private Rules() {}

    /** Industry software +20, size 50–5000 +15, title exists +5, free attribute tier=enterprise +10, competitor -30. */
    static QualificationRules sample() {
        return new QualificationRules(
                List.of(
                        new FitRule("software", Condition.equalTo("industry", "Software"), 20),
                        new FitRule(
                                "mid-size",
                                Condition.range("companySize", BigDecimal.valueOf(50), BigDecimal.valueOf(5000)),
                                15),
                        new FitRule("has title", Condition.exists("title"), 5),
                        new FitRule("enterprise tier", Condition.in("attributes.tier", "enterprise", "strategic"), 10),
                        new FitRule("competitor", Condition.equalTo("attributes.competitor", "true"), -30)),
                List.of(
                        new EngagementRule("demo requested", "DEMO_REQUEST", 30, 90, 30d, 30),
                        new EngagementRule("pricing views", "PRICING_VIEW", 5, 30, 7d, 20),
                        new EngagementRule("page views", "PAGE_VIEW", 1, 30, null, 10)),
                List.of(new Gate("budget", Condition.in("budget", "CONFIRMED", "PLANNED"))),
                60);
    }

    static LeadProfile lead(String industry, Integer size, String budget, Map<String, Object> attributes) {
        java.util.HashMap<String, Object> fields = new java.util.HashMap<>();
        fields.put("industry", industry);
        fields.put("companySize", size);
        fields.put("budget", budget);
        fields.put("title", "VP Sales");
        return new LeadProfile(fields, attributes);
    }
}
