package io.revalign.common.testing;

import static io.revalign.common.testing.Api.anonymous;
import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every service checks of its bearer tokens (verified in the service too, not only at the
 * gateway) and of its surface: no token and every bad token are a 401 problem, a valid token without
 * the role a 403 problem, health, metrics and the contract are on the management interface only, and
 * metrics name route templates, never ids. A service's {@code AuthTest} extends it, naming a
 * collection its roles guard, a role that may read it and one that may not, and adds the checks of
 * its own roles.
 */
public abstract class AuthContract {

    private final String collection;
    private final String reader;
    private final String outsider;

    /**
     * @param collection a collection path, such as {@code /api/leads}, whose items are read at {@code collection/{id}}
     * @param reader a role that may read the collection
     * @param outsider a role that may not
     */
    protected AuthContract(String collection, String reader, String outsider) {
        this.collection = collection;
        this.reader = reader;
        this.outsider = outsider;
    }

    @Test
    void noTokenIsUnauthorized() {
        anonymous()
                .get(collection)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:revalign:problem:unauthorized"));
    }

    @ParameterizedTest
    @MethodSource("io.revalign.common.testing.DevTokens#invalid")
    void badTokensAreUnauthorized(String token) {
        anonymous()
                .auth()
                .oauth2(token)
                .get(collection)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:unauthorized"));
    }

    @Test
    void aValidTokenWithoutTheRoleIsForbidden() {
        as(outsider)
                .get(collection)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:revalign:problem:forbidden"));
        as(reader).get(collection).then().statusCode(200);
    }

    @Test
    void healthMetricsAndContractAreOnTheManagementInterfaceOnly() {
        Management.assertServiceSurface();
    }

    @Test
    void metricsNameRouteTemplatesNeverIds() {
        Management.assertMetricsNameTemplates(collection, reader);
    }
}
