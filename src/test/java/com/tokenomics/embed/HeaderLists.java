package com.tokenomics.embed;

import io.restassured.http.Headers;
import java.util.Arrays;
import java.util.List;

/**
 * A list header's values, whether sent as one comma-separated line (server) or as several lines: the Lambda mock
 * event server splits them into multi-value headers.
 */
final class HeaderLists {

    static List<String> values(Headers headers, String name) {
        return headers.getValues(name).stream()
                .flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::trim)
                .toList();
    }

    private HeaderLists() {
    }
}
