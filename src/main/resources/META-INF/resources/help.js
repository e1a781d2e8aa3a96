// What each input does to the figures, in one line, with the section of docs/formulas.md that has the whole formula.

export const FORMULAS_URL = '/docs/formulas.md';

const MEMORY = 'Memory';
const SIZING = 'Sizing';
const PAID = 'Hardware that is paid for';
const FINANCE = 'Finance';
const UNIT = 'Unit economics';
const ESTIMATOR = 'Throughput estimator';
const MARKET = 'Market check';

export const HELP = {
  model: ['A catalog model brings its architecture, each value with its source; choosing one replaces figures '
    + 'typed for a custom model.', MEMORY],
  parameters: ['Weights = parameters × bytes per weight × instances; a mixture of experts keeps every expert '
    + 'resident, so this is the total.', MEMORY],
  activeParameters: ['Parameters read per token (the experts a token uses): the estimator’s compute and weight '
    + 'traffic follow it.', ESTIMATOR],
  layers: ['KV cache per token = layers × 2 × KV heads × head dimension × bytes per element.', MEMORY],
  kvHeads: ['KV cache per token = layers × 2 × KV heads × head dimension × bytes per element.', MEMORY],
  headDim: ['Defaults to hidden size ÷ attention heads.', MEMORY],
  users: ['KV cache = KV per token × context × users; the estimator batches the users over instances.', MEMORY],
  context: ['Tokens each user holds at the peak (input + output). Given alone, the page sends it as 7 parts input '
    + 'to 1 part output, for the estimate.', MEMORY],
  input: ['Prompt tokens per request: prefill work and the time to the first token.', ESTIMATOR],
  output: ['Generated tokens per request: the decode steps the throughput estimate counts.', ESTIMATOR],
  weights: ['Bytes per weight: fp16/bf16 2, fp8/int8 1, fp4/int4 0.5.', MEMORY],
  kvCache: ['Bytes per KV cache element; defaults to the weights’ format when that is 16 or 32 bits, else bf16.', MEMORY],
  system: ['A catalog system brings its memory, rack, price and power, each with its source; choosing one '
    + 'replaces figures typed for a custom system.', SIZING],
  memoryPerChipGiB: ['Chips = total memory ÷ memory per chip, rounded up to whole chips.', SIZING],
  chipsPerRack: ['Racks = chips ÷ chips per rack, rounded up to whole racks.', SIZING],
  pricePerRackUsd: ['Capex = racks bought × price per rack (or the chips’ share on the chip basis).', PAID],
  powerPerRackKw: ['IT power = racks × power per rack; facility power = IT power × PUE.', FINANCE],
  tokensPerSecond: ['Tokens per year = tokens/s × utilization × 31,536,000; empty: a measured result or the '
    + 'estimate.', UNIT],
  capexBasis: ['Whole racks (as the article) or only the chips used.', PAID],
  fillRacks: ['Copies = ⌊chips in the racks bought ÷ chips needed⌋; throughput × copies.', PAID],
  depreciationYears: ['Annual capital = capex × CRF, CRF = r ÷ (1 − (1 + r)^−years).', FINANCE],
  wacc: ['r in the capital recovery factor: annual capital = capex × r ÷ (1 − (1 + r)^−years).', FINANCE],
  electricityUsdPerKwh: ['Annual energy = facility kW × 8,760 h × average power × $/kWh.', FINANCE],
  pue: ['Facility power = IT power × PUE (cooling and losses).', FINANCE],
  hostingUsdPerKwMonth: ['Annual hosting = IT kW × $/kW-month × 12.', FINANCE],
  utilization: ['Share of the year the deployment serves at full throughput: tokens per year = tokens/s × '
    + 'utilization × 31,536,000.', UNIT],
  averagePowerFraction: ['Energy counts the facility power × this share, all year.', FINANCE],
  price: ['The price checked against the cost: margin, break-even price and break-even utilization.', MARKET],
  inputTokenShare: ['Blended price = input share × input price + (1 − share) × output price.', MARKET],
};

/** The anchor GitHub and most Markdown viewers give a heading. */
export function anchorOf(heading) {
  return heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}
