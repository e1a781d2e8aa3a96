package com.tokenomics.catalog;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A catalog number with where it comes from. {@code confidence}: verified, secondary or unverified. */
@RegisterForReflection
public record SourcedValue(double value, String source, String asOf, String confidence) {
}
