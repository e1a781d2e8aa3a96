package com.tokenomics.infra;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything a deployment may vary, read from CDK context ({@code -c key=value} or cdk.json) with defaults.
 *
 * @param runtime               native (default) or jvm
 * @param zipPath               the application build's output, relative to infra/ when run by the CDK CLI
 * @param memoryMiB             Lambda memory; CPU share grows with it
 * @param timeoutSeconds        Lambda timeout; at most 30 s because API Gateway gives up at 30 s
 * @param throttleRatePerSecond steady-state request rate allowed by the stage
 * @param throttleBurst         requests allowed above the rate in a burst
 * @param slackSecretArn        an existing Secrets Manager secret to use instead of creating one
 * @param domainName            optional custom domain, e.g. tokenomics.example.com
 * @param certificateArn        ACM certificate for the custom domain, in the stack's region
 */
public record DeploySettings(
        FunctionRuntime runtime,
        String zipPath,
        int memoryMiB,
        int timeoutSeconds,
        double throttleRatePerSecond,
        int throttleBurst,
        Optional<String> slackSecretArn,
        Optional<String> domainName,
        Optional<String> certificateArn) {

    private static final String DEFAULT_ZIP_PATH = "../target/function.zip";
    private static final int DEFAULT_TIMEOUT_SECONDS = 10;
    private static final double DEFAULT_THROTTLE_RATE_PER_SECOND = 50;
    private static final int DEFAULT_THROTTLE_BURST = 100;

    private static final int API_GATEWAY_TIMEOUT_SECONDS = 30;

    public DeploySettings {
        if (memoryMiB < 128 || memoryMiB > 10_240) {
            throw new IllegalArgumentException("memoryMiB must be 128..10240 (Lambda's range), got " + memoryMiB);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > API_GATEWAY_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("timeoutSeconds must be 1..30 (API Gateway stops waiting at 30 s), got "
                    + timeoutSeconds);
        }
        if (!(throttleRatePerSecond > 0)) {
            throw new IllegalArgumentException("throttleRatePerSecond must be > 0, got " + throttleRatePerSecond);
        }
        if (throttleBurst < 1) {
            throw new IllegalArgumentException("throttleBurst must be >= 1, got " + throttleBurst);
        }
        if (domainName.isPresent() != certificateArn.isPresent()) {
            throw new IllegalArgumentException("domainName and certificateArn must be given together");
        }
    }

    /** Reads the settings through a context lookup such as {@code app.getNode()::tryGetContext}. */
    public static DeploySettings fromContext(Function<String, Object> context) {
        FunctionRuntime runtime = text(context, "runtime").map(FunctionRuntime::parse).orElse(FunctionRuntime.NATIVE);
        return new DeploySettings(
                runtime,
                text(context, "zip").orElse(DEFAULT_ZIP_PATH),
                wholeNumber(context, "memoryMiB").orElse(runtime.defaultMemoryMiB()),
                wholeNumber(context, "timeoutSeconds").orElse(DEFAULT_TIMEOUT_SECONDS),
                number(context, "throttleRatePerSecond").map(BigDecimal::doubleValue)
                        .orElse(DEFAULT_THROTTLE_RATE_PER_SECOND),
                wholeNumber(context, "throttleBurst").orElse(DEFAULT_THROTTLE_BURST),
                text(context, "slackSecretArn"),
                text(context, "domainName"),
                text(context, "certificateArn"));
    }

    // Context values arrive as strings from -c and as numbers from cdk.json; blank means "not given".
    private static Optional<String> text(Function<String, Object> context, String key) {
        return Optional.ofNullable(context.apply(key)).map(Object::toString).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static Optional<Integer> wholeNumber(Function<String, Object> context, String key) {
        return number(context, key).map(value -> {
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(key + " must be a whole number, got " + value, e);
            }
        });
    }

    private static Optional<BigDecimal> number(Function<String, Object> context, String key) {
        return text(context, key).map(value -> {
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a number, got '" + value + "'", e);
            }
        });
    }
}
