package io.revalign.common.concurrency;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Entity tags from a row version. They are STRONG ({@code "7"}, not {@code W/"7"}): the version
 * changes with every write of the row and the representation is a function of the row, so two
 * responses with one tag are byte-for-byte the same; and If-Match compares strongly (RFC 9110
 * 13.1.1), which a weak tag could never pass.
 */
public final class ETags {

    public static final String HEADER = "ETag";

    private ETags() {}

    /** The header value for a row version: {@code "<version>"}, quotes included. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the body and its ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(entityTag(version)).build();
    }

    /** 201 with Location, the body and its ETag. */
    public static Response created(URI location, Object body, long version) {
        return Response.created(location).entity(body).tag(entityTag(version)).build();
    }
}
