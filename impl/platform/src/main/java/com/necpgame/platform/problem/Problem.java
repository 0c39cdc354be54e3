package com.necpgame.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The RFC 9457 body every error of every service has ({@code specs/common/problem.yaml}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type,
                      String title,
                      int status,
                      String detail,
                      String instance,
                      String code,
                      List<FieldError> errors) {
}
