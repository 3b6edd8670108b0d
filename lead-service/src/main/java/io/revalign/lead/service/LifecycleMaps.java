package io.revalign.lead.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.lead.domain.qualification.CosignedVersion;
import io.revalign.lead.domain.qualification.FieldError;
import io.revalign.lead.domain.qualification.LifecycleMapContent;
import io.revalign.lead.domain.qualification.VersionKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Customer life-cycle maps: stages, transitions and entry criteria as data, under the co-sign rule. */
@ApplicationScoped
public class LifecycleMaps {

    private final SignOffService signOff;
    private final ObjectMapper mapper;

    public LifecycleMaps(SignOffService signOff, ObjectMapper mapper) {
        this.signOff = signOff;
        this.mapper = mapper;
    }

    /** The map in force: the ACTIVE version, or the standard map until one is activated (version null). */
    public record InForce(CosignedVersion version, LifecycleMapContent content) {}

    public SignOffService.VersionView create(String name, String description, LifecycleMapContent map, Actor actor) {
        return signOff.create(VersionKind.LIFECYCLE_MAP, content(name, description, map), actor);
    }

    public SignOffService.VersionView edit(
            UUID id, String ifMatch, String name, String description, LifecycleMapContent map, Actor actor) {
        return signOff.edit(VersionKind.LIFECYCLE_MAP, id, ifMatch, content(name, description, map), actor);
    }

    public InForce inForce() {
        return signOff.active(VersionKind.LIFECYCLE_MAP)
                .map(v -> new InForce(v, read(v)))
                .orElseGet(() -> new InForce(null, LifecycleMapContent.standard()));
    }

    public LifecycleMapContent read(CosignedVersion version) {
        try {
            return mapper.readValue(version.content, LifecycleMapContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored life-cycle map does not read back", e);
        }
    }

    private SignOffService.Content content(String name, String description, LifecycleMapContent map) {
        List<FieldError> errors = map.validate();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream()
                    .map(e -> new Problem.FieldError(e.field(), e.message()))
                    .toList());
        }
        try {
            return new SignOffService.Content(name, description, mapper.writeValueAsString(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map must write as JSON", e);
        }
    }
}
