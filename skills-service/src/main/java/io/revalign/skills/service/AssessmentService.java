package io.revalign.skills.service;

import io.revalign.common.bulk.BulkLedger;
import io.revalign.common.bulk.BulkRecord;
import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.ProblemException;
import io.revalign.skills.domain.Assessment;
import io.revalign.skills.domain.AssessmentPolicy;
import io.revalign.skills.domain.AssessmentStatus;
import io.revalign.skills.domain.Caller;
import io.revalign.skills.domain.Seller;
import io.revalign.skills.domain.Skill;
import io.revalign.skills.repository.AssessmentRepository;
import io.revalign.skills.repository.SellerRepository;
import io.revalign.skills.repository.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Recording assessments (one, or an LMS import) under the authorization rules, and reading them. */
@ApplicationScoped
public class AssessmentService {

    /** How far in the future an assessment time may lie: clocks of the sending systems drift. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final AssessmentRepository assessments;
    private final SellerRepository sellers;
    private final SkillRepository skills;
    private final Clock clock;

    public AssessmentService(
            AssessmentRepository assessments, SellerRepository sellers, SkillRepository skills, Clock clock) {
        this.assessments = assessments;
        this.sellers = sellers;
        this.skills = skills;
        this.clock = clock;
    }

    /**
     * Records an assessment of seller {@code sellerId}: 404 unknown seller, 403 when the caller may not assess this
     * seller from this source, 400 for an inactive seller, an unknown or retired skill or a time in the future, 409
     * when the same fact (seller, skill, source, instant) exists with another level.
     */
    @Transactional
    public Assessment record(UUID sellerId, RecordAssessment command, Caller caller) {
        Seller seller =
                sellers.findByIdOptional(sellerId).orElseThrow(() -> ProblemException.notFound("Seller", sellerId));
        AssessmentPolicy.refusal(caller, seller, manages(caller, seller), command.source())
                .ifPresent(reason -> {
                    throw Refused.forbidden(reason);
                });
        Skill skill = skills.findByKey(command.skillKey()).orElse(null);
        Optional<String[]> invalid = invalid(seller, skill, command);
        if (invalid.isPresent()) {
            throw ProblemException.invalid(invalid.get()[0], invalid.get()[1]);
        }
        Assessment assessment = newAssessment(seller, skill, command, caller);
        Optional<UUID> id = assessments.insertNew(assessment);
        if (id.isPresent()) {
            return assessments.findById(id.get());
        }
        Assessment existing = assessments
                .findFact(seller.id, skill.id, command.source(), assessment.assessedAt)
                .orElseThrow();
        if (existing.level != assessment.level) {
            throw ProblemException.conflict("Assessment " + existing.id + " already records level " + existing.level
                    + " of " + skill.key + " from " + command.source() + " at " + existing.assessedAt);
        }
        return existing;
    }

    /**
     * Records the assessments of an import, each under the same rules as {@link #record}; a record the caller may
     * not write, or an invalid one, FAILS alone. A fact recorded before is UNCHANGED; with another level, FAILED.
     */
    @Transactional
    public void importAll(List<BulkRecord<ImportAssessment>> records, BulkLedger ledger, Caller caller) {
        Map<String, Seller> byExternalId =
                sellers
                        .findByExternalIds(records.stream()
                                .map(r -> r.value().sellerExternalId())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(s -> s.externalId, Function.identity()));
        Map<String, Seller> managers = sellers
                .findByExternalIds(byExternalId.values().stream()
                        .map(s -> s.managerExternalId)
                        .filter(m -> m != null)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(s -> s.externalId, Function.identity()));
        Map<String, Skill> byKey =
                skills
                        .findByKeys(records.stream()
                                .map(r -> r.value().assessment().skillKey())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(s -> s.key, Function.identity()));
        for (BulkRecord<ImportAssessment> record : records) {
            Seller seller = byExternalId.get(record.value().sellerExternalId());
            RecordAssessment command = record.value().assessment();
            if (seller == null) {
                ledger.failed(record.index(), "sellerExternalId", "is not a seller of the roster");
                continue;
            }
            Optional<String> refusal = AssessmentPolicy.refusal(
                    caller, seller, manages(caller, seller, managers.get(seller.managerExternalId)), command.source());
            if (refusal.isPresent()) {
                ledger.failed(record.index(), "source", refusal.get());
                continue;
            }
            Skill skill = byKey.get(command.skillKey());
            Optional<String[]> invalid = invalid(seller, skill, command);
            if (invalid.isPresent()) {
                ledger.failed(record.index(), invalid.get()[0], invalid.get()[1]);
                continue;
            }
            Assessment assessment = newAssessment(seller, skill, command, caller);
            Optional<UUID> id = assessments.insertNew(assessment);
            if (id.isPresent()) {
                ledger.created(record.index(), id.get());
                continue;
            }
            Assessment existing = assessments
                    .findFact(seller.id, skill.id, command.source(), assessment.assessedAt)
                    .orElseThrow();
            if (existing.level == assessment.level) {
                ledger.unchanged(record.index(), existing.id);
            } else {
                ledger.failed(
                        record.index(),
                        "level",
                        "assessment " + existing.id + " already records level " + existing.level
                                + " for this seller, skill, source and time");
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessment get(UUID id, Caller caller) {
        Assessment assessment =
                assessments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Assessment", id));
        Seller seller = sellers.findById(assessment.sellerId);
        if (!AssessmentPolicy.mayView(caller, seller, manages(caller, seller))) {
            throw Refused.forbidden("Only the seller, their manager and enablement read seller " + seller.id);
        }
        return assessment;
    }

    /** A page of a seller's assessments, oldest first, with the keys of their skills. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Assessment> list(UUID sellerId, String skillKey, Caller caller, String after, int limit) {
        viewableSeller(sellerId, caller);
        UUID skillId = null;
        if (skillKey != null) {
            skillId = skills.findByKey(skillKey)
                    .map(s -> s.id)
                    .orElseThrow(() -> ProblemException.invalid("skillKey", "is not a skill of the catalogue"));
        }
        String list = "assessments " + sellerId + " " + skillKey;
        return Page.of(
                assessments.page(sellerId, skillId, Cursor.decode(after, list), limit + 1), limit, a -> a.id, list);
    }

    /** The keys of these skills by id, for showing assessments. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> skillKeys(List<Assessment> list) {
        return skills.withIds(list.stream().map(a -> a.skillId).distinct().toList()).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s.key));
    }

    /** The seller, when the caller may read their assessments, gaps and plans; 404 or 403 otherwise. */
    Seller viewableSeller(UUID sellerId, Caller caller) {
        Seller seller =
                sellers.findByIdOptional(sellerId).orElseThrow(() -> ProblemException.notFound("Seller", sellerId));
        if (!AssessmentPolicy.mayView(caller, seller, manages(caller, seller))) {
            throw Refused.forbidden("Only the seller, their manager and enablement read seller " + seller.id);
        }
        return seller;
    }

    /** Whether the caller is this seller's manager: their externalId, or the email of the seller with that id. */
    boolean manages(Caller caller, Seller seller) {
        if (seller.managerExternalId == null) {
            return false;
        }
        return manages(
                caller,
                seller,
                sellers.findByExternalId(seller.managerExternalId).orElse(null));
    }

    private static boolean manages(Caller caller, Seller seller, Seller manager) {
        if (seller.managerExternalId == null || caller.subject() == null) {
            return false;
        }
        return caller.subject().equals(seller.managerExternalId)
                || (manager != null && manager.isIdentifiedBy(caller.subject()));
    }

    private Optional<String[]> invalid(Seller seller, Skill skill, RecordAssessment command) {
        if (!seller.active) {
            return Optional.of(
                    new String[] {"sellerId", "seller " + seller.id + " is inactive; inactive sellers are not assessed"
                    });
        }
        if (skill == null) {
            return Optional.of(new String[] {"skillKey", "is not a skill of the catalogue: " + command.skillKey()});
        }
        if (skill.isRetired()) {
            return Optional.of(new String[] {"skillKey", "skill " + skill.key + " was retired at " + skill.retiredAt});
        }
        if (command.assessedAt() != null
                && command.assessedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return Optional.of(new String[] {"assessedAt", "must not be in the future"});
        }
        return Optional.empty();
    }

    private Assessment newAssessment(Seller seller, Skill skill, RecordAssessment command, Caller caller) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Assessment assessment = new Assessment();
        assessment.sellerId = seller.id;
        assessment.skillId = skill.id;
        assessment.level = (short) command.level();
        assessment.source = command.source();
        assessment.status = AssessmentStatus.CONFIRMED;
        assessment.evidence = command.evidence();
        assessment.assessor = caller.subject();
        assessment.assessedAt =
                command.assessedAt() == null ? now : command.assessedAt().truncatedTo(ChronoUnit.MICROS);
        assessment.recordedAt = now;
        return assessment;
    }
}
