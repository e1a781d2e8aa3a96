package com.tokenomics.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import com.tokenomics.scenario.Warmup;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The application's one ObjectMapper: strict reading (unknown fields, duplicate keys and trailing content are errors)
 * and plain numbers in responses: 140000000000 rather than 1.4E11, and null rather than a non-finite number, which
 * JSON cannot carry.
 * <p>
 * It replaces Quarkus's default mapper, because it is built and warmed in a static initializer ({@link Warmup}), which
 * a native image runs while it is built: the function starts with Jackson's readers and writers for a scenario and its
 * answer already made, where building them by reflection at start was a sixth of the native start. What Quarkus's
 * default mapper would add with this application's (default) {@code quarkus.jackson.*} settings is added here.
 */
@Singleton
public class JsonConfig {

    /** Deeper than any scenario needs; bounds the work a hostile document can cause. */
    static final int MAX_NESTING_DEPTH = 32;

    private static final class Prepared {
        static final ObjectMapper MAPPER = Warmup.exercise(configuredMapper());
    }

    @Produces
    @Singleton
    @Startup
    ObjectMapper objectMapper() {
        return Prepared.MAPPER;
    }

    /** A new mapper with this application's settings, not warmed. */
    public static ObjectMapper configuredMapper() {
        ObjectMapper mapper = new ObjectMapper();
        // Quarkus's defaults: the modules it registers when they are on the class path, and ISO dates.
        mapper.registerModule(new Jdk8Module());
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(new ParameterNamesModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
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
        return mapper;
    }

    static final class PlainDoubleSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (!Double.isFinite(value)) {
                generator.writeNull();
            } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                generator.writeNumber(value.longValue());
            } else {
                // The shortest decimal that reads back as the same double, as Double.toString gives it since JDK 19
                // (Schubfach; JDK 17's older algorithm took a tenth of a request's time over some thirty figures and
                // sometimes wrote a digit too many). It is plain from 10^-3 to 10^7, where nearly every figure lies;
                // BigDecimal, five times slower, writes the others out.
                String shortest = NumberOutput.toString(value, true);
                generator.writeNumber(shortest.indexOf('E') < 0 ? shortest
                        : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
            }
        }
    }
}
