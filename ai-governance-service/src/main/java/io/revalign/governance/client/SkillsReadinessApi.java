package io.revalign.governance.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** skills-service's readiness on given skills ({@code getSkillReadiness}), as far as governance reads it. */
@RegisterRestClient(configKey = "skills")
@Path("/api/readiness/skills")
interface SkillsReadinessApi {

    /** The fields of skills-service's answer that governance reads; others are ignored, so skills may add more. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SkillReadiness(
            int level,
            List<String> skillKeys,
            List<String> roles,
            int sellers,
            int ready,
            Double shareReady,
            List<Team> teams) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Team(String team, int sellers, int ready, Double shareReady, List<Skill> skills) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Skill(String skillKey, int sellersAtLevel) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    SkillReadiness readiness(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("skillKey") List<String> skillKeys,
            @QueryParam("level") int level,
            @QueryParam("role") List<String> roles);

    /** Turns the answer into governance's own value. */
    static io.revalign.governance.domain.RolloutReadiness toReadiness(SkillReadiness answer) {
        return new io.revalign.governance.domain.RolloutReadiness(
                true,
                null,
                answer.skillKeys(),
                answer.level(),
                answer.roles(),
                answer.sellers(),
                answer.ready(),
                answer.shareReady(),
                answer.teams() == null
                        ? List.of()
                        : answer.teams().stream()
                                .map(t -> new io.revalign.governance.domain.RolloutReadiness.Team(
                                        t.team(),
                                        t.sellers(),
                                        t.ready(),
                                        t.shareReady(),
                                        t.skills() == null
                                                ? Map.of()
                                                : t.skills().stream()
                                                        .collect(java.util.stream.Collectors.toMap(
                                                                Skill::skillKey,
                                                                Skill::sellersAtLevel,
                                                                (a, b) -> a,
                                                                java.util.TreeMap::new))))
                                .toList());
    }
}
