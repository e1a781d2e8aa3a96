package com.tokenomics.scenario;

import static com.tokenomics.scenario.CatalogValues.lookUp;

import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogModel;
import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.catalog.Provenance;
import com.tokenomics.catalog.ThroughputReference;
import com.tokenomics.engine.Hardware;
import com.tokenomics.engine.Model;
import com.tokenomics.engine.PrecisionChoice;
import com.tokenomics.engine.Throughput;
import com.tokenomics.engine.ThroughputInput;
import com.tokenomics.engine.Workload;
import com.tokenomics.scenario.ScenarioRequest.DeploymentInput;
import com.tokenomics.scenario.ScenarioRequest.SystemInput;
import com.tokenomics.scenario.ScenarioRequest.WorkloadInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the throughput comes from: the caller's figure, a measured result from the catalog (with a warning of how it
 * differs from this scenario), or the estimator, which latency targets and "max" users need.
 */
final class ThroughputResolver {

    private static final String AUTO = "auto";
    private static final String ESTIMATE = "estimate";
    private static final double MS_PER_S = 1_000;

    private final Catalog catalog;
    private final EstimateResolver estimates;

    ThroughputResolver(Catalog catalog, EstimateResolver estimates) {
        this.catalog = catalog;
        this.estimates = estimates;
    }

    ThroughputInput resolve(DeploymentInput given, WorkloadInput workloadInput, CatalogModel model,
            CatalogSystem system, SystemInput systemInput, Model engineModel, Hardware hardware,
            RequestedWorkload requested, String weightsFormat, PrecisionChoice precision, Inputs in) {
        Double targetMs = latencyTarget(workloadInput, in);
        boolean fourBitMath = EstimateResolver.fourBitMath(system, systemInput, weightsFormat, precision);
        Double firstTokenMs = workloadInput == null ? null : in.optional(workloadInput.targetTimeToFirstTokenMs(),
                "/workload/targetTimeToFirstTokenMs", Limits.TARGET_FIRST_TOKEN_MS);
        if (firstTokenMs != null && Double.isNaN(firstTokenMs)) {
            firstTokenMs = null;
        }
        boolean maxUsers = requested != null && requested.maxUsers();
        Workload workload = requested == null ? null : requested.sized();
        if (given.tokensPerSecond() != null) {
            if (given.throughputReference() != null) {
                in.error("/deployment/throughputReference", "give either tokensPerSecond or throughputReference, "
                        + "not both.");
            }
            if (maxUsers) {
                in.error("/workload/users", "\"max\" asks the estimator how many users fit; with "
                        + "deployment.tokensPerSecond give the number of users instead.");
            }
            double tokensPerSecond = in.required(given.tokensPerSecond(), "/deployment/tokensPerSecond",
                    Limits.TOKENS_PER_SECOND);
            return ThroughputInput.total(tokensPerSecond, Throughput.GIVEN);
        }
        boolean needsEstimator = targetMs != null || firstTokenMs != null || maxUsers;
        String method = in.text(given.throughputMethod() == null ? null
                        : given.throughputMethod().trim().toLowerCase(Locale.ROOT), "/deployment/throughputMethod",
                Fallback.rule(needsEstimator ? ESTIMATE : AUTO, "a measured result for this model and system "
                        + "when the catalog has one, else the estimator"));
        if (!List.of(AUTO, ESTIMATE).contains(method)) {
            in.error("/deployment/throughputMethod", "must be auto or estimate; got \"" + Text.clip(method) + "\".");
        }
        if (ESTIMATE.equals(method) || needsEstimator) {
            if (AUTO.equals(given.throughputMethod() == null ? null : method) && needsEstimator) {
                in.error("/deployment/throughputMethod", "auto would take a measured result, which cannot meet a "
                        + "latency target or choose the users; use estimate, or leave it out.");
            }
            return estimates.resolve(given, system, systemInput, engineModel, hardware, requested, targetMs,
                    firstTokenMs, fourBitMath, in);
        }
        ThroughputReference reference = null;
        if (given.throughputReference() != null) {
            reference = lookUp(given.throughputReference(), "/deployment/throughputReference",
                    catalog::throughputReference, catalog.throughputReferences(), in);
        } else if (model != null && system != null) {
            reference = catalog.bestThroughputReference(model.id(), system.id()).orElse(null);
        }
        if (reference == null) {
            return estimates.resolve(given, system, systemInput, engineModel, hardware, requested, null, null,
                    fourBitMath, in);
        }
        Provenance provenance = reference.provenance("tokensPerSecond");
        in.structure("/deployment/throughputReference", reference.id(), Fallback.catalog(null, provenance));
        double perChip = in.required(null, "/deployment/tokensPerSecondPerChip", Limits.TOKENS_PER_SECOND_PER_CHIP,
                Fallback.derived(reference.tokensPerSecondPerAccelerator(),
                        "tokensPerSecond " + Limit.format(reference.tokensPerSecond()) + " / "
                                + reference.accelerators() + " accelerators of " + reference.id(), provenance));
        warnAboutReference(reference, model, system, workload, weightsFormat, in);
        return ThroughputInput.perChip(perChip, reference.id());
    }

    /** A target time per output token, given as such or as tokens per second per user. */
    private static Double latencyTarget(WorkloadInput workload, Inputs in) {
        if (workload == null) {
            return null;
        }
        if (workload.targetTimePerOutputTokenMs() != null && workload.targetTokensPerSecondPerUser() != null) {
            in.error("/workload/targetTokensPerSecondPerUser", "give either targetTimePerOutputTokenMs or "
                    + "targetTokensPerSecondPerUser, not both.");
            return null;
        }
        Double perUser = in.optional(workload.targetTokensPerSecondPerUser(), "/workload/targetTokensPerSecondPerUser",
                Limits.TARGET_TOKENS_PER_SECOND_PER_USER);
        if (perUser != null) {
            return Double.isNaN(perUser) ? null : MS_PER_S / perUser;
        }
        Double ms = in.optional(workload.targetTimePerOutputTokenMs(), "/workload/targetTimePerOutputTokenMs",
                Limits.TARGET_MS);
        return ms == null || Double.isNaN(ms) ? null : ms;
    }

    private static void warnAboutReference(ThroughputReference reference, CatalogModel model, CatalogSystem system,
            Workload workload, String weightsFormat, Inputs in) {
        in.warn("THROUGHPUT_FROM_BENCHMARK", "/deployment/throughputReference", String.format(Locale.ROOT,
                "Throughput from %s %s, %s on %d× %s (%s, %s division): %s output tokens/s, %s per chip, scaled to "
                        + "the chips paid for. Benchmarks count output tokens and run tuned software; give "
                        + "deployment.tokensPerSecond when you have your own figure.",
                reference.round(), reference.submitter(), reference.modelId(), reference.accelerators(),
                reference.platform(), reference.scenario(), reference.division() == null ? "unknown"
                        : reference.division(),
                Limit.format(reference.tokensPerSecond()), Limit.format(reference.tokensPerSecondPerAccelerator())));
        List<String> differences = new ArrayList<>();
        if (model == null || !model.id().equals(reference.modelId())) {
            differences.add("it measured " + reference.modelId() + ", not this model");
        }
        if (system == null || !system.id().equals(reference.systemId())) {
            differences.add("it ran on " + reference.systemId() + ", not this system");
        }
        if (reference.precision() != null && !reference.precision().equals(weightsFormat)) {
            differences.add("its weights were " + reference.precision() + ", these are "
                    + (weightsFormat == null ? "given in bytes" : weightsFormat));
        }
        ThroughputReference.Workload benchmark = reference.workload();
        if (benchmark != null && workload != null && benchmark.maxInputTokens() != null
                && benchmark.meanOutputTokens() != null) {
            double benchmarkContext = benchmark.maxInputTokens() + benchmark.meanOutputTokens();
            if (workload.contextTokens() > benchmarkContext) {
                differences.add(String.format(Locale.ROOT, "its requests held at most about %s tokens (inputs ≤ %d, "
                        + "%s output tokens on average), these hold %d", Limit.format(Math.ceil(benchmarkContext)),
                        benchmark.maxInputTokens(), Limit.format(benchmark.meanOutputTokens()),
                        workload.contextTokens()));
            }
        }
        if (!differences.isEmpty()) {
            in.warn("WORKLOAD_DIFFERS", "/deployment/throughputReference", "The measured throughput is for another "
                    + "workload: " + String.join("; ", differences) + ". Treat the cost per token as indicative.");
        }
    }
}
