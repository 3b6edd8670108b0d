package io.revalign.governance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to send which governance events. */
@Schema(name = "WebhookSubscriptionRequest")
public record WebhookSubscriptionRequest(
        @NotBlank
                @Size(max = 2000)
                @Schema(
                        description = "An http or https URL outside RevAlign's network; redirects are not followed",
                        examples = "https://ai-council.northwind.example/revalign/governance")
                String url,
        @NotEmpty
                @Size(max = 20)
                @Schema(
                        description = "Event types: decision.made, tool.status_changed, consultation.requested",
                        examples = "[\"decision.made\"]")
                List<@NotBlank @Size(max = 100) String> eventTypes) {}
