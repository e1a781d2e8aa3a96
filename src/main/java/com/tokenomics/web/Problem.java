package com.tokenomics.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tokenomics.scenario.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document: what went wrong, and for bad input every field with what is allowed there. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static final String INVALID_INPUT = "/problems/invalid-input";
    public static final String MALFORMED_JSON = "/problems/malformed-json";
    static final String HTTP = "about:blank";

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
