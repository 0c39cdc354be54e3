package com.necpgame.auth;

import com.necpgame.platform.problem.ProblemException;

/** Problems the platform has no factory for (a 401 with a specific code). */
public final class Problems {
    private Problems() {
    }

    public static ProblemException unauthorized(String code, String detail) {
        return new ProblemException(401, code, "Unauthorized", detail);
    }
}
