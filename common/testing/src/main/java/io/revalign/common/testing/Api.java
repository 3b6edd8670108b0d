package io.revalign.common.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** rest-assured requests as a user with roles, or as nobody. */
public final class Api {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {}

    public static RequestSpecification as(String... roles) {
        return given().contentType(ContentType.JSON).auth().oauth2(DevTokens.forRoles(roles));
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }
}
