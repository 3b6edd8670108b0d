package io.revalign.lead.api;

import io.quarkus.test.junit.QuarkusTest;
import io.revalign.common.testing.HostileContract;

/** Every operation of the lead contract against the hostile-input corpus. */
@QuarkusTest
class HostileContractTest extends HostileContract {}
