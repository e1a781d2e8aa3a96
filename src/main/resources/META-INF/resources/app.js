// The calculator page: a form of flat scenario parameters (the same names as GET /v1/evaluate and share links),
// evaluated by POST /v1/evaluate as the inputs change. The page computes nothing itself: every figure shown comes
// from the API, and every default shown comes from the evaluation's assumptions.

import {
  FIELDS, GROUPS, fieldOfPointer, fractionOf, percentOf, queryOf, scenarioOf, valuesOfQuery,
} from './fields.js';
import { FORMATS, decimal, exact, whole } from './format.js';
import { byId, debounce, element, problemMessages } from './dom.js';
import { chartOn, whenVisible } from './charts.js';
import { FORMULAS_URL, HELP, anchorOf } from './help.js';
import { withSplitContext } from './workload.js';
import { setUpShare } from './share.js';
import { applyParameter, loadParameters, messageFor } from './parameters.js';
import { setUpViews } from './views.js';

const EVALUATE_DELAY_MS = 250;

/**
 * What a visitor sees first: a catalog model and system with a market price, so every section has figures, and the
 * racks filled with instances, so that the cost is that of a rack at work (else one chip's estimated throughput would
 * pay for all 72 chips of the rack: RACK_PARTLY_USED).
 */
const DEFAULT_QUERY = 'model=llama-3.1-70b&system=gb200-nvl72&users=64&input=2000&output=500&price=0.9&fillRacks=true';

/** The article's worked example: 179.2 GiB on 144 GiB per chip → 1.24 chips. */
const ARTICLE_EXAMPLE = {
  modelName: 'Llama 3.1 70B (article)', parameters: '70e9', layers: '80', hiddenSize: '8192',
  attentionHeads: '64', kvHeads: '8', users: '16', context: '10000', weights: 'fp16', kvCache: 'fp16',
  systemName: 'NVIDIA GH200 (article)', memoryPerChipGiB: '144',
};

/**
 * Request shapes people compare systems on: tokens of prompt and of answer per request. Chat, RAG and reasoning are
 * the shapes of issue #15 (1k/1k, 8k/1k, 1k/8k); agentic is a long accumulated context of tool results with a short
 * next step (32k/1k).
 */
const WORKLOAD_PRESETS = [
  { id: 'chat', label: 'Chat', input: 1000, output: 1000 },
  { id: 'rag', label: 'RAG', input: 8000, output: 1000 },
  { id: 'reasoning', label: 'Reasoning', input: 1000, output: 8000 },
  { id: 'agentic', label: 'Agentic', input: 32000, output: 1000 },
];

/**
 * The inputs a catalog choice replaces: the figures of a custom entry (kept, they would override the entry's own and
 * could contradict it) and the choices that depend on the entry.
 */
const REPLACED_BY_CHOICE = {
  model: (field) => (field.group === 'model' && field.param !== 'model') || field.param === 'throughputReference',
  system: (field) => (field.group === 'system' && field.param !== 'system') || field.param === 'throughputReference',
  preset: (field) => field.group === 'finance' && field.param !== 'preset',
  priceId: (field) => ['price', 'inputUsdPerMillionTokens', 'outputUsdPerMillionTokens'].includes(field.param),
  throughputReference: (field) => field.param === 'tokensPerSecond',
};

/** Titles of the groups' collapsible parts, which hold the catalog entry's figures. */
const ADVANCED_TITLES = {
  model: 'Architecture',
  workload: 'Latency target',
  precision: 'Bytes per element',
  system: 'Chip and rack figures',
  deployment: 'Throughput method',
};

/** Which defaults a catalog choice replaces: they are forgotten until the next evaluation reports the new ones. */
const DEFAULTS_OF_CHOICE = {
  model: ['/model/', '/precision/', '/deployment/throughputReference', '/system/peakTflops'],
  system: ['/system/', '/deployment/throughputReference'],
  preset: ['/finance/'],
};

const state = {
  catalog: { models: [], systems: [], throughput: [], prices: [], presets: [] },
  /** param → {field, control, unit, row, reset, tag, origin, error} */
  inputs: new Map(),
  /** name → the API's declaration of the parameter (GET /v1/parameters); empty until it arrives */
  parameters: new Map(),
  /** pointer → the assumption (origin catalog, preset or default) the last evaluation used for it */
  defaults: new Map(),
  groups: new Map(),
  evaluation: null,
  scenario: null,
  sequence: 0,
  request: null,
  listeners: [],
  /** share queries of the default-learning evaluations already made */
  probed: new Set(),
  /** canvas id → the chart to draw there; the canvases being watched, and those seen */
  charts: new Map(),
  seen: new Set(),
  visible: new Set(),
  /** the frontier of the latest evaluation, drawn when its chart comes into view */
  frontierSequence: 0,
  frontierDraw: null,
};

// ---------------------------------------------------------------------------------------------------- the form

async function buildForm() {
  const container = byId('fieldsets');
  for (const group of GROUPS) {
    await nextTask();
    const message = element('p', { class: 'error', id: `group-${group.id}-error`, hidden: true });
    const fieldset = element('fieldset', { class: 'group', id: `group-${group.id}`,
      'aria-describedby': message.id }, element('legend', {}, group.legend), message);
    const fields = FIELDS.filter((field) => field.group === group.id);
    if (group.id === 'workload') {
      fieldset.append(workloadPresets(), element('p', { class: 'note split-note', id: 'split-note', hidden: true }));
    }
    for (const field of fields.filter((candidate) => !candidate.advanced)) {
      fieldset.append(buildField(field));
    }
    const advanced = fields.filter((field) => field.advanced);
    let details = null;
    if (advanced.length > 0) {
      details = element('details', { class: 'advanced', id: `group-${group.id}-details` },
        element('summary', {}, ADVANCED_TITLES[group.id]));
      for (const field of advanced) {
        details.append(buildField(field));
      }
      fieldset.append(details);
    }
    state.groups.set(group.id, { message, details });
    container.append(fieldset);
  }
}

function workloadPresets() {
  const buttons = WORKLOAD_PRESETS.map((preset) => {
    const button = element('button', { type: 'button', class: 'preset', 'data-preset': preset.id,
      'aria-describedby': 'workload-presets-note' },
    `${preset.label} ${preset.input / 1000}k/${preset.output / 1000}k`);
    button.addEventListener('click', () => {
      setValue('context', '');
      setValue('input', String(preset.input));
      setValue('output', String(preset.output));
      announceChoice(`${preset.label}: ${whole(preset.input)} input and ${whole(preset.output)} output tokens per `
        + 'request.');
      markOverrides();
      evaluate();
    });
    return button;
  });
  return element('div', { class: 'presets', role: 'group', 'aria-label': 'Workload presets' },
    element('span', { class: 'unit', id: 'workload-presets-note' }, 'Preset, input/output tokens:'), ...buttons);
}

function buildField(field) {
  const id = `f-${field.param}`;
  const origin = element('p', { class: 'origin', id: `${id}-origin` });
  const error = element('p', { class: 'error', id: `${id}-error`, hidden: true });
  const describedBy = `${id}-origin ${id}-error`;
  let control;
  if (field.kind === 'select') {
    control = element('select', { id, name: field.param, 'aria-describedby': describedBy },
      element('option', { value: '' }, field.empty || 'Default'));
    for (const [value, text] of field.options || []) {
      control.append(element('option', { value }, text));
    }
  } else if (field.kind === 'checkbox') {
    control = element('input', { id, name: field.param, type: 'checkbox', 'aria-describedby': describedBy });
  } else {
    control = element('input', {
      id, name: field.param, type: 'text', autocomplete: 'off', spellcheck: 'false',
      inputmode: field.kind === 'number' ? 'decimal' : false, 'aria-describedby': describedBy,
    });
  }
  const unit = element('span', { class: 'unit' }, field.unit);
  const label = element('label', { for: id }, element('span', { class: 'label' }, field.label), ' ', unit);
  const help = helpOf(field);
  const tag = element('span', { class: 'override-tag', hidden: true }, 'override');
  const reset = element('button', { type: 'button', class: 'reset', hidden: true }, '↺');
  reset.addEventListener('click', () => {
    setValue(field.param, '');
    control.focus();
    inputChanged(field);
  });
  const row = field.kind === 'checkbox'
    ? element('div', { class: 'field checkbox', 'data-param': field.param },
      element('div', { class: 'control' }, control, label, tag, reset), origin, error)
    : element('div', { class: 'field', 'data-param': field.param }, element('div', { class: 'label-row' }, label,
      help && help.button), element('div', { class: 'control' }, control, tag, reset), help && help.text, origin,
    error);
  if (field.kind === 'checkbox' && help) {
    row.firstChild.append(help.button);
    row.insertBefore(help.text, origin);
  }
  const input = { field, control, unit, row, reset, tag, origin, error };
  state.inputs.set(field.param, input);
  declare(input);
  control.addEventListener(field.kind === 'text' || field.kind === 'number' ? 'input' : 'change',
    () => inputChanged(field));
  return row;
}

/** The API's range, unit and description on an input, once the list of parameters is there. */
function declare(input) {
  const parameter = state.parameters.get(input.field.param);
  if (parameter) {
    applyParameter(input, parameter);
  }
}

/** A "?" that shows what the input does to the figures, with a link to its formula. */
function helpOf(field) {
  const entry = HELP[field.param];
  if (!entry) {
    return null;
  }
  const [text, section] = entry;
  const textId = `f-${field.param}-help`;
  const button = element('button', { type: 'button', class: 'help', 'aria-expanded': 'false',
    'aria-controls': textId, 'aria-label': `What ${field.label} does` }, '?');
  const paragraph = element('p', { class: 'help-text', id: textId, hidden: true }, `${text} `,
    element('a', { href: `${FORMULAS_URL}#${anchorOf(section)}`, target: '_blank', rel: 'noopener' },
      `Formulas: ${section}`));
  button.addEventListener('click', () => {
    paragraph.hidden = !paragraph.hidden;
    button.setAttribute('aria-expanded', String(!paragraph.hidden));
  });
  return { button, text: paragraph };
}

function fillCatalogChoices() {
  const { models, systems, throughput, prices, presets } = state.catalog;
  addOptions('model', models.map((model) => [model.id, model.name, provenanceText(model)]));
  addOptions('system', systems.map((system) => [system.id, system.name, provenanceText(system)]));
  const bySystem = new Map();
  for (const reference of throughput) {
    const list = bySystem.get(reference.systemId) || [];
    list.push(reference);
    bySystem.set(reference.systemId, list);
  }
  const select = state.inputs.get('throughputReference').control;
  for (const [systemId, references] of bySystem) {
    const group = element('optgroup', { label: systemId });
    for (const reference of references) {
      group.append(element('option', { value: reference.id, title: provenanceText(reference) },
        `${reference.round}, ${reference.submitter}: ${reference.modelId}, ${reference.scenario}, `
        + `${whole(reference.tokensPerSecond)} tokens/s on ${reference.accelerators} chips`));
    }
    select.append(group);
  }
  addOptions('priceId', prices.map((price) => [price.id,
    `${price.provider}, ${price.modelName}: $${price.inputUsdPerMillion} in / $${price.outputUsdPerMillion} out`,
    provenanceText(price)]));
  addOptions('preset', presets.map((preset) => [preset.id, preset.name, preset.description]));
}

function addOptions(param, options) {
  const select = state.inputs.get(param).control;
  for (const [value, text, title] of options) {
    select.append(element('option', { value, title }, text));
  }
}

function provenanceText(entry) {
  return [entry.confidence, entry.asOf, entry.source].filter(Boolean).join(' · ');
}

// ------------------------------------------------------------------------------------------------ form values

function formValues() {
  const values = {};
  for (const [param, input] of state.inputs) {
    const { field, control } = input;
    if (field.kind === 'checkbox') {
      values[param] = control.checked ? 'true' : '';
    } else if (field.percent && control.value.trim() !== '') {
      values[param] = fractionOf(control.value.trim());
    } else {
      values[param] = field.kind === 'number' ? control.value.trim() : control.value;
    }
  }
  return values;
}

function setValue(param, value) {
  const { field, control } = state.inputs.get(param);
  if (field.kind === 'checkbox') {
    control.checked = value === 'true';
    return;
  }
  if (field.kind === 'select' && value !== '' && ![...control.options].some((option) => option.value === value)) {
    // A link may name an id this catalog lacks; keep it selectable so the API can say what is wrong with it.
    control.append(element('option', { value }, `${value} (unknown)`));
  }
  control.value = field.percent && value !== '' ? percentOf(value) : value;
}

function setValues(values) {
  byId('choice-note').hidden = true;
  for (const param of state.inputs.keys()) {
    setValue(param, values[param] ?? '');
  }
  state.defaults.clear();
  openWhatIsNeeded(values);
  markOverrides();
}

/** Opens a group's figures when they are given, or needed because no catalog entry is chosen. */
function openWhatIsNeeded(values) {
  for (const [groupId, group] of state.groups) {
    if (!group.details) {
      continue;
    }
    const custom = (groupId === 'model' && !values.model) || (groupId === 'system' && !values.system);
    const given = FIELDS.some((field) => field.group === groupId && field.advanced && values[field.param]);
    if (custom || given) {
      group.details.open = true;
    }
  }
}

function inputChanged(field) {
  if (REPLACED_BY_CHOICE[field.param] && state.inputs.get(field.param).control.value !== '') {
    replaceDependents(field);
  }
  if (DEFAULTS_OF_CHOICE[field.param]) {
    forgetDefaults(DEFAULTS_OF_CHOICE[field.param]);
    openWhatIsNeeded(formValues());
  }
  markOverrides();
  scheduleEvaluation();
}

/** Says how a context given alone was sent: as input and output, for the estimate. */
function showSplit(split) {
  const note = byId('split-note');
  note.hidden = !split;
  note.textContent = split ? `Context of ${whole(split.context)} tokens read as ${whole(split.input)} input + `
    + `${whole(split.output)} output tokens per request (7:1) for the throughput estimate and the cost; give input `
    + 'and output, or choose a preset, to change it.' : '';
}

/** A catalog choice clears what it replaces, and says what it cleared. */
function replaceDependents(chosen) {
  const cleared = [];
  for (const [param, input] of state.inputs) {
    const value = input.field.kind === 'checkbox' ? input.control.checked : input.control.value;
    if (REPLACED_BY_CHOICE[chosen.param](input.field) && value) {
      setValue(param, '');
      cleared.push(input.field.label);
    }
  }
  if (cleared.length > 0) {
    const control = state.inputs.get(chosen.param).control;
    const name = control.options[control.selectedIndex].textContent;
    announceChoice(`${name} replaces what was entered for ${cleared.join(', ')}.`);
  }
}

function announceChoice(text) {
  const note = byId('choice-note');
  note.textContent = text;
  note.hidden = false;
}

function forgetDefaults(prefixes) {
  for (const pointer of [...state.defaults.keys()]) {
    if (prefixes.some((prefix) => pointer.startsWith(prefix))) {
      state.defaults.delete(pointer);
    }
  }
}

// ------------------------------------------------------------------------------ defaults, overrides, origins

function markOverrides() {
  const values = formValues();
  for (const [param, input] of state.inputs) {
    const { field, control, row, reset, tag, origin } = input;
    const given = values[param] !== '';
    const fallback = state.defaults.get(field.pointer);
    const overrides = given && fallback !== undefined && !isCatalogChoice(field);
    row.classList.toggle('overridden', overrides);
    tag.hidden = !overrides;
    reset.hidden = !given || isCatalogChoice(field);
    const shown = fallback === undefined ? '' : displayIn(field, fallback.value);
    reset.setAttribute('aria-label', fallback === undefined ? `Clear ${field.label}`
      : `Reset ${field.label} to ${shown}`);
    reset.title = reset.getAttribute('aria-label');
    if (field.kind === 'number' || field.kind === 'text') {
      control.placeholder = fallback === undefined ? placeholderWithout(field) : shown;
    } else if (field.kind === 'select' && !field.empty) {
      control.options[0].textContent = fallback === undefined ? 'Default' : `Default: ${display(fallback.value)}`;
    } else if (field.param === 'throughputReference') {
      control.options[0].textContent = fallback === undefined ? field.empty : `Best match: ${fallback.value}`;
    }
    origin.textContent = '';
    origin.removeAttribute('title');
    origin.className = 'origin';
    const chosen = isCatalogChoice(field) && state.catalog[field.catalog].find((entry) => entry.id === control.value);
    if (chosen) {
      // The chosen entry's own provenance; its values' provenance is on each field and in the assumptions.
      origin.textContent = chosen.description || [chosen.confidence, chosen.asOf].filter(Boolean).join(' · ');
      if (chosen.source) {
        origin.title = chosen.source;
      }
      if (chosen.confidence) {
        origin.classList.add(`confidence-${chosen.confidence}`);
      }
    } else if (fallback !== undefined) {
      const unit = field.percent ? '%' : fallback.unit;
      // A default names its rule (e.g. the 7:1 split of a context given alone); catalog values name their source.
      const how = fallback.origin === 'default' && fallback.source ? `default: ${fallback.source}`
        : fallback.origin;
      const parts = [overrides ? `replaces ${shown}${unit ? ` ${unit}` : ''}` : null, how, fallback.confidence,
        fallback.asOf].filter(Boolean);
      origin.textContent = parts.join(' · ');
      if (fallback.source) {
        origin.title = fallback.source;
      }
      if (fallback.confidence) {
        origin.classList.add(`confidence-${fallback.confidence}`);
      }
    } else if (field.hint) {
      origin.textContent = field.hint;
    }
  }
}

/** A catalog choice (model, system, preset …) is a starting point, not an override of something else. */
function isCatalogChoice(field) {
  return Boolean(field.catalog);
}

/** What an empty field without a default means: a custom model needs its architecture. */
function placeholderWithout(field) {
  if (field.requiredForCustom && !state.inputs.get('model').control.value) {
    return 'required';
  }
  return field.placeholder || '';
}

/** A value as its field shows it: a percent field's fraction as a percentage. */
function displayIn(field, value) {
  return field.percent && typeof value === 'number' ? percentOf(String(value)) : display(value);
}

function display(value) {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? whole(value) : String(value);
  }
  if (value === null || value === undefined) {
    return '';
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

// ------------------------------------------------------------------------------------------------- evaluation

const scheduleEvaluation = debounce(() => evaluate(), EVALUATE_DELAY_MS);

async function evaluate() {
  const values = formValues();
  updateAddress(values);
  const { scenario, split } = withSplitContext(scenarioOf(values));
  const sequence = ++state.sequence;
  if (state.request) {
    state.request.abort();
  }
  state.request = new AbortController();
  setStatus('Calculating…');
  let response;
  let body;
  try {
    response = await fetch('/v1/evaluate', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(scenario), signal: state.request.signal,
    });
    body = await response.json().catch(() => null);
  } catch (failure) {
    if (failure.name !== 'AbortError' && sequence === state.sequence) {
      showProblem(null, 0, 'The calculator could not reach the server. Check the connection and try again.');
    }
    return;
  }
  if (sequence !== state.sequence) {
    return;
  }
  if (response.ok && body) {
    state.scenario = scenario;
    showSplit(split);
    showEvaluation(body);
    learnDefaults(values);
  } else {
    showProblem(body, response.status);
  }
}

/**
 * A value given in a link hides the catalog or preset value it replaces (the evaluation reports it as given).
 * One evaluation without such values reports what they replace; the scenario's own sections that a custom model or
 * system needs, the workload and the market price stay in.
 */
async function learnDefaults(values) {
  const probe = { ...values };
  for (const field of FIELDS) {
    const keep = values[field.param] === '' || field.catalog || state.defaults.has(field.pointer)
      || field.group === 'workload' || field.group === 'market'
      || (field.group === 'model' && !values.model) || (field.group === 'system' && !values.system);
    if (!keep) {
      probe[field.param] = '';
    }
  }
  const key = queryOf(probe);
  if (key === queryOf(values) || state.probed.has(key)) {
    return;
  }
  state.probed.add(key);
  try {
    const response = await fetch('/v1/evaluate', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(scenarioOf(probe)),
    });
    if (!response.ok) {
      return;
    }
    for (const assumption of (await response.json()).assumptions || []) {
      if (assumption.origin !== 'given' && !state.defaults.has(assumption.field)) {
        state.defaults.set(assumption.field, assumption);
      }
    }
    markOverrides();
  } catch (failure) {
    // Without the probe the fields simply show no default; the results are not affected.
  }
}

function setStatus(text) {
  byId('status').textContent = text;
}

function clearErrors() {
  for (const input of state.inputs.values()) {
    input.error.hidden = true;
    input.error.textContent = '';
    input.control.removeAttribute('aria-invalid');
  }
  for (const group of state.groups.values()) {
    group.message.hidden = true;
    group.message.textContent = '';
  }
  byId('problem').hidden = true;
  byId('problem-errors').replaceChildren();
}

function showProblem(problem, status, message) {
  clearErrors();
  byId('evaluation').classList.add('stale');
  const list = byId('problem-errors');
  const errors = problem && Array.isArray(problem.errors) ? problem.errors : [];
  byId('problem-title').textContent = message
    || (errors.length > 0 ? `${problem.title || 'Invalid input'}: fix the marked input(s) to update the results.`
      : problemMessages(problem, status).join(' '));
  for (const error of errors) {
    const field = fieldOfPointer(error.field);
    const message = field ? messageFor(field, state.parameters.get(field.param), error.message) : error.message;
    const item = element('li', {}, element('code', {}, error.field || '(scenario)'), ' ', message);
    if (field) {
      const input = state.inputs.get(field.param);
      input.error.textContent = message;
      input.error.hidden = false;
      input.control.setAttribute('aria-invalid', 'true');
      revealField(field);
      item.append(' ', goToButton(field));
    } else {
      const group = state.groups.get((error.field || '').split('/')[1]);
      if (group) {
        group.message.textContent = group.message.textContent
          ? `${group.message.textContent} ${error.message}` : error.message;
        group.message.hidden = false;
      }
    }
    list.append(item);
  }
  byId('problem').hidden = false;
  setStatus(state.evaluation ? 'The results below are for the last valid scenario.'
    : 'No results yet: fix the marked inputs.');
  for (const listener of state.listeners) {
    listener(null);
  }
}

function revealField(field) {
  const group = state.groups.get(field.group);
  if (field.advanced && group.details) {
    group.details.open = true;
  }
}

function goToButton(field) {
  const button = element('button', { type: 'button', class: 'link' }, `Go to ${field.label}`);
  button.addEventListener('click', () => {
    revealField(field);
    state.inputs.get(field.param).control.focus();
  });
  return button;
}

function showEvaluation(evaluation) {
  clearErrors();
  state.evaluation = evaluation;
  byId('evaluation').hidden = false;
  byId('evaluation').classList.remove('stale');
  rememberDefaults(evaluation.assumptions || []);
  for (const output of document.querySelectorAll('[data-out]')) {
    const value = output.dataset.out.split('.').reduce((node, key) => (node == null ? node : node[key]), evaluation);
    const format = FORMATS[output.dataset.format] || FORMATS.text;
    output.textContent = value === null || value === undefined ? '—' : format(value);
    if (typeof value === 'number') {
      output.title = exact(value);
    } else {
      output.removeAttribute('title');
    }
  }
  showVerdict(evaluation.market);
  // The figures first; the form's defaults, the charts and the lists in a task of their own, so that neither task
  // holds the page long.
  setTimeout(() => showTheRest(evaluation), 0);
}

function showTheRest(evaluation) {
  if (state.evaluation !== evaluation) {
    return;
  }
  markOverrides();
  showThroughputSource(evaluation.throughput);
  showThroughputScaling(evaluation.throughput, evaluation.estimate);
  showEstimate(evaluation.estimate);
  showFrontier(evaluation);
  showCostChart(evaluation.cost);
  showMemoryChart(evaluation.memory);
  showWarnings(evaluation.warnings || []);
  if (byId('assumptions-box').open) {
    showAssumptions(evaluation.assumptions || []);
  }
  setStatus(`Results for ${evaluation.model} on ${evaluation.system}.`);
  for (const listener of state.listeners) {
    listener(evaluation);
  }
}

function rememberDefaults(assumptions) {
  const reported = new Set();
  for (const assumption of assumptions) {
    reported.add(assumption.field);
    if (assumption.origin !== 'given') {
      state.defaults.set(assumption.field, assumption);
    }
  }
  for (const pointer of [...state.defaults.keys()]) {
    if (!reported.has(pointer)) {
      state.defaults.delete(pointer);
    }
  }
}

const VERDICT_CLASSES = {
  SUSTAINABLE: 'verdict-good',
  UNSUSTAINABLE: 'verdict-bad',
  SEVERELY_UNSUSTAINABLE: 'verdict-severe',
};

function showVerdict(market) {
  const verdict = byId('verdict');
  verdict.className = 'verdict';
  if (!market) {
    verdict.classList.add('verdict-none');
    verdict.textContent = 'No market price to check: choose a catalog price or type one under Market price.';
    return;
  }
  verdict.classList.add(VERDICT_CLASSES[market.verdict] || 'verdict-bad');
  verdict.textContent = market.verdictText;
}

function showThroughputSource(throughput) {
  const source = byId('throughput-source');
  source.replaceChildren();
  source.removeAttribute('title');
  if (!throughput) {
    source.textContent = 'none: give a throughput, or choose a model and system with a benchmark or estimate';
    return;
  }
  if (throughput.source === 'given') {
    source.textContent = 'given';
    return;
  }
  if (throughput.source === 'estimated') {
    source.textContent = 'estimated by the serving model (see below)';
    return;
  }
  const reference = state.catalog.throughput.find((candidate) => candidate.id === throughput.source);
  if (reference) {
    source.textContent = `MLPerf reference ${reference.id}`;
    source.append(element('span', { class: 'detail' },
      ` — ${reference.round}, ${reference.submitter}, ${reference.platform} (${reference.scenario})`));
    source.title = provenanceText(reference);
    return;
  }
  source.textContent = throughput.source;
}

/**
 * How the deployment's tokens per second follow from the per-chip rate: the chips counted are the instances' chips
 * times the copies that fill the racks, so that "1 chip, 64 users" and "110,405 tokens/s" are read together.
 */
function showThroughputScaling(throughput, estimate) {
  const line = byId('throughput-scaling');
  if (!throughput) {
    line.textContent = 'No throughput, hence no cost per token: see the warnings.';
    return;
  }
  if (throughput.tokensPerSecondPerChip == null || throughput.chipsCounted == null) {
    line.textContent = `${decimal(throughput.tokensPerSecond)} tokens/s for the whole deployment`
      + (throughput.replicas > 1 ? ` (${whole(throughput.replicas)} copies filling the racks).` : ', as given.');
    return;
  }
  const parts = [`${decimal(throughput.tokensPerSecond)} tokens/s = ${decimal(throughput.tokensPerSecondPerChip)} `
    + `tokens/s per chip × ${whole(throughput.chipsCounted)} chip${throughput.chipsCounted === 1 ? '' : 's'} counted`];
  if (estimate) {
    parts.push(`: ${whole(estimate.instances)} instance${estimate.instances === 1 ? '' : 's'} of `
      + `${whole(estimate.chipsPerInstance)} chip${estimate.chipsPerInstance === 1 ? '' : 's'}, each serving `
      + `${whole(estimate.usersPerInstance)} users at ${decimal(estimate.tokensPerSecondPerUser)} tokens/s per user`);
  }
  if (throughput.replicas > 1) {
    parts.push(`, × ${whole(throughput.replicas)} copies filling the racks`);
  } else if (!estimate) {
    parts.push(' (the per-chip rate covers every chip paid for)');
  }
  line.textContent = `${parts.join('')}.`;
}

/** The estimate's headline says the band and what binds, so the figure is never read as exact. */
function showEstimate(estimate) {
  byId('estimate').hidden = !estimate;
  if (!estimate) {
    return;
  }
  const perChip = Math.round(estimate.outputTokensPerSecondPerChip).toLocaleString('en-US');
  const band = Math.round(estimate.expectedErrorFraction * 100);
  byId('estimate-headline').textContent = `≈ ${perChip} tokens/s per chip, ±${band} %: the step is bound by `
    + `${estimate.boundBy}, the batch by ${estimate.limitedBy}.`;
  const layout = [`${estimate.chipsPerInstance} chip(s)`, `tensor parallel ${estimate.tensorParallel}`];
  if (estimate.expertParallel > 1) {
    layout.push(`expert parallel ${estimate.expertParallel}`);
  }
  if (estimate.attentionDataParallel > 1) {
    layout.push(`attention data-parallel ${estimate.attentionDataParallel}`);
  }
  if (estimate.pipelineParallel > 1) {
    layout.push(`pipeline ${estimate.pipelineParallel}`);
  }
  byId('estimate-layout').textContent = layout.join(', ');
  byId('estimate-reasons').textContent = estimate.errorReasons.length ? estimate.errorReasons.join('; ') : 'none';
}

/** Draws a result's chart once it is near the viewport, and again whenever a new evaluation arrives. */
function drawWhenSeen(canvas, config) {
  state.charts.set(canvas.id, config);
  if (!state.seen.has(canvas.id)) {
    state.seen.add(canvas.id);
    whenVisible(canvas, () => {
      state.visible.add(canvas.id);
      chartOn(canvas, state.charts.get(canvas.id)).catch(() => {});
    });
  } else if (state.visible.has(canvas.id)) {
    chartOn(canvas, config).catch(() => {});
  }
}

function showCostChart(cost) {
  const canvas = byId('cost-chart');
  canvas.parentElement.classList.toggle('empty', !cost);
  drawWhenSeen(canvas, {
    type: 'doughnut',
    data: {
      labels: ['Capital', 'Energy', 'Hosting'],
      datasets: [{ data: cost ? [cost.annualCapitalUsd, cost.annualEnergyUsd, cost.annualHostingUsd] : [],
        backgroundColor: ['#2f5fb3', '#e0a526', '#5aa67a'] }],
    },
    options: {
      maintainAspectRatio: false,
      plugins: {
        legend: { position: 'right' },
        tooltip: { callbacks: { label: (item) => `${item.label}: ${FORMATS.usd(item.raw)} per year` } },
      },
    },
  });
}

/** Users per deployment at which the frontier is estimated: 1 to 4,096, doubling. */
const FRONTIER_USERS = Array.from({ length: 13 }, (unused, index) => 2 ** index);

/**
 * The throughput ↔ interactivity frontier: tokens/s per chip against tokens/s per user as the users grow, each point
 * an estimate of this scenario with another user count, the scenario's own point marked. Estimated only when seen.
 */
function showFrontier(evaluation) {
  const canvas = byId('frontier-chart');
  const note = byId('frontier-note');
  const box = canvas.parentElement;
  const estimate = evaluation.estimate;
  state.frontierSequence += 1;
  const sequence = state.frontierSequence;
  box.classList.toggle('empty', !estimate);
  if (!estimate) {
    note.textContent = 'The frontier needs the serving-model estimate (a catalog model and system, or the system\'s '
      + 'bandwidth and TFLOPS, and input and output tokens).';
    state.frontierDraw = null;
    return;
  }
  note.textContent = 'Each point: this scenario with another number of users (1 to 4,096), as estimated. More users '
    + 'per chip raise the throughput per chip and lower each user\'s speed.';
  const own = { x: estimate.tokensPerSecondPerUser, y: estimate.outputTokensPerSecondPerChip };
  const config = (points) => ({
    type: 'scatter',
    data: {
      datasets: [
        { label: 'Estimated frontier', data: points, showLine: true, borderColor: '#2f5fb3',
          backgroundColor: '#2f5fb3', pointRadius: 3 },
        { label: 'This scenario', data: [own], backgroundColor: '#e08a2c', borderColor: '#e08a2c', pointRadius: 7,
          pointStyle: 'rectRot' },
      ],
    },
    options: {
      maintainAspectRatio: false,
      scales: {
        x: { type: 'logarithmic', title: { display: true, text: 'tokens/s per user (interactivity)' },
          ticks: { callback: (value) => decimal(value) } },
        y: { title: { display: true, text: 'tokens/s per chip (throughput)' },
          ticks: { callback: (value) => decimal(value) } },
      },
      plugins: {
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${decimal(item.raw.x)} tokens/s per user, `
          + `${decimal(item.raw.y)} tokens/s per chip${item.raw.users ? `, ${whole(item.raw.users)} users` : ''}` } },
      },
    },
  });
  const scenario = state.scenario;
  const draw = async () => {
    const points = await Promise.all(FRONTIER_USERS.map(async (users) => {
      const response = await fetch('/v1/evaluate', {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ ...scenario, workload: { ...scenario.workload, users } }),
      }).catch(() => null);
      const answer = response && response.ok ? await response.json() : null;
      return answer && answer.estimate ? { x: answer.estimate.tokensPerSecondPerUser,
        y: answer.estimate.outputTokensPerSecondPerChip, users } : null;
    }));
    if (sequence === state.frontierSequence) {
      chartOn(canvas, config(points.filter(Boolean))).catch(() => {});
    }
  };
  state.frontierDraw = draw;
  if (state.visible.has(canvas.id)) {
    draw();
  } else if (!state.seen.has(canvas.id)) {
    state.seen.add(canvas.id);
    whenVisible(canvas, () => {
      state.visible.add(canvas.id);
      if (state.frontierDraw) {
        state.frontierDraw();
      }
    });
  }
}

/** Weights, KV cache and reserve against the memory of the chips bought, as one stacked bar. */
function showMemoryChart(memory) {
  const canvas = byId('memory-chart');
  const parts = [['Weights', memory.weightsGiB, '#2f5fb3'], ['KV cache', memory.kvCacheGiB, '#e0a526'],
    ['Reserve', memory.reserveGiB, '#5aa67a']].filter(([, gib]) => gib > 0);
  drawWhenSeen(canvas, {
    type: 'bar',
    data: {
      labels: ['Memory'],
      datasets: parts.map(([label, gib, color]) => ({ label, data: [gib], backgroundColor: color })),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      scales: { x: { stacked: true, title: { display: true, text: 'GiB' } }, y: { stacked: true, display: false } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${FORMATS.gib(item.raw)}` } },
      },
    },
  });
}

function showWarnings(warnings) {
  const list = byId('warnings');
  list.replaceChildren();
  if (warnings.length === 0) {
    list.append(element('li', { class: 'none' }, 'None.'));
    return;
  }
  for (const warning of warnings) {
    const item = element('li', {}, element('code', {}, warning.code), ' ', warning.message);
    const field = fieldOfPointer(warning.field);
    if (field) {
      item.append(' ', goToButton(field));
    }
    list.append(item);
  }
}

function showAssumptions(assumptions) {
  const body = byId('assumptions');
  body.replaceChildren();
  for (const assumption of assumptions) {
    const field = fieldOfPointer(assumption.field);
    const cell = (label, text, attributes = {}) => element('td', { 'data-label': label, ...attributes }, text);
    body.append(element('tr', {},
      cell('Field', field ? field.param : assumption.field, { title: assumption.field }),
      cell('Value', display(assumption.value),
        { title: typeof assumption.value === 'number' ? exact(assumption.value) : undefined }),
      cell('Unit', assumption.unit || ''),
      cell('Origin', assumption.origin),
      cell('Confidence', assumption.confidence || '',
        { class: assumption.confidence ? `confidence-${assumption.confidence}` : undefined }),
      cell('As of', assumption.asOf || ''),
      element('td', { 'data-label': 'Source', class: 'source' }, ...sourceNodes(assumption.source))));
  }
}

/** A file name for the scenario's exports: tokenomics-llama-3.1-70b-on-nvidia-h200-hgx. */
function fileNameOf(evaluation) {
  const slug = evaluation ? `${evaluation.model}-on-${evaluation.system}`.toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '') : 'scenario';
  return `tokenomics-${slug}`.slice(0, 100);
}

/** A commit-pinned file of a public repository, as the catalog cites it: owner/name@commit:path. */
const REPOSITORY_FILE = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{7,40}):([^\s;()]+)/;
/** A web address the catalog cites without its scheme: domain.tld/path. */
const WEB_PAGE = /^((?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s;()']*)?)/i;

/** A source as text with its citations linked: repository files to GitHub, pages to the web. */
function sourceNodes(source) {
  if (!source) {
    return [];
  }
  const nodes = [];
  source.split(' ; ').forEach((part, index) => {
    if (index > 0) {
      nodes.push(' ; ');
    }
    const file = REPOSITORY_FILE.exec(part);
    const page = WEB_PAGE.exec(part);
    let href = null;
    let cited = '';
    if (file) {
      cited = file[0];
      const path = file[3];
      // A pattern (systems/*.json) links to its folder.
      const folder = path.slice(0, path.lastIndexOf('/', path.indexOf('*')));
      href = `https://github.com/${file[1]}/${path.includes('*') ? `tree/${file[2]}/${folder}`
        : `blob/${file[2]}/${path}`}`;
    } else if (page && page[1].includes('/')) {
      cited = page[1];
      href = /^https?:/i.test(cited) ? cited : `https://${cited}`;
    }
    if (!href) {
      nodes.push(part);
      return;
    }
    nodes.push(element('a', { href, target: '_blank', rel: 'noopener noreferrer' }, cited), part.slice(cited.length));
  });
  return nodes;
}

// --------------------------------------------------------------------------------------------- the address bar

function shareUrl(values) {
  const query = queryOf(values);
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}

function updateAddress(values) {
  const url = shareUrl(values);
  if (url !== location.href) {
    history.replaceState(null, '', url);
  }
  const oembed = document.querySelector('link[rel="alternate"][type="application/json+oembed"]');
  oembed.href = `/oembed?format=json&url=${encodeURIComponent(url)}`;
}

function valuesAtStart() {
  const search = location.search.replace(/^\?/, '');
  const { values, unknown } = valuesOfQuery(search || DEFAULT_QUERY);
  if (unknown.length > 0) {
    const note = byId('query-note');
    note.textContent = `The link's ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a scenario parameter'
      : 'are not scenario parameters'} and was left out.`;
    note.hidden = false;
  }
  return values;
}

// ------------------------------------------------------------------------------------------------------ start

async function loadCatalog() {
  const names = ['models', 'systems', 'throughput', 'prices', 'presets'];
  const listings = await Promise.all(names.map(async (name) => {
    const response = await fetch(`/v1/catalog/${name}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(`catalog ${name}: ${response.status}`);
    }
    return (await response.json()).items;
  }));
  names.forEach((name, index) => {
    state.catalog[name] = listings[index];
  });
}

/** Lets the browser paint and answer input between the steps of the start, so that no step blocks it long. */
function nextTask() {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

async function start() {
  const catalog = loadCatalog();
  // Nothing waits for the parameters: the inputs built before they arrive get them then, those built after at once.
  loadParameters().then((parameters) => {
    state.parameters = parameters;
    state.inputs.forEach(declare);
  });
  await nextTask();
  await buildForm();
  byId('scenario').addEventListener('submit', (event) => event.preventDefault());
  try {
    await catalog;
  } catch (failure) {
    setStatus('The catalog could not be loaded; custom models and systems still work.');
  }
  fillCatalogChoices();
  await nextTask();
  setValues(valuesAtStart());
  byId('article-example').addEventListener('click', () => {
    setValues(ARTICLE_EXAMPLE);
    evaluate();
  });
  byId('default-scenario').addEventListener('click', () => {
    setValues(valuesOfQuery(DEFAULT_QUERY).values);
    evaluate();
  });
  const page = {
    catalog: state.catalog,
    scenario: () => state.scenario,
    evaluation: () => state.evaluation,
    shareUrl: () => shareUrl(formValues()),
    shareQuery: () => queryOf(formValues()),
    fileName: () => fileNameOf(state.evaluation),
    onEvaluation: (listener) => state.listeners.push(listener),
    labelOf: (param) => (FIELDS.find((field) => field.param === param) || { label: param }).label,
  };
  setUpShare(page);
  setUpViews(page);
  // The table of assumptions (some 40 rows) is made when it is opened.
  byId('assumptions-box').addEventListener('toggle', () => {
    if (byId('assumptions-box').open && state.evaluation) {
      showAssumptions(state.evaluation.assumptions || []);
    }
  });
  await evaluate();
}

start();
