package io.revalign.lead.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.revalign.lead.domain.qualification.DefinitionValidator;
import io.revalign.lead.domain.qualification.LifecycleMapContent.StageRule;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes into the contract the bounds the domain checks on rule bodies (conditions, fit and
 * engagement rules, gates, stage rules): those records are domain types and carry no annotations,
 * so the numbers come from the domain's own constants and cannot drift from what is enforced.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RuleBoundsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        property(schemas, "Condition", "attribute").maxLength(DefinitionValidator.MAX_ATTRIBUTE_LENGTH);
        Schema values = property(schemas, "Condition", "values").maxItems(DefinitionValidator.MAX_VALUES);
        if (values.getItems() != null) {
            values.getItems().maxLength(DefinitionValidator.MAX_VALUE_LENGTH);
        }
        for (String rule : new String[] {"FitRule", "EngagementRule", "Gate"}) {
            property(schemas, rule, "name").maxLength(DefinitionValidator.MAX_NAME_LENGTH);
        }
        property(schemas, "EngagementRule", "activityType").maxLength(DefinitionValidator.MAX_ACTIVITY_TYPE_LENGTH);
        property(schemas, "StageRule", "description").maxLength(StageRule.MAX_DESCRIPTION_LENGTH);
        property(schemas, "StageRule", "entryCriteria").maxItems(StageRule.MAX_ENTRY_CRITERIA);
    }

    private static Schema property(Map<String, Schema> schemas, String schema, String property) {
        Schema owner = schemas.get(schema);
        Schema found = owner == null || owner.getProperties() == null
                ? null
                : owner.getProperties().get(property);
        if (found == null) {
            throw new IllegalStateException("the contract has no " + schema + "." + property + " to bound");
        }
        return found;
    }
}
