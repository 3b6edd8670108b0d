package io.revalign.lead.api;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.HostileContract;
import org.junit.jupiter.api.Disabled;

/** Every operation of the lead contract against the hostile-input corpus. */
@QuarkusTest
@Disabled("Open findings (coord/notes/hostile.md): a query value over 4 KB is Netty's empty 414 on the"
        + " service; POST /api/activities/bulk writes on one hostile variant")
class HostileContractTest extends HostileContract {}
