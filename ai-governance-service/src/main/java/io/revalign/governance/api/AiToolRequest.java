package io.revalign.governance.api;

import io.revalign.common.security.Roles;
import io.revalign.governance.domain.DataCategory;
import io.revalign.governance.domain.ToolCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An AI tool as someone proposes it for the registry. */
@Schema(name = "AiToolRequest", description = "A new AI tool; it starts as PROPOSED")
public record AiToolRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Gong") String name,
        @NotBlank @Size(max = 200) @Schema(examples = "Gong.io") String vendor,
        @NotNull @Schema(description = "What kind of work the tool does") ToolCategory category,
        @Size(max = 4000) @Schema(examples = "Records and transcribes sales calls and flags deal risks.")
                String description,
        @Size(max = 50, message = "may hold at most 50 use cases")
                @Schema(
                        description = "What marketing or sales use the tool for",
                        examples = "[\"Call transcription\", \"Deal risk alerts\"]")
                List<@NotBlank @Size(max = 200) String> useCases,
        @Size(max = 5, message = "may hold at most the 5 data categories")
                @Schema(description = "Kinds of data the tool handles", maxItems = 5)
                Set<@NotNull DataCategory> dataCategories,
        @NotNull
                @Pattern(regexp = Roles.ONE_ROLE, message = "must be one of: " + Roles.ALL)
                @Size(max = 32)
                @Schema(
                        description = "The role that owns the tool",
                        examples = Roles.REVOPS,
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
                String ownerRole,
        @Size(max = 50, message = "may hold at most 50 skill keys")
                @Schema(
                        description = "Keys of the skills-service skills the tool's users need",
                        examples = "[\"call-coaching\", \"ai-literacy\"]")
                List<
                                @NotNull @Size(max = 100)
                                @Pattern(regexp = SKILL_KEY, message = "must be a skill key such as call-coaching")
                                String>
                        skillKeys,
        @Size(max = 50, message = "may hold at most 50 goals")
                @Schema(description = "Ids of the strategic goals the tool serves")
                List<@NotNull UUID> goalIds) {

    static final String SKILL_KEY = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";
}
