package io.revalign.common.page;

import io.revalign.common.problem.ProblemException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque keyset cursors: the id of the last item seen and a fingerprint of the list it belongs to
 * (its filter, whose {@code toString} names the list and its values), base64url-encoded. A cursor
 * from another list or another filter is refused rather than silently skipping items.
 */
public final class Cursor {

    private static final int ID_BYTES = 16;
    private static final int FINGERPRINT_BYTES = 4;

    private Cursor() {}

    /** The cursor of the page after {@code id} in {@code list}. */
    public static String encode(UUID id, Object list) {
        ByteBuffer bytes = ByteBuffer.allocate(ID_BYTES + FINGERPRINT_BYTES)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .put(fingerprint(list));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * The id a cursor points after, or {@code null} for the first page; a 400 problem when it is not a
     * cursor of {@code list}.
     */
    public static UUID decode(String cursor, Object list) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (bytes.length != ID_BYTES + FINGERPRINT_BYTES
                || !ByteBuffer.wrap(fingerprint(list)).equals(buffer.slice(ID_BYTES, FINGERPRINT_BYTES))) {
            throw ProblemException.invalid("after", "is not a cursor returned by this list with these filters");
        }
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static byte[] fingerprint(Object list) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(list).getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(digest, FINGERPRINT_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
