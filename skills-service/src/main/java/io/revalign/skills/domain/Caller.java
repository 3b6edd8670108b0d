package io.revalign.skills.domain;

import java.util.Set;

/** Who is asking: the token's subject (or upn) and the roles of its {@code groups} claim. */
public record Caller(String subject, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
