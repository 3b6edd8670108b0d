package io.revalign.skills.service;

import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;

/** The 403 of a rule about who may do what to which seller. */
final class Refused {

    private Refused() {}

    static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }
}
