package com.tokenomics.engine;

import java.util.Locale;
import java.util.Optional;

/** Numeric formats for weights and KV cache, with their storage size per element. */
public enum Precision {
    FP32(4.0),
    FP16(2.0),
    BF16(2.0),
    FP8(1.0),
    INT8(1.0),
    FP4(0.5),
    INT4(0.5),
    MXFP4(0.5);

    private final double bytesPerElement;

    Precision(double bytesPerElement) {
        this.bytesPerElement = bytesPerElement;
    }

    public double bytesPerElement() {
        return bytesPerElement;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Precision> fromId(String id) {
        for (Precision precision : values()) {
            if (precision.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(precision);
            }
        }
        return Optional.empty();
    }
}
