package com.tokenomics.scenario;

import com.tokenomics.engine.Scenario;
import java.util.List;

/** A request turned into an engine scenario, with every value it used and what to know about them. */
public record ResolvedScenario(Scenario scenario, List<Assumption> assumptions, List<Warning> warnings) {
}
