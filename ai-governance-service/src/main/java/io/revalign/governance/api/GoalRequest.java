package io.revalign.governance.api;

import io.revalign.common.security.Roles;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A strategic goal as someone records it. */
@Schema(name = "GoalRequest", description = "A strategic goal AI tools may serve")
public record GoalRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Raise win rate on AI-assisted deals") String title,
        @NotBlank @Size(max = 200) @Schema(description = "What is measured", examples = "win rate") String metric,
        @NotBlank @Size(max = 200) @Schema(description = "The value aimed for", examples = "+15%") String target,
        @NotNull
                @Pattern(
                        regexp = PERIOD,
                        message = "must be a year, half, quarter or month such as 2027, 2027-H1, 2027-Q3 or 2027-05")
                @Size(max = 7)
                @Schema(description = "When the target is due: a year, half, quarter or month", examples = "2027-H1")
                String period,
        @NotNull
                @Pattern(regexp = Roles.ONE_ROLE, message = "must be one of: " + Roles.ALL)
                @Size(max = 32)
                @Schema(
                        description = "The role that owns the goal",
                        examples = Roles.SALES_LEADER,
                        enumeration = {
                            Roles.MARKETING,
                            Roles.MARKETING_LEADER,
                            Roles.SALES,
                            Roles.SALES_LEADER,
                            Roles.SELLER,
                            Roles.ENABLEMENT,
                            Roles.REVOPS,
                            Roles.IT,
                            Roles.SECURITY,
                            Roles.LEGAL,
                            Roles.INTEGRATION,
                            Roles.ADMIN
                        })
                String ownerRole) {

    static final String PERIOD = "^[0-9]{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$";
}
