package io.revalign.suite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.common.testing.DevTokens;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One service killed mid-traffic: its routes answer 503 well within the gateway's request timeout
 * (10 s here), the others never notice, and it is served again once back, without a gateway restart.
 */
class ServiceOutageTest {

    /** The gateway's request timeout in the suite: a down service must be refused well before it. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Suite suite = Suite.get();
    private final Http http =
            new Http(DevTokens.forUser("outage-" + System.nanoTime(), "admin"), Duration.ofSeconds(15));

    @Test
    void aKilledServiceIsA503WhileTheOthersKeepServingAndItIsServedAgainOnceBack() throws Exception {
        String gateway = suite.gatewayUrl();
        AppProcess skills = suite.app("skills-service");
        long killedAt;
        long restartedAt;
        try (Traffic leads = new Traffic("leads", 50, () -> http.get(gateway + "/api/leads?limit=1"));
                Traffic skillReads = new Traffic("skills", 50, () -> http.get(gateway + "/api/skills?limit=1"))) {
            awaitQuick(leads);
            awaitQuick(skillReads);
            killedAt = System.nanoTime();
            skills.kill();
            Traffic.Sample first503 = awaitAnswer(skillReads, killedAt, 503, Duration.ofSeconds(10));
            assertTrue(
                    Duration.ofNanos(first503.sentAt() - killedAt).compareTo(TIMEOUT) < 0,
                    "the skills routes answer 503 within the timeout of the kill: " + timeline(skillReads, killedAt));
            AppProcess.sleep(1000);

            restartedAt = System.nanoTime();
            skills.start();
            skills.awaitReady(Duration.ofSeconds(120));
            awaitAnswer(skillReads, restartedAt, 200, Duration.ofSeconds(20));
            AppProcess.sleep(500);

            List<Traffic.Sample> duringOutage = skillReads.since(killedAt);
            for (Traffic.Sample sample : duringOutage) {
                Http.Answer answer = sample.answer();
                assertTrue(
                        answer.success() || (List.of(502, 503).contains(answer.status()) && answer.problem()),
                        "a down service is a 502/503 problem, never a hang or a bare error: " + answer);
                // (The first request to the restarted service may be slow: it is cold. A refusal never is.)
                assertTrue(
                        answer.success() || answer.took().compareTo(TIMEOUT.dividedBy(2)) < 0,
                        "a down service answers at once, not after a timeout: " + answer.took());
            }
            for (Traffic.Sample sample : leads.since(killedAt)) {
                assertTrue(sample.answer().success(), "lead-service kept answering throughout: " + sample.answer());
                assertTrue(
                        sample.answer().took().compareTo(TIMEOUT.dividedBy(2)) < 0,
                        "lead-service was never slowed: " + sample.answer().took());
            }
            assertTrue(leads.since(killedAt).size() > 20, "traffic to lead-service went on during the outage");
        }
    }

    /** Waits until the route answers 2xx quickly (the JVMs warmed), so the outage is what the test sees. */
    private static void awaitQuick(Traffic traffic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<Traffic.Sample> recent =
                    traffic.since(System.nanoTime() - Duration.ofSeconds(1).toNanos());
            if (recent.size() >= 5
                    && recent.stream()
                            .allMatch(s ->
                                    s.answer().success() && s.answer().took().toMillis() < 500)) {
                return;
            }
            AppProcess.sleep(200);
        }
        throw new AssertionError("the route never answered quickly before the outage: " + traffic.all());
    }

    private static String timeline(Traffic traffic, long since) {
        StringBuilder line = new StringBuilder();
        for (Traffic.Sample sample : traffic.since(since)) {
            line.append(String.format(
                    "%n  +%d ms: %d in %d ms",
                    (sample.sentAt() - since) / 1_000_000,
                    sample.answer().status(),
                    sample.answer().took().toMillis()));
        }
        return line.toString();
    }

    private static Traffic.Sample awaitAnswer(Traffic traffic, long since, int status, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Traffic.Sample> found = traffic.since(since).stream()
                    .filter(s -> s.answer().status() == status)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            AppProcess.sleep(100);
        }
        throw new AssertionError("no " + status + " within " + limit + "; answers: " + traffic.since(since));
    }
}
