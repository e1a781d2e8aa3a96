package com.tokenomics.scenario;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** Where in a request Jackson stopped, as the JSON pointer every door's error names (RFC 6901 escapes). */
public final class JsonPointers {

    public static String of(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? "/" + Text.clip(reference.getFieldName()).replace("~", "~0").replace("/", "~1")
                        : "/" + Math.max(reference.getIndex(), 0))
                .collect(Collectors.joining());
    }

    private JsonPointers() {
    }
}
