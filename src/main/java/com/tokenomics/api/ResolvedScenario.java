package com.tokenomics.api;

import com.tokenomics.engine.Scenario;
import java.util.List;

/** A request turned into an engine scenario, with every value it used. */
public record ResolvedScenario(Scenario scenario, List<Assumption> assumptions) {
}
