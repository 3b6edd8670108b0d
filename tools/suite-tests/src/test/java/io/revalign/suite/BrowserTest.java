package io.revalign.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.testing.DevTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI and the scorecard page in the machine's headless Chromium (Debian's {@code chromium},
 * driven by npm's playwright-core from {@code tools/suite-tests/browser}); screenshots land in
 * {@code target/screenshots}.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private final Suite suite = Suite.get();
    private final Path scripts = suite.root.resolve("tools/suite-tests/browser");
    private final Path screenshots = suite.root.resolve("tools/suite-tests/target/screenshots");
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void browserIsInstalled() {
        assertTrue(
                Files.isExecutable(CHROMIUM),
                CHROMIUM + " is missing: install Debian's chromium (.ci/run does), or point CHROMIUM at one");
    }

    @Test
    void tryItOutInSwaggerUiReachesTheServiceThroughTheGateway() throws Exception {
        JsonNode result = run("swagger-try-it-out.mjs", DevTokens.forRoles("marketing"));
        assertEquals(200, result.get("status").asInt(), "Swagger UI shows the answer to its request: " + result);
        assertTrue(
                result.get("requestUrl").asText().startsWith(suite.gatewayUrl() + "/api/leads"),
                "the request went to the gateway: " + result);
        List<String> contracts = new ArrayList<>();
        result.get("contracts").forEach(name -> contracts.add(name.asText()));
        contracts.sort(null);
        assertEquals(List.of("gateway", "governance", "lead", "skills"), contracts, "the four contracts");
        assertTrue(Files.size(screenshots.resolve("swagger-try-it-out.png")) > 10_000, "a screenshot was taken");
    }

    @Test
    void theScorecardPageDrawsWhatTheScorecardSays() throws Exception {
        seedScorecardFigures();
        String token = DevTokens.forRoles("sales-leader", "revops", "enablement");
        JsonNode page = run("scorecard-page.mjs", token);
        JsonNode card = json.readTree(new Http(token, Duration.ofSeconds(15))
                .get(suite.gatewayUrl() + "/api/scorecard")
                .body());
        List<String> drawn = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (JsonNode shown : page.get("cards")) {
            (shown.get("missing").asBoolean() ? named : drawn)
                    .add(shown.get("key").asText());
        }
        List<String> figures = new ArrayList<>();
        card.get("figures").forEach(f -> figures.add(f.get("key").asText()));
        List<String> missing = new ArrayList<>();
        card.get("missing").forEach(m -> missing.add(m.get("key").asText()));
        assertEquals(figures, drawn, "each figure is drawn against its benchmark: " + page);
        assertEquals(missing, named, "each missing figure is named: " + page);
        assertEquals(3, figures.size() + missing.size(), "the three headline numbers: " + card);
        assertEquals(
                List.of("definitionAgreement", "sellersNeedingReskilling", "salesLeadershipAccountable"),
                figures,
                "the three seeded figures are drawn: " + card);
        assertTrue(Files.size(screenshots.resolve("scorecard.png")) > 10_000, "a screenshot was taken");
    }

    /**
     * What each service needs for its figure: a signed, active definition with leads sales judged (one
     * accepted, one rejected, one pulled); a roster with a role profile; an AI-tool decision requested.
     */
    private void seedScorecardFigures() {
        Http admin = new Http(DevTokens.forRoles("admin"), Duration.ofSeconds(15));
        String gateway = suite.gatewayUrl();
        seedAlignment(gateway);
        expect(
                201,
                admin.post(
                        gateway + "/api/role-profiles",
                        """
                {"role": "AE", "targetDate": "2027-06-30", "description": "AEs sell to AI-equipped buyers",
                 "requirements": [{"skillKey": "prompt-engineering", "level": 3}]}"""));
        for (String seller : List.of("HR-1", "HR-2")) {
            expect(
                    201,
                    admin.put(
                            gateway + "/api/sellers/external/" + seller,
                            """
                    {"name": "Seller %s", "email": "%s@suite.example", "role": "AE", "team": "emea", "active": true}"""
                                    .formatted(seller, seller.toLowerCase())));
        }
        Http.Answer tool = expect(
                201,
                admin.post(
                        gateway + "/api/ai-tools",
                        """
                {"name": "Gong", "vendor": "Gong.io", "category": "CONVERSATION_INTELLIGENCE",
                 "description": "Transcribes sales calls.", "useCases": ["Call transcription"],
                 "dataCategories": ["CUSTOMER_PERSONAL_DATA"], "ownerRole": "sales-leader", "skillKeys": []}"""));
        String toolId = readId(tool);
        expect(
                201,
                new Http(DevTokens.forRoles("sales-leader"), Duration.ofSeconds(15))
                        .post(
                                gateway + "/api/decisions",
                                """
                        {"toolId": "%s", "decisionType": "SELECT_TOOL", "businessCase": "Call notes cost hours.",
                         "goalIds": [], "scores": {"value": 4}}"""
                                        .formatted(toolId)));
    }

    private void seedAlignment(String gateway) {
        Http marketing = person("mark@suite.example", "marketing");
        Http mia = person("mia@suite.example", "marketing-leader");
        Http sam = person("sam@suite.example", "sales-leader");
        Http sales = person("sal@suite.example", "sales");
        String definition = gateway + "/api/qualification/definitions/"
                + readId(
                        expect(
                                201,
                                marketing.post(
                                        gateway + "/api/qualification/definitions",
                                        """
                        {"name": "Suite definition",
                         "fitRules": [
                           {"name": "Decision maker", "points": 30,
                            "condition": {"attribute": "authority", "operator": "EQUALS", "values": ["DECISION_MAKER"]}},
                           {"name": "500+ employees", "points": 20,
                            "condition": {"attribute": "companySize", "operator": "RANGE", "min": 500}}],
                         "engagementRules": [{"name": "Demo requests", "activityType": "DEMO_REQUEST", "points": 40,
                                              "windowDays": 30, "halfLifeDays": 10}],
                         "gates": [], "mqlThreshold": 50}""")));
        expect(200, mia.post(definition + "/submissions", "{}"));
        expect(200, mia.post(definition + "/approvals", "{}"));
        expect(200, sam.post(definition + "/approvals", "{}"));
        expect(202, sam.post(definition + "/activation", "{}"));

        Http integration = person("crm@suite.example", "integration");
        String accepted = lead(integration, gateway, "DECISION_MAKER", 800);
        String rejected = lead(integration, gateway, "DECISION_MAKER", 900);
        String pulled = lead(integration, gateway, "INFLUENCER", 40);
        expect(
                200,
                sales.post(gateway + "/api/handoffs/" + openHandoff(sales, gateway, accepted) + "/acceptance", "{}"));
        expect(
                200,
                sales.post(
                        gateway + "/api/handoffs/" + openHandoff(sales, gateway, rejected) + "/rejection",
                        "{\"reasonCode\": \"NO_BUDGET\"}"));
        expect(201, sales.post(gateway + "/api/handoffs", "{\"leadId\": \"" + pulled + "\"}"));
    }

    private String lead(Http integration, String gateway, String authority, int companySize) {
        return readId(expect(
                201,
                integration.post(
                        gateway + "/api/leads",
                        """
                {"email": "buyer-%d@suite.example", "company": "Suite Co", "companySize": %d, "source": "WEB_FORM",
                 "bant": {"authority": "%s"}}"""
                                .formatted(companySize, companySize, authority))));
    }

    private String openHandoff(Http sales, String gateway, String leadId) {
        Http.Answer list = expect(200, sales.get(gateway + "/api/handoffs?leadId=" + leadId));
        try {
            return json.readTree(list.body()).at("/items/0/id").asText();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + list, e);
        }
    }

    private static Http person(String user, String... roles) {
        return new Http(DevTokens.forUser(user, roles), Duration.ofSeconds(15));
    }

    private static Http.Answer expect(int status, Http.Answer answer) {
        assertEquals(status, answer.status(), "seeding: " + answer);
        return answer;
    }

    private String readId(Http.Answer answer) {
        try {
            return json.readTree(answer.body()).get("id").asText();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + answer, e);
        }
    }

    private JsonNode run(String script, String token) throws IOException, InterruptedException {
        installScripts();
        Files.createDirectories(screenshots);
        Process node = new ProcessBuilder("node", script, suite.gatewayUrl(), token, screenshots.toString())
                .directory(scripts.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), script + " finished");
        assertEquals(0, node.exitValue(), script + " failed:\n" + output);
        String[] lines = output.strip().split("\n");
        return json.readTree(lines[lines.length - 1]);
    }

    /** playwright-core from the lock file, once (it drives the installed Chromium; it downloads no browser). */
    private void installScripts() throws IOException, InterruptedException {
        if (Files.isDirectory(scripts.resolve("node_modules/playwright-core"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(scripts.toFile())
                .inheritIO()
                .start();
        assertTrue(npm.waitFor(300, TimeUnit.SECONDS) && npm.exitValue() == 0, "npm ci in " + scripts);
    }
}
