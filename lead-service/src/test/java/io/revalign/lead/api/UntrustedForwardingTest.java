package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** X-Forwarded-* counts only from the configured proxies: a client's own never reaches Location. */
@QuarkusTest
@TestProfile(UntrustedForwardingTest.GatewayElsewhere.class)
class UntrustedForwardingTest {

    /** The gateway is at 192.0.2.1 (a documentation address), so this test's client is not it. */
    public static class GatewayElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.1");
        }
    }

    @Test
    void aClientsForwardedHostIsIgnored() {
        as("marketing")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .body(LeadResourceTest.lead(LeadResourceTest.unique()))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .header("Location", not(containsString("evil.example")))
                .header("Location", not(containsString("https:")));
    }
}
