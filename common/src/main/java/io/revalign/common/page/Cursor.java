package io.revalign.common.page;

import io.revalign.common.problem.ProblemException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/** Opaque keyset cursors: the id of the last item seen, base64url-encoded. */
public final class Cursor {

    private Cursor() {}

    public static String encode(UUID id) {
        ByteBuffer bytes =
                ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The id a cursor points after, or {@code null} for the first page; a 400 problem when it is not ours. */
    public static UUID decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            if (bytes.length != 16) {
                throw new IllegalArgumentException("wrong length");
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("after", "is not a cursor returned by this list");
        }
    }
}
