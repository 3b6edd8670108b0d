package io.revalign.skills.domain;

import static io.revalign.skills.domain.AssessmentSource.CERTIFICATION;
import static io.revalign.skills.domain.AssessmentSource.COURSE;
import static io.revalign.skills.domain.AssessmentSource.MANAGER;
import static io.revalign.skills.domain.AssessmentSource.SELF;
import static io.revalign.skills.domain.ProficiencyLevel.AWARE;
import static io.revalign.skills.domain.ProficiencyLevel.EXPERT;
import static io.revalign.skills.domain.ProficiencyLevel.PRACTICING;
import static io.revalign.skills.domain.ProficiencyLevel.PROFICIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveLevelTest {

    static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    static AssessedLevel a(String skill, ProficiencyLevel level, AssessmentSource source, int day) {
        return new AssessedLevel(skill, level, source, T.plusSeconds(86_400L * day));
    }

    @Test
    void strongerSourceWinsOverNewerWeakerOnes() {
        AssessedLevel cert = a("prompting", PRACTICING, CERTIFICATION, 0);
        List<AssessedLevel> all = List.of(
                a("prompting", EXPERT, SELF, 9),
                a("prompting", PROFICIENT, MANAGER, 5),
                cert,
                a("prompting", EXPERT, COURSE, 7));
        assertEquals(cert, EffectiveLevel.of(all).orElseThrow());
    }

    @Test
    void managerBeatsCourseAndCourseBeatsSelf() {
        AssessedLevel manager = a("prompting", AWARE, MANAGER, 1);
        AssessedLevel course = a("prompting", PROFICIENT, COURSE, 2);
        AssessedLevel self = a("prompting", EXPERT, SELF, 3);
        assertEquals(manager, EffectiveLevel.of(List.of(self, course, manager)).orElseThrow());
        assertEquals(course, EffectiveLevel.of(List.of(self, course)).orElseThrow());
    }

    @Test
    void newestWinsWithinOneSource() {
        AssessedLevel older = a("prompting", PROFICIENT, MANAGER, 1);
        AssessedLevel newer = a("prompting", AWARE, MANAGER, 4);
        assertEquals(newer, EffectiveLevel.of(List.of(older, newer)).orElseThrow());
        assertEquals(newer, EffectiveLevel.of(List.of(newer, older)).orElseThrow());
    }

    @Test
    void asOfIgnoresLaterAssessments() {
        AssessedLevel self = a("prompting", AWARE, SELF, 1);
        AssessedLevel cert = a("prompting", EXPERT, CERTIFICATION, 10);
        assertEquals(
                self,
                EffectiveLevel.asOf(List.of(self, cert), T.plusSeconds(86_400L * 5))
                        .orElseThrow());
        assertEquals(
                cert,
                EffectiveLevel.asOf(List.of(self, cert), T.plusSeconds(86_400L * 10))
                        .orElseThrow());
        assertTrue(EffectiveLevel.asOf(List.of(self, cert), T).isEmpty());
    }

    @Test
    void perSkillAppliesTheRuleToEachSkillSeparately() {
        AssessedLevel p = a("prompting", PRACTICING, MANAGER, 1);
        AssessedLevel n = a("negotiation", EXPERT, SELF, 2);
        Map<String, AssessedLevel> effective = EffectiveLevel.perSkill(
                List.of(a("prompting", EXPERT, SELF, 3), p, n, a("negotiation", AWARE, SELF, 1)));
        assertEquals(Map.of("prompting", p, "negotiation", n), effective);
    }
}
