package io.revalign.lead.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only: a resource that fails the way a bug would, to check what clients see. */
@Path("/test-only/failure")
public class FailingTestResource {

    @GET
    @PermitAll
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("secret-internal-detail");
    }
}
