package io.revalign.lead.domain.qualification;

import io.revalign.lead.domain.LifecycleStage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The customer life-cycle as data: the stages in use with their entry criteria, and the
 * transitions allowed between them. Marketing and sales sign it like a definition.
 */
public record LifecycleMapContent(List<StageRule> stages, List<Transition> transitions) {

    /** A stage, what it means, and the conditions a lead must meet to enter it. */
    public record StageRule(LifecycleStage stage, String description, List<Condition> entryCriteria) {
        /** The longest description of a stage. */
        public static final int MAX_DESCRIPTION_LENGTH = 2000;
        /** The most entry criteria a stage has. */
        public static final int MAX_ENTRY_CRITERIA = 20;

        public StageRule {
            entryCriteria = entryCriteria == null ? List.of() : List.copyOf(entryCriteria);
        }
    }

    /** A move the map allows. */
    public record Transition(LifecycleStage from, LifecycleStage to) {}

    public LifecycleMapContent {
        stages = stages == null ? List.of() : List.copyOf(stages);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }

    public boolean allows(LifecycleStage from, LifecycleStage to) {
        return transitions.contains(new Transition(from, to));
    }

    /**
     * Checks that the map lets a lead move from {@code from} to {@code to} and that the lead meets the
     * target's entry criteria; the refusal names the moves allowed from {@code from}.
     */
    public void check(LifecycleStage from, LifecycleStage to, LeadProfile lead) {
        if (!allows(from, to)) {
            List<LifecycleStage> allowed = allowedFrom(from);
            throw new TransitionRefused(
                    "the life-cycle map does not allow " + from + " → " + to + "; from " + from + " a lead may move to "
                            + (allowed.isEmpty() ? "no other stage" : allowed.toString()),
                    allowed);
        }
        List<Condition> unmet = unmetEntryCriteria(to, lead);
        if (!unmet.isEmpty()) {
            throw new TransitionRefused(
                    "the lead does not meet the entry criteria of " + to + ": "
                            + unmet.stream().map(Condition::describe).toList(),
                    allowedFrom(from));
        }
    }

    /** The stages a lead may move to from {@code from}. */
    public List<LifecycleStage> allowedFrom(LifecycleStage from) {
        return transitions.stream()
                .filter(t -> t.from() == from)
                .map(Transition::to)
                .toList();
    }

    /** The stages from which a lead may move to {@code to}. */
    public List<LifecycleStage> allowedInto(LifecycleStage to) {
        return transitions.stream()
                .filter(t -> t.to() == to)
                .map(Transition::from)
                .toList();
    }

    /** The entry criteria of {@code stage} that the lead does not meet. */
    public List<Condition> unmetEntryCriteria(LifecycleStage stage, LeadProfile lead) {
        return stages.stream()
                .filter(s -> s.stage() == stage)
                .flatMap(s -> s.entryCriteria().stream())
                .filter(c -> !c.holds(lead))
                .toList();
    }

    /** Every problem of the map; empty when it may be stored. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        Set<LifecycleStage> listed = EnumSet.noneOf(LifecycleStage.class);
        for (int i = 0; i < stages.size(); i++) {
            StageRule stage = stages.get(i);
            String path = "stages[" + i + "]";
            if (stage.stage() == null) {
                errors.add(new FieldError(path + ".stage", "must not be null"));
                continue;
            }
            if (!listed.add(stage.stage())) {
                errors.add(new FieldError(path + ".stage", stage.stage() + " is listed twice"));
            }
            if (stage.description() != null && stage.description().length() > StageRule.MAX_DESCRIPTION_LENGTH) {
                errors.add(new FieldError(
                        path + ".description", "must be at most " + StageRule.MAX_DESCRIPTION_LENGTH + " characters"));
            }
            if (stage.entryCriteria().size() > StageRule.MAX_ENTRY_CRITERIA) {
                errors.add(new FieldError(
                        path + ".entryCriteria", "must hold at most " + StageRule.MAX_ENTRY_CRITERIA + " conditions"));
                continue;
            }
            for (int c = 0; c < stage.entryCriteria().size(); c++) {
                errors.addAll(
                        DefinitionValidator.validate(stage.entryCriteria().get(c), path + ".entryCriteria[" + c + "]"));
            }
        }
        for (LifecycleStage required : List.of(LifecycleStage.LEAD, LifecycleStage.MQL)) {
            if (!listed.contains(required)) {
                errors.add(new FieldError("stages", "the map needs the stage " + required));
            }
        }
        Set<Transition> seen = new HashSet<>();
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            String path = "transitions[" + i + "]";
            if (t.from() == null || t.to() == null) {
                errors.add(new FieldError(path, "needs from and to"));
                continue;
            }
            if (t.from() == t.to()) {
                errors.add(new FieldError(path, "a stage cannot move to itself"));
            }
            if (!listed.contains(t.from())) {
                errors.add(new FieldError(path + ".from", t.from() + " is not a stage of this map"));
            }
            if (!listed.contains(t.to())) {
                errors.add(new FieldError(path + ".to", t.to() + " is not a stage of this map"));
            }
            if (!seen.add(t)) {
                errors.add(new FieldError(path, t.from() + " → " + t.to() + " is listed twice"));
            }
        }
        if (transitions.stream().noneMatch(t -> t.to() == LifecycleStage.MQL)) {
            errors.add(new FieldError("transitions", "the map needs a transition into MQL"));
        }
        return errors;
    }

    /** The map every installation starts with. */
    public static LifecycleMapContent standard() {
        return new LifecycleMapContent(
                List.of(
                        new StageRule(LifecycleStage.SUBSCRIBER, "Opted in to content; not yet a sales prospect", null),
                        new StageRule(LifecycleStage.LEAD, "A contact marketing works on", null),
                        new StageRule(
                                LifecycleStage.MQL,
                                "Meets the active qualification definition: every gate passed and the score"
                                        + " at or above its threshold",
                                null),
                        new StageRule(LifecycleStage.SAL, "Sales accepted the hand-off", null),
                        new StageRule(LifecycleStage.SQL, "Sales qualified a real buying need", null),
                        new StageRule(LifecycleStage.OPPORTUNITY, "An open deal in the CRM", null),
                        new StageRule(LifecycleStage.CUSTOMER, "A won deal", null),
                        new StageRule(LifecycleStage.RECYCLED, "Sent back to marketing to nurture", null),
                        new StageRule(LifecycleStage.DISQUALIFIED, "Not a fit; no further work", null)),
                List.of(
                        new Transition(LifecycleStage.SUBSCRIBER, LifecycleStage.LEAD),
                        new Transition(LifecycleStage.SUBSCRIBER, LifecycleStage.MQL),
                        new Transition(LifecycleStage.SUBSCRIBER, LifecycleStage.DISQUALIFIED),
                        new Transition(LifecycleStage.LEAD, LifecycleStage.MQL),
                        new Transition(LifecycleStage.LEAD, LifecycleStage.DISQUALIFIED),
                        new Transition(LifecycleStage.MQL, LifecycleStage.SAL),
                        new Transition(LifecycleStage.MQL, LifecycleStage.RECYCLED),
                        new Transition(LifecycleStage.MQL, LifecycleStage.DISQUALIFIED),
                        new Transition(LifecycleStage.SAL, LifecycleStage.SQL),
                        new Transition(LifecycleStage.SAL, LifecycleStage.RECYCLED),
                        new Transition(LifecycleStage.SAL, LifecycleStage.DISQUALIFIED),
                        new Transition(LifecycleStage.SQL, LifecycleStage.OPPORTUNITY),
                        new Transition(LifecycleStage.SQL, LifecycleStage.RECYCLED),
                        new Transition(LifecycleStage.OPPORTUNITY, LifecycleStage.CUSTOMER),
                        new Transition(LifecycleStage.OPPORTUNITY, LifecycleStage.RECYCLED),
                        new Transition(LifecycleStage.RECYCLED, LifecycleStage.LEAD),
                        new Transition(LifecycleStage.RECYCLED, LifecycleStage.MQL),
                        new Transition(LifecycleStage.RECYCLED, LifecycleStage.DISQUALIFIED)));
    }
}
