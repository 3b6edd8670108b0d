package io.revalign.governance.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AiToolIntakeTest {

    static Map<String, Object> answers(boolean yes) {
        Map<String, Object> answers = new HashMap<>();
        for (String question : new String[] {
            "manipulatesBehaviour",
            "socialScoring",
            "emotionRecognitionAtWork",
            "employmentDecisions",
            "creditworthiness",
            "biometricIdentification",
            "interactsWithPeople",
            "generatesContent"
        }) {
            answers.put(question, yes);
        }
        return answers;
    }

    static String register() {
        return as("sales-leader")
                .body(AiToolResourceTest.tool(AiToolResourceTest.unique()))
                .post("/api/ai-tools")
                .then()
                .statusCode(201)
                .body("riskTier", nullValue())
                .body("riskReasons", hasSize(0))
                .extract()
                .path("id");
    }

    @Test
    void intakeDerivesTheTierUnderIfMatchAndAnsweringAgainReplacesIt() {
        String id = register();
        String etag = as("legal")
                .get("/api/ai-tools/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        Map<String, Object> limited = answers(false);
        limited.put("interactsWithPeople", true);
        String next = as("security")
                .header("If-Match", etag)
                .body(limited)
                .put("/api/ai-tools/" + id + "/intake")
                .then()
                .statusCode(200)
                .body("riskTier", equalTo("LIMITED"))
                .body(
                        "riskReasons",
                        contains("The tool talks or writes to people who must be told it is an AI (Art. 50(1))"))
                .body("status", equalTo("PROPOSED"))
                .extract()
                .header("ETag");

        // the old ETag is stale now: 412 and nothing written
        Map<String, Object> high = answers(false);
        high.put("employmentDecisions", true);
        as("security")
                .header("If-Match", etag)
                .body(high)
                .put("/api/ai-tools/" + id + "/intake")
                .then()
                .statusCode(412)
                .header("ETag", equalTo(next));
        as("legal").get("/api/ai-tools/" + id).then().body("riskTier", equalTo("LIMITED"));

        as("security")
                .header("If-Match", next)
                .body(high)
                .put("/api/ai-tools/" + id + "/intake")
                .then()
                .statusCode(200)
                .body("riskTier", equalTo("HIGH"));
        as("legal").get("/api/ai-tools/" + id).then().body("riskTier", equalTo("HIGH"));

        as("security")
                .header("If-Match", "*")
                .body(answers(true))
                .put("/api/ai-tools/" + id + "/intake")
                .then()
                .statusCode(200)
                .body("riskTier", equalTo("PROHIBITED"))
                .body("riskReasons", hasSize(3));
    }

    @Test
    void missingIfMatchIs428AndAnUnansweredQuestionIs400AndNothingIsWritten() {
        String id = register();
        as("security")
                .body(answers(false))
                .put("/api/ai-tools/" + id + "/intake")
                .then()
                .statusCode(428)
                .contentType("application/problem+json");

        Map<String, Object> partial = answers(false);
        partial.remove("socialScoring");
        as("security")
                .header("If-Match", "*")
                .body(partial)
                .put("/api/ai-tools/" + id + "/intake")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("socialScoring"));

        as("legal").get("/api/ai-tools/" + id).then().statusCode(200).body("riskTier", nullValue());
    }

    @Test
    void unknownToolIs404AndASellerMayNotAnswer() {
        as("security")
                .header("If-Match", "*")
                .body(answers(false))
                .put("/api/ai-tools/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e/intake")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        String id = register();
        as("seller")
                .header("If-Match", "*")
                .body(answers(false))
                .put("/api/ai-tools/" + id + "/intake")
                .then()
                .statusCode(403);
    }
}
