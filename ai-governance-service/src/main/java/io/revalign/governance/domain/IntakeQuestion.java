package io.revalign.governance.domain;

/**
 * The intake questions about an AI tool, each with the tier a "yes" places the tool in and why,
 * modelled on the EU AI Act: Article 5 practices are PROHIBITED, Annex III uses (employment,
 * credit, biometric identification) are HIGH, Article 50 transparency duties (talking to people,
 * generating content) are LIMITED; a tool with no "yes" is MINIMAL.
 */
public enum IntakeQuestion {
    MANIPULATES_BEHAVIOUR(
            RiskTier.PROHIBITED,
            "uses subliminal, manipulative or deceptive techniques or exploits vulnerabilities (Art. 5(1)(a)-(b))"),
    SOCIAL_SCORING(RiskTier.PROHIBITED, "scores people on social behaviour or personal traits (Art. 5(1)(c))"),
    EMOTION_RECOGNITION_AT_WORK(RiskTier.PROHIBITED, "infers the emotions of employees at work (Art. 5(1)(f))"),
    EMPLOYMENT_DECISIONS(
            RiskTier.HIGH,
            "is used to recruit, evaluate, promote, dismiss or allocate tasks to workers (Annex III, 4)"),
    CREDITWORTHINESS(RiskTier.HIGH, "evaluates creditworthiness or prices life or health insurance (Annex III, 5)"),
    BIOMETRIC_IDENTIFICATION(RiskTier.HIGH, "identifies or categorises people from biometric data (Annex III, 1)"),
    INTERACTS_WITH_PEOPLE(RiskTier.LIMITED, "talks or writes to people who must be told it is an AI (Art. 50(1))"),
    GENERATES_CONTENT(
            RiskTier.LIMITED, "generates or alters text, audio, images or video that must be marked (Art. 50(2))");

    private final RiskTier tier;
    private final String reason;

    IntakeQuestion(RiskTier tier, String reason) {
        this.tier = tier;
        this.reason = reason;
    }

    /** The tier a "yes" to this question places the tool in at least. */
    public RiskTier tier() {
        return tier;
    }

    /** Why a "yes" leads to that tier, for the person reading the assessment. */
    public String reason() {
        return reason;
    }
}
