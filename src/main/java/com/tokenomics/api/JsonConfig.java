package com.tokenomics.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Strict reading (unknown fields, duplicate keys and trailing content are errors) and plain numbers in responses:
 * 140000000000 rather than 1.4E11, and null rather than a non-finite number, which JSON cannot carry.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    /** Deeper than any scenario needs; bounds the work a hostile document can cause. */
    static final int MAX_NESTING_DEPTH = 32;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // "users": "16", "fillRacks": 1 and "name": true are of another type than the schema's: refuse them, as the
        // docs say, rather than coerce them ("fillRacks": 2 read as true multiplied the throughput 72-fold).
        for (LogicalType numberOrFlag : new LogicalType[] { LogicalType.Float, LogicalType.Integer,
                LogicalType.Boolean }) {
            // "" and " " too: Jackson read them as a missing value, so "pue": "" silently took the preset's.
            mapper.coercionConfigFor(numberOrFlag).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setAcceptBlankAsEmpty(false);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        for (CoercionInputShape scalar : new CoercionInputShape[] { CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
        SimpleModule plainNumbers = new SimpleModule("plain-numbers");
        plainNumbers.addSerializer(Double.class, new PlainDoubleSerializer());
        plainNumbers.addSerializer(double.class, new PlainDoubleSerializer());
        mapper.registerModule(plainNumbers);
    }

    static final class PlainDoubleSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (!Double.isFinite(value)) {
                generator.writeNull();
            } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                generator.writeNumber(value.longValue());
            } else {
                // Double.toString is already plain and shortest from 10^-3 to 10^7, where nearly every figure lies;
                // BigDecimal, five times slower, writes the others out.
                String shortest = Double.toString(value);
                generator.writeNumber(shortest.indexOf('E') < 0 ? shortest
                        : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
            }
        }
    }
}
