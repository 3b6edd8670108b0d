package io.revalign.skills.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to send which skills events. */
@Schema(name = "WebhookSubscriptionRequest")
public record WebhookSubscriptionRequest(
        @NotBlank
                @Size(max = 2000)
                @Schema(
                        description = "An http or https URL outside RevAlign's network; redirects are not followed",
                        examples = "https://lms-sync.northwind.example/revalign/events")
                String url,
        @NotEmpty
                @Size(max = 20)
                @Schema(
                        description = "Event types: seller.readiness_changed, enrolment.overdue",
                        examples = "[\"seller.readiness_changed\", \"enrolment.overdue\"]")
                List<@NotBlank @Size(max = 100) String> eventTypes) {}
