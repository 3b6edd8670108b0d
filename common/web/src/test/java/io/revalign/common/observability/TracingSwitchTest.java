package io.revalign.common.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TracingSwitchTest {

    @Test
    void theSdkIsOffWithoutACollector() {
        assertEquals("true", new TracingSwitch(name -> null).getValue(TracingSwitch.SDK_DISABLED));
        assertEquals("true", new TracingSwitch(name -> " ").getValue(TracingSwitch.SDK_DISABLED));
    }

    @Test
    void namingACollectorLeavesTheSdkOn() {
        TracingSwitch tracing = new TracingSwitch(Map.of(TracingSwitch.ENDPOINT, "http://otel-collector:4317")::get);
        assertNull(tracing.getValue(TracingSwitch.SDK_DISABLED));
        assertTrue(tracing.getProperties().isEmpty());
    }

    @Test
    void itSaysNothingAboutOtherPropertiesAndRanksBelowTheFiles() {
        assertNull(new TracingSwitch(name -> null).getValue("quarkus.http.port"));
        assertTrue(new TracingSwitch(name -> null).getOrdinal() < 100);
    }
}
