package com.tokenomics.engine;

/**
 * What the deployment serves at its peak.
 *
 * @param users        concurrent users (sequences) over the whole deployment
 * @param inputTokens  prompt tokens per user
 * @param outputTokens generated tokens per user; the KV cache holds input + output at the end (the article's peak)
 */
public record Workload(long users, long inputTokens, long outputTokens) {

    Workload withUsers(long users) {
        return new Workload(users, inputTokens, outputTokens);
    }

    public long contextTokens() {
        return inputTokens + outputTokens;
    }
}
