package io.revalign.governance.api;

import io.revalign.common.security.Roles;
import io.revalign.governance.domain.Stance;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Consulted role's input on a decision request. */
@Schema(name = "DecisionInputRequest")
public record InputRequest(
        @NotNull
                @Pattern(regexp = Roles.ONE_ROLE, message = "must be one of: " + Roles.ALL)
                @Size(max = 32)
                @Schema(
                        description = "The Consulted role the caller speaks for; the caller must hold it",
                        examples = "security")
                String role,
        @NotNull Stance stance,
        @Size(max = 4000) @Schema(examples = "Needs a DPA before rollout") String comment) {}
