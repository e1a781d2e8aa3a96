package com.tokenomics.scenario;

import com.tokenomics.engine.Workload;
import com.tokenomics.scenario.ScenarioRequest.WorkloadInput;

/** The workload: the users (a number, or "max" for the estimator to choose) and the requests' lengths. */
final class WorkloadResolver {

    static RequestedWorkload resolve(WorkloadInput workload, Inputs in) {
        if (workload == null) {
            in.error("/workload", "is required: an object with users and contextTokens (or inputTokens and "
                    + "outputTokens).");
            return null;
        }
        UsersInput usersInput = workload.users();
        boolean max = usersInput != null && usersInput.max();
        if (usersInput != null && usersInput.invalid() != null) {
            in.error("/workload/users", "must be a whole number of users from 1 to 100,000,000, or \"max\" for as "
                    + "many as memory and the latency targets allow; got " + Text.clip(usersInput.invalid()) + ".");
        }
        double users = 1;
        if (max) {
            in.text(UsersInput.MAX, "/workload/users", Fallback.none());
        } else if (usersInput == null || usersInput.invalid() == null) {
            users = in.required(usersInput == null ? null : usersInput.count(), "/workload/users", Limits.USERS);
        }
        if (workload.inputTokens() == null && workload.outputTokens() == null) {
            double context = in.required(workload.contextTokens(), "/workload/contextTokens", Limits.CONTEXT);
            return new RequestedWorkload(new Workload((long) users, (long) context, 0), context, 0, max);
        }
        double input = in.required(workload.inputTokens(), "/workload/inputTokens", Limits.MEAN_INPUT_TOKENS);
        double output = in.required(workload.outputTokens(), "/workload/outputTokens", Limits.MEAN_OUTPUT_TOKENS,
                Fallback.rule(0.0, "no generated tokens given"));
        if (workload.contextTokens() != null) {
            double context = in.required(workload.contextTokens(), "/workload/contextTokens", Limits.CONTEXT);
            if (Inputs.valid(context, input, output) && context != Math.ceil(input) + Math.ceil(output)) {
                in.error("/workload/contextTokens", "is " + Limit.format(context) + " but inputTokens + "
                        + "outputTokens is " + Limit.format(input + output) + ": give one or the other.");
            }
        }
        return new RequestedWorkload(new Workload((long) users, (long) Math.ceil(input), (long) Math.ceil(output)),
                input, output, max);
    }

    private WorkloadResolver() {
    }
}
