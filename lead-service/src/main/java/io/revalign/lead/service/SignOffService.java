package io.revalign.lead.service;

import io.revalign.common.concurrency.IfMatch;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import io.revalign.lead.domain.qualification.Approval;
import io.revalign.lead.domain.qualification.CosignedApproval;
import io.revalign.lead.domain.qualification.CosignedStep;
import io.revalign.lead.domain.qualification.CosignedVersion;
import io.revalign.lead.domain.qualification.SignOff;
import io.revalign.lead.domain.qualification.SignOffRefused;
import io.revalign.lead.domain.qualification.SignOffStatus;
import io.revalign.lead.domain.qualification.VersionKind;
import io.revalign.lead.repository.CosignedVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * The co-sign rule applied to stored versions of one kind (definitions or life-cycle maps): create,
 * edit, submit, approve, send back and activate, each step recorded with who, when and why.
 */
@ApplicationScoped
public class SignOffService {

    private final CosignedVersionRepository versions;
    private final Clock clock;

    public SignOffService(CosignedVersionRepository versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** A version with the approvals of its current revision and its whole history. */
    public record VersionView(CosignedVersion version, List<CosignedApproval> approvals, List<CosignedStep> steps) {}

    /** What a version says, already validated and written as JSON by the caller. */
    public record Content(String name, String description, String json) {}

    @Transactional
    public VersionView create(VersionKind kind, Content content, Actor actor) {
        versions.lockKind(kind);
        Instant now = now();
        CosignedVersion version = new CosignedVersion();
        version.id = newId();
        version.kind = kind;
        version.number = versions.nextNumber(kind);
        version.name = content.name();
        version.description = content.description();
        version.content = content.json();
        version.status = SignOffStatus.DRAFT;
        version.revision = 1;
        version.createdBy = actor.name();
        version.createdAt = now;
        version.updatedAt = now;
        versions.persistAndFlush(version);
        step(version, CosignedStep.Kind.CREATED, null, actor, null, null, now);
        return view(version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionView get(VersionKind kind, UUID id) {
        return view(find(kind, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CosignedVersion> list(VersionKind kind, SignOffStatus status, Integer beforeNumber, int limit) {
        return versions.page(kind, status, beforeNumber, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CosignedVersion> active(VersionKind kind) {
        return versions.active(kind);
    }

    /** Replaces the content under If-Match; back to DRAFT with a new revision, so earlier approvals stop counting. */
    @Transactional
    public VersionView edit(VersionKind kind, UUID id, String ifMatch, Content content, Actor actor) {
        CosignedVersion version = lock(kind, id);
        SignOffStatus from = version.status;
        SignOffStatus to = signOff(() -> SignOff.edit(from));
        IfMatch.of(ifMatch).check(version.version);
        version.status = to;
        version.name = content.name();
        version.description = content.description();
        version.content = content.json();
        version.revision++;
        version.updatedAt = now();
        versions.flush();
        step(version, CosignedStep.Kind.EDITED, from, actor, null, null, version.updatedAt);
        return view(version);
    }

    @Transactional
    public VersionView submit(VersionKind kind, UUID id, Actor actor, String comment) {
        CosignedVersion version = lock(kind, id);
        SignOffStatus from = version.status;
        version.status = signOff(() -> SignOff.submit(from));
        version.updatedAt = now();
        versions.flush();
        step(version, CosignedStep.Kind.SUBMITTED, from, actor, null, comment, version.updatedAt);
        return view(version);
    }

    /** A leader's approval of the current revision; the second leader's makes the version AGREED. */
    @Transactional
    public VersionView approve(VersionKind kind, UUID id, Actor actor, String asRole, String comment) {
        CosignedVersion version = lock(kind, id);
        SignOffStatus from = version.status;
        List<Approval> given = versions.approvals(version.id, version.revision).stream()
                .map(CosignedApproval::toApproval)
                .toList();
        Instant now = now();
        SignOff.Approved approved =
                signOff(() -> SignOff.approve(from, version.revision, given, actor.name(), actor.roles(), asRole, now));
        CosignedApproval approval = new CosignedApproval();
        approval.id = newId();
        approval.versionId = version.id;
        approval.revision = version.revision;
        approval.role = approved.approval().role();
        approval.approver = actor.name();
        approval.approvedAt = now;
        approval.comment = comment;
        versions.persistApproval(approval);
        version.status = approved.status();
        version.updatedAt = now;
        versions.flush();
        step(version, CosignedStep.Kind.APPROVED, from, actor, approval.role, comment, now);
        return view(version);
    }

    /** A leader sends the version back to DRAFT with changes requested. */
    @Transactional
    public VersionView sendBack(VersionKind kind, UUID id, Actor actor, String comment) {
        CosignedVersion version = lock(kind, id);
        SignOffStatus from = version.status;
        version.status = signOff(() -> SignOff.reject(from, actor.roles()));
        version.updatedAt = now();
        versions.flush();
        step(version, CosignedStep.Kind.RETURNED, from, actor, leaderRole(actor), comment, version.updatedAt);
        return view(version);
    }

    /**
     * Makes an AGREED version the one ACTIVE version of its kind and supersedes the one before. The
     * kind's lock serialises concurrent activations, and a partial unique index backs it up.
     */
    @Transactional
    public VersionView activate(VersionKind kind, UUID id, Actor actor) {
        versions.lockKind(kind);
        CosignedVersion version = lock(kind, id);
        SignOffStatus from = version.status;
        SignOffStatus to = signOff(() -> SignOff.activate(from));
        Instant now = now();
        versions.active(kind).ifPresent(previous -> {
            previous.status = SignOffStatus.SUPERSEDED;
            previous.updatedAt = now;
            versions.flush();
            step(
                    previous,
                    CosignedStep.Kind.SUPERSEDED,
                    SignOffStatus.ACTIVE,
                    actor,
                    null,
                    "superseded by version " + version.number,
                    now);
        });
        version.status = to;
        version.activatedAt = now;
        version.updatedAt = now;
        versions.flush();
        step(version, CosignedStep.Kind.ACTIVATED, from, actor, null, null, now);
        return view(version);
    }

    private VersionView view(CosignedVersion version) {
        return new VersionView(version, versions.approvals(version.id, version.revision), versions.steps(version.id));
    }

    private CosignedVersion find(VersionKind kind, UUID id) {
        return versions.findOfKind(kind, id).orElseThrow(() -> ProblemException.notFound(noun(kind), id));
    }

    private CosignedVersion lock(VersionKind kind, UUID id) {
        return versions.lockOfKind(kind, id).orElseThrow(() -> ProblemException.notFound(noun(kind), id));
    }

    static String noun(VersionKind kind) {
        return kind == VersionKind.DEFINITION ? "Qualification definition" : "Life-cycle map";
    }

    private void step(
            CosignedVersion version,
            CosignedStep.Kind kind,
            SignOffStatus from,
            Actor actor,
            String role,
            String comment,
            Instant at) {
        CosignedStep step = new CosignedStep();
        step.id = newId();
        step.versionId = version.id;
        step.step = kind;
        step.fromStatus = from;
        step.toStatus = version.status;
        step.revision = version.revision;
        step.actor = actor.name();
        step.role = role;
        step.comment = comment;
        step.at = at;
        versions.persistStep(step);
    }

    private static String leaderRole(Actor actor) {
        return SignOff.LEADER_ROLES.stream()
                .filter(actor.roles()::contains)
                .findFirst()
                .orElse(null);
    }

    /** Runs a sign-off rule, turning its refusal into a 409 (the state) or a 403 (the role). */
    static <T> T signOff(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (SignOffRefused refused) {
            throw new ProblemException(
                    refused.reason() == SignOffRefused.Reason.FORBIDDEN ? ProblemType.FORBIDDEN : ProblemType.CONFLICT,
                    refused.getMessage());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static UUID newId() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }
}
