package io.revalign.skills;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedContractMatchesTheCode() throws Exception {
        OpenApiContract.assertCommittedContractIsCurrent();
    }
}
