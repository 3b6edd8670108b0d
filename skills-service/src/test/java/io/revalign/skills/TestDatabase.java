package io.revalign.skills;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.revalign.common.testing.PostgresTestResource;

/** Every test of this module runs against the skills schema of the real test database. */
@WithTestResource(
        value = PostgresTestResource.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "skills"))
public final class TestDatabase {

    private TestDatabase() {}
}
