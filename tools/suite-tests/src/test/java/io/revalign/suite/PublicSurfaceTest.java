package io.revalign.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.testing.DevTokens;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the packaged suite shows, as bin/suite runs it: the API and the portal at the gateway; health,
 * metrics and the services' own contracts only on the management interfaces; the services on loopback;
 * and no lead's id in any metric after the lead is read through the gateway.
 */
class PublicSurfaceTest {

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final List<String> APPS =
            List.of("lead-service", "skills-service", "ai-governance-service", "gateway");

    private final Suite suite = Suite.get();
    private final Http anonymous = new Http(null, Duration.ofSeconds(15));

    @Test
    void healthAndMetricsAreOnlyOnTheManagementInterfaces() {
        for (String name : APPS) {
            AppProcess app = suite.app(name);
            for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/metrics"}) {
                assertEquals(404, anonymous.getAny(app.baseUrl() + path).status(), name + " public " + path);
                assertEquals(200, anonymous.getAny(app.managementUrl() + path).status(), name + " management " + path);
            }
            if (!name.equals("gateway")) {
                assertEquals(404, anonymous.getAny(app.baseUrl() + "/q/openapi").status(), name + " public /q/openapi");
                assertEquals(
                        404, anonymous.getAny(app.baseUrl() + "/q/swagger-ui/").status(), name + " Swagger UI");
                assertEquals(
                        200,
                        anonymous.getAny(app.managementUrl() + "/q/openapi").status(),
                        name + " management /q/openapi");
            }
        }
    }

    @Test
    void theGatewayIsTheOnePortal() {
        String gateway = suite.gatewayUrl();
        assertEquals(200, anonymous.getAny(gateway + "/q/swagger-ui/").status());
        assertEquals(200, anonymous.getAny(gateway + "/q/openapi").status());
        for (String contract : new String[] {"lead", "skills", "governance"}) {
            Http.Answer answer = anonymous.getAny(gateway + "/openapi/" + contract);
            assertEquals(200, answer.status(), contract + ": " + answer);
            assertTrue(answer.body().contains("\"paths\""), contract + " is a contract");
        }
    }

    @Test
    void noLeadIdBecomesAMetricLabel() throws IOException {
        String gateway = suite.gatewayUrl();
        Http integration = new Http(
                DevTokens.forUser("surface-" + System.nanoTime(), "integration", "marketing"), Duration.ofSeconds(15));
        Http.Answer created = integration.post(
                gateway + "/api/leads",
                "{\"email\": \"surface-" + System.nanoTime() + "@suite.example\", \"company\": \"Surface Co\","
                        + " \"source\": \"WEB_FORM\"}");
        assertEquals(201, created.status(), created.toString());
        String id = new ObjectMapper().readTree(created.body()).get("id").asText();
        assertEquals(200, integration.get(gateway + "/api/leads/" + id).status());
        assertEquals(401, anonymous.getAny(gateway + "/api/leads/" + id).status());
        assertEquals(
                404,
                integration.get(gateway + "/api/leads/" + UUID.randomUUID()).status());
        for (String name : List.of("gateway", "lead-service")) {
            Http.Answer scrape = anonymous.getAny(suite.app(name).managementUrl() + "/q/metrics");
            assertEquals(200, scrape.status(), name + " /q/metrics");
            String metrics = scrape.body();
            assertTrue(
                    metrics.contains(
                            name.equals("gateway") ? "gateway_requests_seconds" : "http_server_requests_seconds"),
                    name + " counted the reads");
            List<String> raw = metrics.lines()
                    .filter(line ->
                            !line.startsWith("#") && UUID_PATTERN.matcher(line).find())
                    .toList();
            assertEquals(List.of(), raw, name + ": metric labels name route templates, never an id");
        }
    }

    @Test
    void theServicesListenOnLoopbackOnly() {
        Optional<InetAddress> outside = nonLoopbackAddress();
        if (outside.isEmpty()) {
            System.out.println("PublicSurfaceTest: no non-loopback address on this machine; listening not checked");
            return;
        }
        assertTrue(connects(outside.get(), suite.app("gateway").port()), "the gateway answers on " + outside.get());
        for (String name : List.of("lead-service", "skills-service", "ai-governance-service")) {
            assertFalse(
                    connects(outside.get(), suite.app(name).port()),
                    name + " must not be reachable on " + outside.get());
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(PublicSurfaceTest::up)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean up(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
