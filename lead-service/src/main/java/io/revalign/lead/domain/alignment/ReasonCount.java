package io.revalign.lead.domain.alignment;

/** How many hand-offs sales rejected for one reason, and their share of all rejections. */
public record ReasonCount(String code, String label, long count, long rejections) {

    public double share() {
        return rejections == 0 ? 0 : (double) count / rejections;
    }
}
