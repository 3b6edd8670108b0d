package io.revalign.lead.api;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.HostileContract;
import org.junit.jupiter.api.Disabled;

/** Every operation of the lead contract against the hostile-input corpus. */
@QuarkusTest
@Disabled("Open findings (coord/notes/hostile.md): a path parameter of invalid UTF-8 (%C0%AF) or an encoded"
        + " surrogate (%ED%A0%80) is stored by PUT /api/leads/external/{source}/{externalId}; a query value over"
        + " 4 KB is Netty's empty 414 on the service; POST /api/activities/bulk writes on one hostile variant")
class HostileContractTest extends HostileContract {}
