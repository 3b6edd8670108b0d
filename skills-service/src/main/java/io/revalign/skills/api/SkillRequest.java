package io.revalign.skills.api;

import io.revalign.skills.domain.ProficiencyLevel;
import io.revalign.skills.domain.SkillCategory;
import io.revalign.skills.domain.TaxonomyScheme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A skill as enablement adds it to the catalogue. */
@Schema(name = "SkillRequest", description = "A new catalogue skill")
public record SkillRequest(
        @NotBlank
                @Size(max = 64)
                @Pattern(
                        regexp = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
                        message =
                                "must be lowercase words of letters and digits joined by single hyphens, such as prompt-engineering")
                @Schema(description = "Stable identifier other services use; unique", examples = "prompt-engineering")
                String key,
        @NotBlank @Size(max = 200) @Schema(examples = "Prompt engineering") String name,
        @Size(max = 4000)
                @Schema(examples = "Writes, tests and refines prompts for the AI assistants in the sales stack.")
                String description,
        @NotNull SkillCategory category,
        @Valid @Schema(description = "Reference to the same skill in a public taxonomy") Taxonomy taxonomy,
        @Schema(
                        description = "What each level of the 0-4 scale (NONE, AWARE, PRACTICING, PROFICIENT, EXPERT) "
                                + "means for this skill; levels may be left out",
                        maxProperties = 5,
                        examples = "{\"AWARE\": \"Knows what a prompt is\", \"EXPERT\": \"Coaches the team\"}")
                Map<ProficiencyLevel, @NotBlank @Size(max = 1000) String> levelDescriptors) {

    /** A skill's code in ESCO or O*NET. */
    @Schema(name = "TaxonomyReference")
    public record Taxonomy(
            @NotNull TaxonomyScheme scheme,
            @NotBlank @Size(max = 200) @Schema(description = "The code in that scheme", examples = "S5.6.1")
                    String code) {}
}
