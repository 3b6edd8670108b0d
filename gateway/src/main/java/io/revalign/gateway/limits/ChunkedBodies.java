package io.revalign.gateway.limits;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.core.http.impl.HttpServerRequestWrapper;
import io.vertx.ext.web.RoutingContext;

/**
 * A chunked request body (no Content-Length, so the size check cannot read it up front) is read at
 * the edge up to its route group's limit: over it, the caller answers 413 before anything is
 * forwarded; within it, the proxy is handed a request that plays the body back. So a service never
 * receives part of a body the gateway then refuses.
 */
public final class ChunkedBodies {

    /** Where the request that plays the body back is kept for the proxy. */
    static final String REQUEST = "revalign.edge.buffered-request";

    private ChunkedBodies() {}

    /** The request the proxy forwards: the buffered one when a chunked body was read here. */
    public static HttpServerRequest forwarded(RoutingContext rc) {
        HttpServerRequest buffered = rc.get(REQUEST);
        return buffered != null ? buffered : rc.request();
    }

    /**
     * Reads the body; {@code done} gets true once the body is held (and {@link #forwarded} plays it
     * back), false as soon as it passes {@code limit} (the rest is not read).
     */
    static void read(RoutingContext rc, long limit, Handler<AsyncResult<Boolean>> done) {
        HttpServerRequest request = rc.request();
        if (!(request instanceof HttpServerRequestInternal internal)) {
            done.handle(Future.succeededFuture(true)); // cannot play back: stream it as before
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] over = {false};
        request.exceptionHandler(failure -> done.handle(Future.failedFuture(failure)));
        request.handler(chunk -> {
            if (over[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                over[0] = true;
                request.pause();
                done.handle(Future.succeededFuture(false));
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(ignored -> {
            if (!over[0]) {
                rc.put(REQUEST, new PlayedBack(internal, body));
                done.handle(Future.succeededFuture(true));
            }
        });
        request.resume();
    }

    /** The original request, its body played back from memory to whoever reads it. */
    private static final class PlayedBack extends HttpServerRequestWrapper {

        private final Buffer body;
        private final Context context;
        private Handler<Buffer> handler;
        private Handler<Void> endHandler;
        private boolean paused = true;
        private boolean played;
        private boolean ended;

        PlayedBack(HttpServerRequestInternal delegate, Buffer body) {
            super(delegate);
            this.body = body;
            this.context = delegate.context();
        }

        @Override
        public HttpServerRequest handler(Handler<Buffer> handler) {
            this.handler = handler;
            play();
            return this;
        }

        @Override
        public HttpServerRequest endHandler(Handler<Void> endHandler) {
            this.endHandler = endHandler;
            return this;
        }

        @Override
        public HttpServerRequest exceptionHandler(Handler<Throwable> handler) {
            return this;
        }

        @Override
        public HttpServerRequest pause() {
            paused = true;
            return this;
        }

        @Override
        public HttpServerRequest resume() {
            paused = false;
            play();
            return this;
        }

        @Override
        public HttpServerRequest fetch(long amount) {
            return amount > 0 ? resume() : this;
        }

        @Override
        public boolean isEnded() {
            return ended;
        }

        @Override
        public Future<Buffer> body() {
            return Future.succeededFuture(body);
        }

        @Override
        public HttpServerRequest bodyHandler(Handler<Buffer> bodyHandler) {
            context.runOnContext(ignored -> bodyHandler.handle(body));
            return this;
        }

        @Override
        public Future<Void> end() {
            return Future.succeededFuture();
        }

        private void play() {
            if (played || paused || handler == null) {
                return;
            }
            played = true;
            context.runOnContext(ignored -> {
                if (body.length() > 0) {
                    handler.handle(body);
                }
                ended = true;
                if (endHandler != null) {
                    endHandler.handle(null);
                }
            });
        }
    }
}
