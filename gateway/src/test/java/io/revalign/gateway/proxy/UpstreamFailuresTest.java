package io.revalign.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class UpstreamFailuresTest {

    @Test
    void aSilentUpstreamIsATimeout() {
        assertTrue(UpstreamFailures.timedOut(new NoStackTraceTimeoutException("idle")));
        assertTrue(UpstreamFailures.timedOut(new TimeoutException()));
        assertTrue(UpstreamFailures.timedOut(new VertxException(new TimeoutException("wrapped"))));
    }

    @Test
    void anUnreachableUpstreamIsNotATimeout() {
        assertFalse(UpstreamFailures.timedOut(new ConnectTimeoutException("connect timed out")));
        assertFalse(UpstreamFailures.timedOut(new ConnectException("Connection refused")));
        assertFalse(UpstreamFailures.timedOut(new HttpClosedException("closed")));
    }
}
