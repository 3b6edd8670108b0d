package io.revalign.skills.api;

import io.revalign.skills.service.ModuleView;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learning module. */
@Schema(name = "LearningModule")
public record ModuleResponse(
        UUID id,
        String title,
        @Schema(nullable = true) String provider,
        @Schema(nullable = true) String url,
        int hours,
        @Schema(description = "Skill key → level the module raises it to", examples = "{\"prompt-engineering\": 3}")
                Map<String, Integer> raises,
        Instant createdAt) {

    public static ModuleResponse from(ModuleView view) {
        return new ModuleResponse(
                view.module().id,
                view.module().title,
                view.module().provider,
                view.module().url,
                view.module().hours,
                view.raises(),
                view.module().createdAt);
    }
}
