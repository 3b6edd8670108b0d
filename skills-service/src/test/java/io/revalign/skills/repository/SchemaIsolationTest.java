package io.revalign.skills.repository;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.SchemaIsolation;
import org.junit.jupiter.api.Test;

/** skills-service's database role owns its schema and cannot touch the other services' schemas. */
@QuarkusTest
class SchemaIsolationTest {

    @Test
    void roleCannotReadOrWriteOtherSchemas() throws Exception {
        SchemaIsolation.assertConfinedToItsSchema("skills");
    }

    @Test
    void roleWorksInItsOwnSchema() throws Exception {
        SchemaIsolation.assertWorksInItsSchema("skills");
    }
}
