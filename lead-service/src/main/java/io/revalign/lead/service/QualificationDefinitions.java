package io.revalign.lead.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.webhooks.Outbox;
import io.revalign.lead.domain.qualification.CosignedVersion;
import io.revalign.lead.domain.qualification.DefinitionValidator;
import io.revalign.lead.domain.qualification.FieldError;
import io.revalign.lead.domain.qualification.QualificationJob;
import io.revalign.lead.domain.qualification.QualificationRules;
import io.revalign.lead.domain.qualification.VersionKind;
import io.revalign.lead.domain.webhooks.LeadEventData;
import io.revalign.lead.domain.webhooks.LeadEvents;
import io.revalign.lead.repository.CosignedVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Qualification definitions: validated rules under the co-sign rule; activating one re-scores every lead. */
@ApplicationScoped
public class QualificationDefinitions {

    private final SignOffService signOff;
    private final QualificationJobs jobs;
    private final CosignedVersionRepository versions;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private volatile Parsed cached;

    public QualificationDefinitions(
            SignOffService signOff,
            QualificationJobs jobs,
            CosignedVersionRepository versions,
            Outbox outbox,
            ObjectMapper mapper) {
        this.signOff = signOff;
        this.jobs = jobs;
        this.versions = versions;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /** A definition's stored version and its rules, read. */
    public record Parsed(CosignedVersion version, QualificationRules rules) {}

    /** A definition after activation, and the re-scoring job it started. */
    public record Activated(SignOffService.VersionView definition, QualificationJob job) {}

    public SignOffService.VersionView create(String name, String description, QualificationRules rules, Actor actor) {
        return signOff.create(VersionKind.DEFINITION, content(name, description, rules), actor);
    }

    public SignOffService.VersionView edit(
            UUID id, String ifMatch, String name, String description, QualificationRules rules, Actor actor) {
        return signOff.edit(VersionKind.DEFINITION, id, ifMatch, content(name, description, rules), actor);
    }

    /**
     * Activates an AGREED definition, starts re-scoring every lead under it and announces
     * {@code definition.activated}, in one transaction.
     */
    @Transactional
    public Activated activate(UUID id, Actor actor) {
        // The kind's lock (taken again, re-entrantly, by the activation) keeps the version read here
        // the one this activation supersedes.
        versions.lockKind(VersionKind.DEFINITION);
        Integer superseded =
                versions.active(VersionKind.DEFINITION).map(v -> v.number).orElse(null);
        SignOffService.VersionView view = signOff.activate(VersionKind.DEFINITION, id, actor);
        QualificationJob job = jobs.startRescore(view.version(), actor);
        outbox.emit(
                LeadEvents.DEFINITION_ACTIVATED,
                LeadEventData.activated(
                        view.version(), rules(view.version()).mqlThreshold(), superseded, job.id, actor.name()));
        return new Activated(view, job);
    }

    /** The rules of a stored definition. */
    public QualificationRules rules(CosignedVersion version) {
        Parsed parsed = cached;
        if (parsed != null && parsed.version().id.equals(version.id) && parsed.version().version == version.version) {
            return parsed.rules();
        }
        try {
            QualificationRules rules = mapper.readValue(version.content, QualificationRules.class);
            cached = new Parsed(version, rules);
            return rules;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored definition does not read back", e);
        }
    }

    /** The active definition with its rules, if one is active. */
    public Optional<Parsed> active() {
        return signOff.active(VersionKind.DEFINITION).map(v -> new Parsed(v, rules(v)));
    }

    private SignOffService.Content content(String name, String description, QualificationRules rules) {
        List<FieldError> errors = DefinitionValidator.validate(rules);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream()
                    .map(e -> new Problem.FieldError(e.field(), e.message()))
                    .toList());
        }
        try {
            return new SignOffService.Content(name, description, mapper.writeValueAsString(rules));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rules must write as JSON", e);
        }
    }
}
