package com.tokenomics.scenario;

import com.tokenomics.scenario.ScenarioRequest.SystemInput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the analyses: compare, sweep and sensitivity. */
public final class AnalysisRequests {

    @Schema(description = "One workload on several systems (scenario + systems), or several whole scenarios.")
    public record CompareRequest(
            @Schema(description = "The scenario every system runs; its system, if any, is replaced.")
            ScenarioRequest scenario,
            @Schema(description = "2 to 10 systems: catalog ids or objects, as in a scenario.")
            List<SystemInput> systems,
            @Schema(description = "Instead of scenario + systems: 2 to 10 complete scenarios.")
            List<ScenarioRequest> scenarios) {
    }

    @Schema(description = "A scenario and one or two inputs to vary over a range or a list of values.")
    public record SweepRequest(ScenarioRequest scenario, List<SweepAxis> vary) {
    }

    @Schema(description = "An input to vary: from/to/points (linear or log scale), or explicit values.")
    public record SweepAxis(
            @Schema(description = "users, context, utilization, wacc, depreciationYears, electricityUsdPerKwh, pue, "
                    + "hostingUsdPerKwMonth, pricePerRackUsd, powerPerRackKw, tokensPerSecond, price, instances")
            String parameter,
            Double from,
            Double to,
            @Schema(description = "Points from from to to, both included; 2 to 1,000.") Double points,
            @Schema(enumeration = { "linear", "log" }) String scale,
            @Schema(description = "Explicit values instead of a range.") List<Double> values) {
    }

    @Schema(description = "A scenario and how far to move each input, in percent (default 20).")
    public record SensitivityRequest(ScenarioRequest scenario, Double deltaPercent) {
    }

    private AnalysisRequests() {
    }
}
