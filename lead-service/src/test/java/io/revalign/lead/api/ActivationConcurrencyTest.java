package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static io.revalign.lead.api.Qualifying.agreed;
import static io.revalign.lead.api.Qualifying.definition;
import static io.revalign.lead.api.Qualifying.run;
import static io.revalign.lead.api.Qualifying.sam;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Exactly one ACTIVE definition, whatever activations race. */
@QuarkusTest
class ActivationConcurrencyTest {

    @Test
    void concurrentActivationsLeaveExactlyOneActive() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(agreed(definition(run())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = ids.get(i % 4);
            Callable<Integer> activate = () -> {
                start.await();
                return sam().post("/api/qualification/definitions/" + id + "/activation")
                        .statusCode();
            };
            answers.add(pool.submit(activate));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertTrue(status == 202 || status == 409, "202 or 409, never " + status);
            accepted += status == 202 ? 1 : 0;
        }
        pool.shutdown();
        List<String> active = as("sales")
                .queryParam("status", "ACTIVE")
                .get("/api/qualification/definitions")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertEquals(1, active.size(), "exactly one ACTIVE definition");
        // Each of the four versions was activated once (its second attempt found it ACTIVE or SUPERSEDED).
        assertEquals(4, accepted);
        int superseded = 0;
        for (String id : ids) {
            String status = as("sales")
                    .get("/api/qualification/definitions/" + id)
                    .then()
                    .extract()
                    .path("status");
            superseded += status.equals("SUPERSEDED") ? 1 : 0;
        }
        assertEquals(3, superseded);
    }
}
