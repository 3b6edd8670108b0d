package io.revalign.governance.api;

import io.revalign.governance.domain.StrategicGoal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A strategic goal as the API shows it. */
@Schema(name = "Goal")
public record GoalResponse(
        UUID id,
        String title,
        String metric,
        String target,
        String period,
        String ownerRole,
        Instant createdAt,
        Instant updatedAt) {

    public static GoalResponse from(StrategicGoal goal) {
        return new GoalResponse(
                goal.id,
                goal.title,
                goal.metric,
                goal.target,
                goal.period,
                goal.ownerRole,
                goal.createdAt,
                goal.updatedAt);
    }
}
