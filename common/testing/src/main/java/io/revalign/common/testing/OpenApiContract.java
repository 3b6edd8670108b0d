package io.revalign.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed contract ({@code openapi/openapi.yaml}) must equal what the code generates. Run the
 * module's tests with {@code -Dopenapi.update=true} to rewrite it after an intended change.
 */
public final class OpenApiContract {

    public static final Path COMMITTED = Path.of("openapi/openapi.yaml");

    private OpenApiContract() {}

    public static void assertCommittedContractIsCurrent() throws IOException {
        String generated = Management.openapi()
                .accept("application/yaml")
                .get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, generated);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        assertEquals(
                committed,
                generated,
                "openapi/openapi.yaml is stale: the code now generates another "
                        + "contract. Review the change, then run ./mvnw verify -Dopenapi.update=true and commit the file.");
    }
}
