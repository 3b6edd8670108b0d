package io.revalign.common.concurrency;

import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code If-Match} precondition of an update, checked against the current row version.
 *
 * <p>A resource passes the header value through unparsed; the service, after loading (and
 * locking) the row, calls {@link #check(long)} in one line: a missing header is a 428 and a tag
 * that is not the current one a 412, both problem+json whose detail names the current ETag and
 * with the current {@code ETag} header, so a client can re-read, re-apply and retry. {@code *}
 * matches any existing row. Comparison is strong: a weak tag ({@code W/"7"}) never matches.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private final String header;

    private IfMatch(String header) {
        this.header = header;
    }

    /** The precondition a request sent; {@code header} may be null (then {@link #check} answers 428). */
    public static IfMatch of(String header) {
        return new IfMatch(header);
    }

    /** Whether the request sent an If-Match header at all. */
    public boolean present() {
        return header != null && !header.isBlank();
    }

    /** Whether the header matches a row at {@code version} (strong comparison, {@code *} matches all). */
    public boolean matches(long version) {
        if (!present()) {
            return false;
        }
        String current = ETags.of(version);
        for (String tag : tags()) {
            if (tag.equals("*") || tag.equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** Passes when the header matches {@code currentVersion}; a 428 problem when absent, 412 when stale. */
    public void check(long currentVersion) {
        String current = ETags.of(currentVersion);
        if (!present()) {
            throw new ProblemException(
                            ProblemType.PRECONDITION_REQUIRED,
                            "Send If-Match with the ETag you last read; the current ETag is " + current)
                    .header(ETags.HEADER, current);
        }
        if (!matches(currentVersion)) {
            throw new ProblemException(
                            ProblemType.PRECONDITION_FAILED,
                            "If-Match " + header.strip() + " is not the current ETag " + current
                                    + ": the resource changed since you read it; read it again and re-apply your change")
                    .header(ETags.HEADER, current);
        }
    }

    /** The entity tags of the header: {@code *}, or quoted (optionally W/-prefixed) tags; 400 when malformed. */
    List<String> tags() {
        List<String> tags = new ArrayList<>();
        String rest = header.strip();
        if (rest.equals("*")) {
            return List.of("*");
        }
        while (!rest.isEmpty()) {
            int start = rest.startsWith("W/") ? 2 : 0;
            int end = rest.startsWith("\"", start) ? rest.indexOf('"', start + 1) : -1;
            if (end < 0) {
                throw ProblemException.invalid(HEADER, "must be * or one or more quoted ETags such as \"3\"");
            }
            tags.add(rest.substring(0, end + 1));
            rest = rest.substring(end + 1).strip();
            if (rest.startsWith(",")) {
                rest = rest.substring(1).strip();
            } else if (!rest.isEmpty()) {
                throw ProblemException.invalid(HEADER, "must be * or one or more quoted ETags such as \"3\"");
            }
        }
        return tags;
    }
}
