package io.revalign.lead.service;

import java.util.Set;

/** Who asks: the token's user and the roles of its groups claim. */
public record Actor(String name, Set<String> roles) {

    /** The actor that scoring and jobs record when no person moved a lead. */
    public static final Actor QUALIFICATION = new Actor("qualification", Set.of());
}
