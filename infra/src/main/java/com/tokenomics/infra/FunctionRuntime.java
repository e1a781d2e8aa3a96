package com.tokenomics.infra;

import java.util.Locale;
import software.amazon.awscdk.services.lambda.Runtime;

/** The two ways the same application can run on Lambda; chosen with {@code -c runtime=native|jvm}. */
public enum FunctionRuntime {

    /**
     * GraalVM native executable ({@code bootstrap} in the zip) on the OS-only runtime. The handler string is
     * required by Lambda but ignored by provided runtimes.
     */
    NATIVE(Runtime.PROVIDED_AL2023, "not.used.in.provided.runtime", 512),

    /** The JVM build on the managed Java runtime, started from a SnapStart snapshot. */
    JVM(Runtime.JAVA_21, "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest", 1024);

    private final Runtime lambdaRuntime;
    private final String handler;
    private final int defaultMemoryMiB;

    FunctionRuntime(Runtime lambdaRuntime, String handler, int defaultMemoryMiB) {
        this.lambdaRuntime = lambdaRuntime;
        this.handler = handler;
        this.defaultMemoryMiB = defaultMemoryMiB;
    }

    public Runtime lambdaRuntime() {
        return lambdaRuntime;
    }

    public String handler() {
        return handler;
    }

    /** Lambda gives CPU in proportion to memory; the JVM needs more of both than the native executable. */
    public int defaultMemoryMiB() {
        return defaultMemoryMiB;
    }

    /** The value of the {@code runtime} context key that selects this runtime. */
    public String contextValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FunctionRuntime parse(String text) {
        for (FunctionRuntime runtime : values()) {
            if (runtime.contextValue().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return runtime;
            }
        }
        throw new IllegalArgumentException("runtime must be 'native' or 'jvm', got '" + text + "'");
    }
}
