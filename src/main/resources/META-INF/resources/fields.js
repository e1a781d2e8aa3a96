// Every input of the calculator: its flat parameter (the name GET /v1/evaluate and share links use, see
// QueryParameters.FIELDS), the JSON pointer of the scenario field it sets, and how it is shown. The page needs these
// before anything is fetched, to read a link and send its first evaluation; CalculatorPageFieldsTest holds them to
// the API's. What the API declares besides (each parameter's range, unit and description, GET /v1/parameters) is
// not restated here: the page puts it on the inputs when the list arrives.
// kind: number (sent as a JSON number), text, select (text from a list), checkbox (true or absent).
// unit: the page's own words where they say more than the API's unit (tokens per user, % of the year); without
// them the input shows the API's.
// percent: the API takes a fraction (utilization 0.6), the form shows and reads a percentage (60).

export const GROUPS = [
  { id: 'model', legend: 'Model' },
  { id: 'workload', legend: 'Workload' },
  { id: 'precision', legend: 'Precision' },
  { id: 'system', legend: 'System' },
  { id: 'deployment', legend: 'Deployment' },
  { id: 'finance', legend: 'Finance' },
  { id: 'market', legend: 'Market price' },
];

const PRECISIONS = ['fp32', 'fp16', 'bf16', 'fp8', 'int8', 'fp4', 'int4', 'mxfp4'];

export const FIELDS = [
  { param: 'model', pointer: '/model/id', group: 'model', kind: 'select', catalog: 'models',
    label: 'Model', unit: 'catalog', empty: 'Custom model (enter its architecture)' },
  { param: 'modelName', pointer: '/model/name', group: 'model', kind: 'text', advanced: true,
    label: 'Name' },
  { param: 'parameters', pointer: '/model/parameters', group: 'model', kind: 'number', advanced: true,
    requiredForCustom: true, label: 'Parameters', unit: 'count, all experts', hint: 'e.g. 70e9' },
  { param: 'activeParameters', pointer: '/model/activeParameters', group: 'model', kind: 'number', advanced: true,
    label: 'Active parameters', unit: 'count per token' },
  { param: 'layers', pointer: '/model/layers', group: 'model', kind: 'number', advanced: true,
    requiredForCustom: true, label: 'Layers' },
  { param: 'hiddenSize', pointer: '/model/hiddenSize', group: 'model', kind: 'number', advanced: true,
    requiredForCustom: true, label: 'Hidden size' },
  { param: 'attentionHeads', pointer: '/model/attentionHeads', group: 'model', kind: 'number', advanced: true,
    requiredForCustom: true, label: 'Attention heads' },
  { param: 'kvHeads', pointer: '/model/kvHeads', group: 'model', kind: 'number', advanced: true,
    label: 'KV heads' },
  { param: 'headDim', pointer: '/model/headDim', group: 'model', kind: 'number', advanced: true,
    label: 'Head dimension' },
  { param: 'attention', pointer: '/model/attention/type', group: 'model', kind: 'select', advanced: true,
    label: 'Attention', unit: 'type', options: [['gqa', 'GQA (also MHA, MQA)'], ['mla', 'MLA (DeepSeek)']] },
  { param: 'kvLoraRank', pointer: '/model/attention/kvLoraRank', group: 'model', kind: 'number', advanced: true,
    label: 'MLA latent rank' },
  { param: 'qkRopeHeadDim', pointer: '/model/attention/qkRopeHeadDim', group: 'model', kind: 'number',
    advanced: true, label: 'MLA RoPE key width' },

  { param: 'users', pointer: '/workload/users', group: 'workload', kind: 'number',
    label: 'Concurrent users' },
  { param: 'context', aliases: ['contextTokens'], pointer: '/workload/contextTokens', group: 'workload',
    kind: 'number', label: 'Context', unit: 'tokens per user', hint: 'or input + output' },
  { param: 'input', aliases: ['inputTokens'], pointer: '/workload/inputTokens', group: 'workload', kind: 'number',
    label: 'Input', unit: 'tokens per user' },
  { param: 'output', aliases: ['outputTokens'], pointer: '/workload/outputTokens', group: 'workload',
    kind: 'number', label: 'Output', unit: 'tokens per user' },
  { param: 'targetTimePerOutputTokenMs', pointer: '/workload/targetTimePerOutputTokenMs', group: 'workload',
    kind: 'number', advanced: true, label: 'Latency target',
    hint: 'the estimator batches at most as many users as meet it' },
  { param: 'targetTokensPerSecondPerUser', pointer: '/workload/targetTokensPerSecondPerUser', group: 'workload',
    kind: 'number', advanced: true, label: 'Interactivity target',
    hint: 'instead of the latency target' },
  { param: 'targetTimeToFirstTokenMs', pointer: '/workload/targetTimeToFirstTokenMs', group: 'workload',
    kind: 'number', advanced: true, label: 'First-token target', unit: 'ms, 99th percentile',
    hint: 'queueing for prefill included' },

  { param: 'weights', pointer: '/precision/weights', group: 'precision', kind: 'select',
    label: 'Weights', unit: 'format', options: PRECISIONS.map((id) => [id, id.toUpperCase()]) },
  { param: 'kvCache', pointer: '/precision/kvCache', group: 'precision', kind: 'select',
    label: 'KV cache', unit: 'format', options: PRECISIONS.map((id) => [id, id.toUpperCase()]) },
  { param: 'weightsBytes', pointer: '/precision/weightsBytes', group: 'precision', kind: 'number', advanced: true,
    label: 'Weight bytes', hint: 'instead of a format' },
  { param: 'kvCacheBytes', pointer: '/precision/kvCacheBytes', group: 'precision', kind: 'number', advanced: true,
    label: 'KV cache bytes', hint: 'instead of a format' },

  { param: 'system', pointer: '/system/id', group: 'system', kind: 'select', catalog: 'systems',
    label: 'System', unit: 'catalog', empty: 'Custom system (enter its figures)' },
  { param: 'systemName', pointer: '/system/name', group: 'system', kind: 'text', advanced: true,
    label: 'Name' },
  { param: 'rackUnit', pointer: '/system/rackUnit', group: 'system', kind: 'text', advanced: true,
    label: 'Rack unit', unit: 'what one rack is' },
  { param: 'memoryPerChipGiB', pointer: '/system/memoryPerChipGiB', group: 'system', kind: 'number',
    advanced: true, label: 'HBM per chip' },
  { param: 'sramPerChipGiB', pointer: '/system/sramPerChipGiB', group: 'system', kind: 'number', advanced: true,
    label: 'SRAM per chip', hint: 'used when there is no HBM' },
  { param: 'chipsPerRack', pointer: '/system/chipsPerRack', group: 'system', kind: 'number', advanced: true,
    label: 'Chips per rack' },
  { param: 'powerPerRackKw', pointer: '/system/powerPerRackKw', group: 'system', kind: 'number', advanced: true,
    label: 'Power per rack', unit: 'kW (IT)' },
  { param: 'pricePerRackUsd', pointer: '/system/pricePerRackUsd', group: 'system', kind: 'number', advanced: true,
    label: 'Price per rack' },
  { param: 'memoryBandwidthTBps', pointer: '/system/memoryBandwidthTBps', group: 'system', kind: 'number',
    advanced: true, label: 'Memory bandwidth', unit: 'TB/s per chip' },
  { param: 'peakTflops', pointer: '/system/peakTflops', group: 'system', kind: 'number', advanced: true,
    label: 'Peak dense compute', unit: 'TFLOPS per chip' },
  { param: 'scaleUpDomainChips', pointer: '/system/scaleUpDomainChips', group: 'system', kind: 'number',
    advanced: true, label: 'Scale-up domain', unit: 'chips on the fast interconnect' },
  { param: 'scaleUpBandwidthGBps', pointer: '/system/scaleUpBandwidthGBps', group: 'system', kind: 'number',
    advanced: true, label: 'Scale-up bandwidth' },

  { param: 'racks', pointer: '/deployment/racks', group: 'deployment', kind: 'number',
    label: 'Racks bought' },
  { param: 'instances', pointer: '/deployment/instances', group: 'deployment', kind: 'number',
    label: 'Instances', unit: 'model copies' },
  { param: 'tokensPerSecond', pointer: '/deployment/tokensPerSecond', group: 'deployment', kind: 'number',
    label: 'Throughput', unit: 'tokens/s, whole deployment', placeholder: 'benchmark or estimate',
    hint: 'empty: a benchmark or the estimate' },
  { param: 'throughputReference', pointer: '/deployment/throughputReference', group: 'deployment',
    kind: 'select', catalog: 'throughput', label: 'Benchmark', unit: 'MLPerf reference',
    empty: 'Best match for this model and system' },
  { param: 'throughputMethod', pointer: '/deployment/throughputMethod', group: 'deployment', kind: 'select',
    advanced: true, label: 'Throughput method', unit: 'without a given throughput',
    options: [['auto', 'Benchmark, else estimate'], ['estimate', 'Always estimate']] },
  { param: 'capexBasis', pointer: '/deployment/capexBasis', group: 'deployment', kind: 'select',
    label: 'Capex basis', unit: 'rack or chip',
    options: [['rack', 'Whole racks'], ['chip', 'Chips used (share of a rack)']] },
  { param: 'fillRacks', pointer: '/deployment/fillRacks', group: 'deployment', kind: 'checkbox',
    label: 'Fill the racks with copies', unit: 'scales the throughput' },
  { param: 'runtimeReserveFraction', pointer: '/deployment/runtimeReserveFraction', group: 'deployment',
    kind: 'number', percent: true, label: 'Runtime reserve', unit: '% of weights + KV' },
  { param: 'servingStack', pointer: '/deployment/servingStack', group: 'deployment', kind: 'select',
    advanced: true, label: 'Serving stack', unit: 'for the estimate',
    options: [['tuned', 'Tuned (benchmark-grade)'], ['default', 'A framework at its defaults']] },
  { param: 'chipsPerInstance', pointer: '/deployment/chipsPerInstance', group: 'deployment', kind: 'number',
    advanced: true, label: 'Chips per instance', unit: 'empty: the estimator chooses' },
  { param: 'tensorParallel', pointer: '/deployment/tensorParallel', group: 'deployment', kind: 'number',
    advanced: true, label: 'Tensor parallel', unit: 'chips per layer' },
  { param: 'expertParallel', pointer: '/deployment/expertParallel', group: 'deployment', kind: 'number',
    advanced: true, label: 'Expert parallel', unit: 'chips the experts spread over' },
  { param: 'pipelineParallel', pointer: '/deployment/pipelineParallel', group: 'deployment', kind: 'number',
    advanced: true, label: 'Pipeline parallel', unit: 'stages' },

  { param: 'preset', pointer: '/finance/preset', group: 'finance', kind: 'select', catalog: 'presets',
    label: 'Finance preset', unit: 'catalog' },
  { param: 'depreciationYears', pointer: '/finance/depreciationYears', group: 'finance', kind: 'number',
    label: 'Depreciation' },
  { param: 'wacc', pointer: '/finance/wacc', group: 'finance', kind: 'number', percent: true,
    label: 'Cost of capital (WACC)', unit: '% per year' },
  { param: 'electricityUsdPerKwh', pointer: '/finance/electricityUsdPerKwh', group: 'finance', kind: 'number',
    label: 'Electricity' },
  { param: 'pue', pointer: '/finance/pue', group: 'finance', kind: 'number', label: 'PUE' },
  { param: 'hostingUsdPerKwMonth', pointer: '/finance/hostingUsdPerKwMonth', group: 'finance', kind: 'number',
    label: 'Colocation' },
  { param: 'utilization', pointer: '/finance/utilization', group: 'finance', kind: 'number', percent: true,
    label: 'Utilization', unit: '% of the year' },
  { param: 'averagePowerFraction', pointer: '/finance/averagePowerFraction', group: 'finance', kind: 'number',
    percent: true, label: 'Average power', unit: '% of rated' },

  { param: 'priceId', pointer: '/market/priceId', group: 'market', kind: 'select', catalog: 'prices',
    label: 'Catalog price', unit: 'provider list price', empty: 'None' },
  { param: 'price', aliases: ['usdPerMillionTokens'], pointer: '/market/usdPerMillionTokens', group: 'market',
    kind: 'number', label: 'Blended price' },
  { param: 'inputUsdPerMillionTokens', pointer: '/market/inputUsdPerMillionTokens', group: 'market',
    kind: 'number', label: 'Input price' },
  { param: 'outputUsdPerMillionTokens', pointer: '/market/outputUsdPerMillionTokens', group: 'market',
    kind: 'number', label: 'Output price' },
  { param: 'inputTokenShare', pointer: '/market/inputTokenShare', group: 'market', kind: 'number',
    percent: true, label: 'Input token share', unit: '% of all tokens' },
];

const BY_PARAM = new Map();
for (const field of FIELDS) {
  BY_PARAM.set(field.param, field);
  for (const alias of field.aliases || []) {
    BY_PARAM.set(alias, field);
  }
}

/** The field a query parameter sets (by its name or an alias), or undefined. */
function fieldOfParam(name) {
  return BY_PARAM.get(name);
}

/** The input an API error or warning points at, or undefined (a whole section such as /market, or a list). */
export function fieldOfPointer(pointer) {
  if (!pointer) {
    return undefined;
  }
  return FIELDS.find((field) => field.pointer === pointer);
}

/** A typed number as the API reads it: thousands separators and spaces are allowed, "70e9" too. */
function parseNumber(text) {
  const cleaned = text.replace(/[,_\s]/g, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) {
    return undefined;
  }
  return Number(cleaned);
}

/**
 * The scenario JSON of a set of flat values (param → string), as QueryParameters builds it on the server.
 * A number that does not parse is sent as the text typed, so the API names the field in its problem document.
 */
export function scenarioOf(values) {
  const scenario = {};
  for (const field of FIELDS) {
    const raw = values[field.param];
    if (raw === undefined || raw === '') {
      continue;
    }
    let value = raw;
    if (field.kind === 'number') {
      const number = parseNumber(raw);
      value = number === undefined ? raw : number;
    } else if (field.kind === 'checkbox') {
      value = raw === 'true';
    }
    const parts = field.pointer.substring(1).split('/');
    let node = scenario;
    for (const part of parts.slice(0, -1)) {
      node[part] = node[part] || {};
      node = node[part];
    }
    node[parts[parts.length - 1]] = value;
  }
  return scenario;
}

/** Share links name the model and the system first, as the Slack command's links do. */
const SHARE_ORDER = [...FIELDS].sort((a, b) => leading(a) - leading(b));

function leading(field) {
  const index = ['model', 'system'].indexOf(field.param);
  return index < 0 ? 2 : index;
}

/**
 * The share query (without "?") of a set of flat values: canonical names, the model and system first, numbers without
 * the separators a person may type ("10,000" → 10000), which the API, the widget and the badge do not read in an
 * address. A number that does not parse stays as typed, so that whoever opens the link sees the same error.
 */
export function queryOf(values) {
  const query = new URLSearchParams();
  for (const field of SHARE_ORDER) {
    const raw = values[field.param];
    if (raw !== undefined && raw !== '') {
      const plain = field.kind === 'number' && parseNumber(raw) !== undefined ? raw.replace(/[,_\s]/g, '') : raw;
      query.append(field.param, plain);
    }
  }
  return query.toString();
}

/** Flat values from a query string; unknown names are returned apart so that the page can say so. */
export function valuesOfQuery(search) {
  const values = {};
  const unknown = [];
  for (const [name, value] of new URLSearchParams(search)) {
    const field = fieldOfParam(name);
    if (field) {
      values[field.param] = field.kind === 'number' ? value.trim() : value;
    } else {
      unknown.push(name);
    }
  }
  return { values, unknown };
}

/** A fraction as the form shows a percent field: 0.6 → "60". */
export function percentOf(fraction) {
  const number = parseNumber(fraction);
  return number === undefined ? fraction : String(Number((number * 100).toPrecision(12)));
}

/** What is typed in a percent field, as the API's fraction: "60" or "60 %" → "0.6"; other text as typed. */
export function fractionOf(typed) {
  const number = parseNumber(typed.replace(/%$/, '').trim());
  return number === undefined ? typed : String(Number((number / 100).toPrecision(12)));
}
