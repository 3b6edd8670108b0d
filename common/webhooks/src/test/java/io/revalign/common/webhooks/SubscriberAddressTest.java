package io.revalign.common.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubscriberAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/hook",
                "http://localhost/hook",
                "http://10.1.2.3/hook",
                "http://172.16.0.9/hook",
                "http://192.168.1.1/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/hook",
                "http://0.0.0.0/hook",
                "http://[::1]/hook",
                "http://[fd00::1]/hook",
                "http://[fe80::1]/hook"
            })
    void refusesAddressesInsideTheNetwork(String url) {
        Optional<String> refusal = SubscriberAddress.refusal(url, Set.of());
        assertTrue(refusal.orElse("").startsWith("points inside the network"), url + ": " + refusal);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ftp://93.184.216.34/x", "file:///etc/passwd", "http://user:pw@93.184.216.34/", "not a url"})
    void refusesOtherSchemesUserInfoAndNonUrls(String url) {
        assertTrue(SubscriberAddress.refusal(url, Set.of()).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hooks", "http://8.8.8.8:8443/revalign"})
    void acceptsPublicAddresses(String url) {
        assertEquals(Optional.empty(), SubscriberAddress.refusal(url, Set.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9000/hook"})
    void acceptsAnInternalHostAnOperatorAllowed(String url) {
        assertEquals(Optional.empty(), SubscriberAddress.refusal(url, Set.of("localhost")));
        assertTrue(SubscriberAddress.refusal("http://127.0.0.1:9000/hook", Set.of("localhost"))
                .isPresent());
    }
}
