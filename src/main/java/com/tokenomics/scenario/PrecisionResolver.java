package com.tokenomics.scenario;

import com.tokenomics.catalog.CatalogModel;
import com.tokenomics.engine.Precision;
import com.tokenomics.engine.PrecisionChoice;
import com.tokenomics.scenario.ScenarioRequest.PrecisionInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The bytes per element of the weights and of the KV cache, given by format name or in bytes. */
final class PrecisionResolver {

    private static final String DEFAULT_PRECISION = "bf16";

    /** The weights' format name, when known by name, for matching Limits.TFLOPS and measured references. */
    static String weightsFormat(PrecisionInput precision, CatalogModel entry) {
        if (precision.weightsBytes() != null) {
            return null;
        }
        String name = precision.weights() != null ? precision.weights()
                : entry != null ? entry.defaultPrecision() : DEFAULT_PRECISION;
        return Precision.fromId(name).map(Precision::id).orElse(null);
    }

    static PrecisionChoice resolve(PrecisionInput given, CatalogModel entry, Inputs in) {
        Fallback weightsDefault = entry != null
                ? Fallback.catalog(entry.defaultPrecision(), entry.provenance("defaultPrecision"))
                : Fallback.rule(DEFAULT_PRECISION, "16-bit weights unless told otherwise");
        double weightBytes = bytes(given.weights(), given.weightsBytes(), "/precision/weights",
                "/precision/weightsBytes", weightsDefault, in);
        double kvBytes;
        if (given.kvCache() == null && given.kvCacheBytes() == null && given.weightsBytes() != null) {
            kvBytes = in.required(null, "/precision/kvCacheBytes", Limits.BYTES_PER_ELEMENT,
                    Fallback.rule(Double.isNaN(weightBytes) ? null : weightBytes, "same as the weights"));
        } else {
            // An 8- or 4-bit weight format says nothing of the cache, which serving stacks keep in 16 bits unless
            // told otherwise; a 16- or 32-bit one is kept as it is.
            String weightsName = given.weights() != null ? given.weights() : (String) weightsDefault.value();
            Fallback kvDefault = Precision.fromId(weightsName)
                    .filter(format -> format.bytesPerElement() >= 2)
                    .map(format -> Fallback.rule(format.id(), "same as the weights"))
                    .orElse(Fallback.rule(DEFAULT_PRECISION, "16-bit KV cache unless told otherwise"));
            kvBytes = bytes(given.kvCache(), given.kvCacheBytes(), "/precision/kvCache", "/precision/kvCacheBytes",
                    kvDefault, in);
        }
        return new PrecisionChoice(weightBytes, kvBytes);
    }

    private static double bytes(String name, Double bytes, String nameField, String bytesField, Fallback fallback,
            Inputs in) {
        if (name != null && bytes != null) {
            in.error(bytesField, "give either " + nameField.substring(nameField.lastIndexOf('/') + 1) + " or "
                    + bytesField.substring(bytesField.lastIndexOf('/') + 1) + ", not both.");
            return Double.NaN;
        }
        if (bytes != null) {
            return in.required(bytes, bytesField, Limits.BYTES_PER_ELEMENT);
        }
        String chosen = in.text(name == null ? null : name.trim().toLowerCase(Locale.ROOT), nameField, fallback);
        return Precision.fromId(chosen).map(Precision::bytesPerElement).orElseGet(() -> {
            in.error(nameField, "must be one of " + precisionIds() + "; got \"" + Text.clip(chosen) + "\".");
            return Double.NaN;
        });
    }

    private static String precisionIds() {
        return Arrays.stream(Precision.values()).map(Precision::id).collect(Collectors.joining(", "));
    }

    private PrecisionResolver() {
    }
}
