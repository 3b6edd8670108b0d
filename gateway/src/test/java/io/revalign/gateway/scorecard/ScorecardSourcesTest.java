package io.revalign.gateway.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ScorecardSourcesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noSellersOrNoDecisionsIsNoDataRatherThanZero() throws Exception {
        assertTrue(ScorecardSources.reskilling(JSON.readTree("{\"sellers\": 0, \"shareNeedingReskilling\": 0.0}"))
                .isEmpty());
        assertTrue(ScorecardSources.accountable(
                        JSON.readTree("{\"decisions\": {\"total\": 0, \"accountable\": {\"share\": 0.0}}}"))
                .isEmpty());
    }

    @Test
    void readsTheShareAndItsBenchmark() throws Exception {
        Figure figure = ScorecardSources.reskilling(
                        JSON.readTree("{\"sellers\": 12, \"needingReskilling\": 7, \"shareNeedingReskilling\": 0.5833,"
                                + " \"benchmark\": {\"share\": 0.58}}"))
                .orElseThrow();
        assertEquals(0.5833, figure.value());
        assertEquals(0.58, figure.benchmark());
        assertEquals(7L, figure.detail().get("needingReskilling"));
    }

    @Test
    void namesEachServiceAsItsApplication() {
        assertEquals("ai-governance-service", ScorecardSources.ACCOUNTABLE.application());
        assertEquals("lead-service", ScorecardSources.AGREEMENT.application());
    }
}
