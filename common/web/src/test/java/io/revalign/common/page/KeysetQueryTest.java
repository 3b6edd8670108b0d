package io.revalign.common.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetQueryTest {

    private static final UUID AFTER = UUID.fromString("01936f0e-0000-7000-8000-000000000001");

    @Test
    void theFirstPageWithoutFiltersIsEveryRowInIdOrder() {
        KeysetQuery query = KeysetQuery.after(null).equal("source", null).equalIgnoringCase("email", null);
        assertEquals("order by id", query.query());
        assertEquals(Map.of(), query.parameters());
    }

    @Test
    void aCursorAndFiltersBecomeConditionsInOrder() {
        KeysetQuery query = KeysetQuery.after(AFTER)
                .equal("source", "HUBSPOT")
                .equal("externalId", null)
                .equalIgnoringCase("email", "Dana@Example.com");
        assertEquals("id > :after and source = :source and lower(email) = lower(:email) order by id", query.query());
        assertEquals(Map.of("after", AFTER, "source", "HUBSPOT", "email", "Dana@Example.com"), query.parameters());
    }

    @Test
    void aPrefixSearchesEveryFieldAndMatchesWildcardsLiterally() {
        KeysetQuery query = KeysetQuery.after(null)
                .atLeast("updatedAt", 5)
                .startsWithIgnoringCase("q", "50%_Co\\", "email", "company");
        assertEquals(
                "updatedAt >= :updatedAt and (lower(email) like :q escape '\\' or lower(company) like :q escape '\\')"
                        + " order by id",
                query.query());
        assertEquals(Map.of("updatedAt", 5, "q", "50\\%\\_co\\\\%"), query.parameters());
        assertEquals(
                "order by id",
                KeysetQuery.after(null)
                        .startsWithIgnoringCase("q", null, "email")
                        .query());
        assertThrows(IllegalArgumentException.class, () -> KeysetQuery.after(null)
                .startsWithIgnoringCase("q", "a", "email or 1=1"));
    }

    @Test
    void onlyPlainAttributeNamesReachTheQuery() {
        assertThrows(
                IllegalArgumentException.class, () -> KeysetQuery.after(null).equal("id = id or 1", 1));
        assertThrows(
                IllegalArgumentException.class, () -> KeysetQuery.after(null).equal("s.key", "a"));
    }

    @Test
    void anAttributeIsFilteredOnce() {
        assertThrows(
                IllegalArgumentException.class, () -> KeysetQuery.after(AFTER).equal("after", 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> KeysetQuery.after(null).equal("key", "a").equal("key", "b"));
    }
}
