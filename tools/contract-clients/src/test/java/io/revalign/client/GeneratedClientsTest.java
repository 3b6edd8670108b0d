package io.revalign.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.client.gateway.api.GatewayApi;
import io.revalign.client.gateway.model.Route;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clients generated from the four committed contracts compiled (or this module would not build);
 * here the gateway's client is used as an integrator would: methods named by operationId, models
 * that read the contract's own example.
 */
class GeneratedClientsTest {

    @Test
    void gatewayOperationsAreNamedByTheirOperationIds() {
        assertTrue(
                Arrays.stream(GatewayApi.class.getMethods())
                        .anyMatch(m -> m.getName().equals("listRoutes")),
                "listRoutes, not apiGatewayRoutesGet");
        assertTrue(Arrays.stream(GatewayApi.class.getMethods())
                .noneMatch(m -> m.getName().startsWith("api")));
    }

    @Test
    void generatedModelsReadTheContractsExamples() throws Exception {
        List<Route> routes = new io.revalign.client.gateway.JSON()
                .getMapper()
                .readValue(
                        """
                        [{"service": "lead", "prefixes": ["/api/leads"], "contract": "/openapi/lead", "ready": true,
                          "circuit": "OPEN"}]""",
                        new ObjectMapper().getTypeFactory().constructCollectionType(List.class, Route.class));
        assertEquals("lead", routes.get(0).getService());
        assertEquals(
                io.revalign.client.gateway.model.Circuit.OPEN, routes.get(0).getCircuit());
    }
}
