package com.tokenomics.catalog;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Where a catalog value comes from. {@code confidence}: verified, secondary or unverified. */
@RegisterForReflection
public record Provenance(String source, String asOf, String confidence) {

    public static final String VERIFIED = "verified";
    public static final String SECONDARY = "secondary";
    public static final String UNVERIFIED = "unverified";

    public boolean unverified() {
        return UNVERIFIED.equals(confidence);
    }
}
