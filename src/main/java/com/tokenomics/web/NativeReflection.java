package com.tokenomics.web;

import com.tokenomics.engine.Cost;
import com.tokenomics.engine.Estimate;
import com.tokenomics.engine.MarketCheck;
import com.tokenomics.engine.MemoryBreakdown;
import com.tokenomics.engine.Sizing;
import com.tokenomics.engine.Throughput;
import com.tokenomics.engine.UnitEconomics;
import com.tokenomics.scenario.AnalysisRequests;
import com.tokenomics.scenario.AnalysisResponses;
import com.tokenomics.scenario.Assumption;
import com.tokenomics.scenario.Calibrations;
import com.tokenomics.scenario.EvaluationResponse;
import com.tokenomics.scenario.FieldError;
import com.tokenomics.scenario.ScenarioRequest;
import com.tokenomics.scenario.UsersInput;
import com.tokenomics.scenario.Warning;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every type Jackson reads or writes, registered for a native image. Quarkus registers the types of resource
 * method signatures itself, but not always the records nested in them, and the engine cannot carry the annotation
 * (it has no framework imports). Each door registers its own answers' types where it declares them.
 */
@RegisterForReflection(targets = {
    ScenarioRequest.class, ScenarioRequest.ModelInput.class, ScenarioRequest.AttentionInput.class,
    ScenarioRequest.LayerGroupInput.class, ScenarioRequest.WorkloadInput.class, ScenarioRequest.PrecisionInput.class,
    ScenarioRequest.SystemInput.class, ScenarioRequest.DeploymentInput.class, ScenarioRequest.FinanceInput.class,
    ScenarioRequest.MarketInput.class, UsersInput.class,
    Calibrations.CalibrationFile.class, Calibrations.Parameters.class, Calibrations.Band.class,
    AnalysisRequests.CompareRequest.class, AnalysisRequests.SweepRequest.class, AnalysisRequests.SweepAxis.class,
    AnalysisRequests.SensitivityRequest.class,
    AnalysisResponses.Comparison.class, AnalysisResponses.ComparedEntry.class, AnalysisResponses.Sweep.class,
    AnalysisResponses.SweepPoint.class, AnalysisResponses.Tornado.class, AnalysisResponses.TornadoBar.class,
    EvaluationResponse.class, Assumption.class, Problem.class, FieldError.class,
    MemoryBreakdown.class, Sizing.class, Throughput.class, Estimate.class, Cost.class, UnitEconomics.class,
    MarketCheck.class, MarketCheck.Verdict.class, Warning.class,
    com.tokenomics.engine.Hardware.MemoryBasis.class, com.tokenomics.engine.CapexBasis.class })
final class NativeReflection {

    private NativeReflection() {
    }
}
