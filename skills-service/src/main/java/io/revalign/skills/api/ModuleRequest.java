package io.revalign.skills.api;

import io.revalign.skills.service.CreateModule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learning module for the catalogue. */
@Schema(name = "LearningModuleRequest")
public record ModuleRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Prompting for sellers") String title,
        @Size(max = 200) @Schema(examples = "Enablement Academy") String provider,
        @Size(max = 2000)
                @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
                @Schema(examples = "https://academy.example.com/courses/prompting-for-sellers")
                String url,
        @NotNull @Min(1) @Max(1000) @Schema(description = "Hours of learning, 1 to 1000", examples = "6") Integer hours,
        @NotNull @Size(min = 1, max = 50) @Schema(description = "Skills the module raises and to which level")
                List<@Valid @NotNull Raise> raises) {

    /** One skill and the level the module takes it to. */
    @Schema(name = "ModuleRaise")
    public record Raise(
            @NotBlank @Size(max = 64) @Schema(examples = "prompt-engineering") String skillKey,
            @NotNull @Min(1) @Max(4) @Schema(description = "Level reached, 1 to 4", examples = "3") Integer level) {}

    CreateModule toCommand() {
        return new CreateModule(
                title,
                provider,
                url,
                hours,
                raises.stream()
                        .map(r -> new CreateModule.Raise(r.skillKey(), r.level()))
                        .toList());
    }
}
