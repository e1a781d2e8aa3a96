package com.tokenomics.scenario;

import com.tokenomics.engine.Workload;

/**
 * The workload as memory is sized for it (whole tokens, rounded up; one user per instance until the estimator
 * chooses for "max"), and the requests' mean lengths as given, for the estimator.
 */
record RequestedWorkload(Workload sized, double meanInputTokens, double meanOutputTokens, boolean maxUsers) {
}
