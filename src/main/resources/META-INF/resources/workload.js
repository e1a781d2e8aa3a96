// A context given without input and output, as the page and the widget send it: split 7 parts prompt to 1 part
// answer (8,000 → 7,000 + 1,000, the shape of a retrieval-augmented answer), so that the serving-model estimate,
// and with it the cost per million tokens, is there for the plainest scenario. The API itself keeps a context as
// given (memory only); the page and the widget say when they split one. The Slack command splits the same way
// (scenario/ContextSplit.java, held equal to this file by ContextSplitTest).

/** The share of a context that is generated. */
const OUTPUT_SHARE = 1 / 8;

/** input and output tokens of a context: 8000 → {input: 7000, output: 1000}. */
export function splitContext(contextTokens) {
  const output = Math.round(contextTokens * OUTPUT_SHARE);
  return { input: contextTokens - output, output };
}

/**
 * The scenario to send for a scenario JSON: a workload with a whole contextTokens and neither input nor output gets
 * them from the split instead. Answers {scenario, split} where split is null when nothing was split.
 */
export function withSplitContext(scenario) {
  const workload = scenario.workload;
  if (!workload || workload.inputTokens !== undefined || workload.outputTokens !== undefined
    || !Number.isInteger(workload.contextTokens) || workload.contextTokens < 2) {
    return { scenario, split: null };
  }
  const split = { context: workload.contextTokens, ...splitContext(workload.contextTokens) };
  const { contextTokens, ...rest } = workload;
  return { scenario: { ...scenario, workload: { ...rest, inputTokens: split.input, outputTokens: split.output } },
    split };
}

/** The same for the query of GET /v1/evaluate (the widget's address): context or contextTokens alone. */
export function withSplitContextQuery(query) {
  const names = ['context', 'contextTokens'].filter((name) => query.has(name));
  const given = ['input', 'inputTokens', 'output', 'outputTokens'].some((name) => query.has(name));
  const context = names.length === 1 ? Number(query.get(names[0])) : NaN;
  if (given || !Number.isInteger(context) || context < 2) {
    return { query, split: null };
  }
  const split = { context, ...splitContext(context) };
  const sent = new URLSearchParams(query);
  sent.delete(names[0]);
  sent.set('input', String(split.input));
  sent.set('output', String(split.output));
  return { query: sent, split };
}
