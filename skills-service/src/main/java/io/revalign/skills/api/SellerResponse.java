package io.revalign.skills.api;

import io.revalign.skills.domain.Seller;
import io.revalign.skills.domain.SellerRole;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seller of the roster. */
@Schema(name = "Seller")
public record SellerResponse(
        UUID id,
        String externalId,
        String name,
        String email,
        SellerRole role,
        String team,
        @Schema(nullable = true) String managerExternalId,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    public static SellerResponse from(Seller seller) {
        return new SellerResponse(
                seller.id,
                seller.externalId,
                seller.name,
                seller.email,
                seller.role,
                seller.team,
                seller.managerExternalId,
                seller.active,
                seller.createdAt,
                seller.updatedAt);
    }
}
