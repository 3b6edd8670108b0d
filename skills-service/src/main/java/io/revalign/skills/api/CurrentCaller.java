package io.revalign.skills.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.revalign.skills.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request as the domain rules see it: the token's subject and roles. */
@ApplicationScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject()
                : identity.getPrincipal().getName();
        return new Caller(subject, identity.getRoles());
    }
}
