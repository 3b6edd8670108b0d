package io.revalign.gateway.scorecard;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The scorecard as a page a leader would rather look at than read JSON. */
@Path("/scorecard")
@Tag(name = "Scorecard")
public class ScorecardPage {

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            operationId = "getScorecardPage",
            summary = "The scorecard as a page",
            description = "Plain HTML and inline SVG: paste a token once, the page draws each figure against its"
                    + " benchmark from GET /api/scorecard.")
    @APIResponse(responseCode = "200", description = "The page")
    public InputStream page() {
        InputStream page = ScorecardPage.class.getResourceAsStream("/scorecard.html");
        if (page == null) {
            throw new UncheckedIOException(new IOException("scorecard.html is missing from the gateway"));
        }
        return page;
    }
}
