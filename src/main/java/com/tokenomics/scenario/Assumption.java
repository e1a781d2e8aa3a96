package com.tokenomics.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One input value the evaluation used, so that a result can be reproduced.
 *
 * @param origin     given (by the caller), preset (from a finance preset), catalog (from a catalog entry),
 *                   catalog-derived (computed from catalog values, see source) or
 *                   default (a rule of the calculator)
 * @param confidence for preset and catalog values: verified, secondary or unverified
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Assumption(String field, Object value, String unit, String origin, String source, String asOf,
        String confidence) {

    static final String GIVEN = "given";
    static final String PRESET = "preset";
    static final String DEFAULT = "default";
}
