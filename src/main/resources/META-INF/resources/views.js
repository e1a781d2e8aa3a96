// Compare, sweep and sensitivity views: each posts the current scenario to its endpoint while its panel is open,
// and redraws its chart when the scenario changes.

import { FORMATS, decimal, exact, usdPerMillion, whole } from './format.js';
import { byId, debounce, download, element, problemMessages } from './dom.js';
import { csvOf } from './csv.js';
import { chartOn } from './charts.js';

const REFRESH_DELAY_MS = 300;
/** Systems compared with the scenario's own until the visitor picks others. */
const DEFAULT_COMPARED = ['h200-hgx', 'b200-hgx', 'gb200-nvl72', 'mi300x-platform'];
/** POST /v1/compare takes 2 to 10 systems; the scenario's own is one of them. */
const MAX_COMPARED = 10;
const BAR_COLOR = '#2f5fb3';
const LOW_COLOR = '#4f86d9';
const HIGH_COLOR = '#e08a2c';
const MARKET_COLOR = '#e0a526';
const HOSTING_COLOR = '#5aa67a';
/** Below this width a system's name loses its parenthesis ("(8x H200 SXM)"), so the bars keep their room. */
const NARROW_PX = 600;

export function setUpViews(page) {
  const views = [compareView(page), sweepView(page), sensitivityView(page)];
  for (const view of views) {
    view.exportButton.addEventListener('click', () => {
      const file = view.csv();
      if (file) {
        download(`${page.fileName()}-${view.name}.csv`, 'text/csv', file);
      } else {
        view.status.textContent = 'Nothing to export yet: open the view and wait for its figures.';
      }
    });
    const refresh = debounce(() => view.refresh(), REFRESH_DELAY_MS);
    view.panel.addEventListener('toggle', () => {
      if (view.panel.open && page.scenario()) {
        view.refresh();
      }
    });
    for (const control of view.controls) {
      control.addEventListener(control.type === 'checkbox' ? 'change' : 'input', refresh);
    }
    page.onEvaluation((evaluation) => {
      if (evaluation && view.panel.open) {
        refresh();
      }
    });
  }
}

/** POSTs a body to an endpoint; answers the JSON, or null after showing the problem in the view's status. */
function requester(path, status) {
  let sequence = 0;
  return async (body) => {
    const mine = ++sequence;
    status.textContent = 'Calculating…';
    let response;
    let answer;
    try {
      response = await fetch(path, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      answer = await response.json().catch(() => null);
    } catch (failure) {
      if (mine === sequence) {
        status.textContent = 'The server could not be reached.';
      }
      return null;
    }
    if (mine !== sequence) {
      return null;
    }
    if (!response.ok || !answer) {
      status.textContent = problemMessages(answer, response.status).join(' ');
      return null;
    }
    status.textContent = '';
    return answer;
  };
}

function costAxis(title) {
  return { title: { display: true, text: title }, ticks: { callback: (value) => usdPerMillion(value) } };
}

// ---------------------------------------------------------------------------------------------------- compare

function compareView(page) {
  const panel = byId('compare');
  const choices = byId('compare-systems');
  const status = byId('compare-status');
  const controls = [];
  for (const system of page.catalog.systems) {
    const box = element('input', { type: 'checkbox', value: system.id, id: `compare-${system.id}`,
      'data-name': system.name, checked: DEFAULT_COMPARED.includes(system.id) });
    controls.push(box);
    choices.append(element('div', { class: 'choice' }, box,
      element('label', { for: box.id, title: system.id }, system.name)));
  }
  const post = requester('/v1/compare', status);

  /** The scenario's own system is always compared: its box is ticked and cannot be unticked. */
  function markOwn(ownId) {
    for (const box of controls) {
      const own = box.value === ownId;
      box.disabled = own;
      if (own) {
        box.checked = true;
      }
      box.nextElementSibling.textContent = own ? `${box.dataset.name} (this scenario)` : box.dataset.name;
    }
  }

  async function refresh() {
    const scenario = page.scenario();
    if (!scenario) {
      return;
    }
    const own = scenario.system;
    const ownId = typeof own === 'string' ? own : own.id;
    markOwn(ownId);
    const others = controls.filter((box) => box.checked && box.value !== ownId).map((box) => box.value);
    if (others.length === 0) {
      status.textContent = 'Choose at least one other system to compare with.';
      return;
    }
    if (others.length > MAX_COMPARED - 1) {
      status.textContent = `Choose at most ${MAX_COMPARED - 1} other systems.`;
      return;
    }
    const answer = await post({ scenario, systems: [own, ...others] });
    if (answer) {
      show(answer);
    }
  }

  let shown = null;

  function show(answer) {
    const entries = [...answer.entries].sort((a, b) => rank(a.rankByCost) - rank(b.rankByCost));
    shown = entries;
    const rows = byId('compare-rows');
    rows.replaceChildren();
    for (const entry of entries) {
      const evaluation = entry.evaluation;
      const unit = evaluation.unitEconomics;
      rows.append(element('tr', {},
        element('td', {}, entry.rankByCost ?? '—'),
        element('th', { scope: 'row' }, entry.label),
        figure(unit && unit.usdPerMillionTokens, usdPerMillion),
        figure(unit && unit.tokensPerUsdPerWatt, decimal),
        figure(evaluation.sizing && evaluation.sizing.chips, whole),
        figure(evaluation.sizing && evaluation.sizing.racks, whole),
        figure(evaluation.throughput && evaluation.throughput.tokensPerSecond, decimal),
        element('td', {}, evaluation.throughput ? evaluation.throughput.source : 'none'),
        figure(evaluation.cost && evaluation.cost.annualTotalUsd, FORMATS.usd),
        element('td', {}, evaluation.market ? evaluation.market.verdict.replace(/_/g, ' ').toLowerCase() : '—')));
    }
    const explanations = byId('compare-explanations');
    explanations.replaceChildren(...(answer.explanations || []).map((text) => element('li', {}, text)));
    const costed = entries.filter((entry) => entry.evaluation.unitEconomics);
    if (costed.length === 0) {
      status.textContent = 'No system has a cost per token for this scenario: see the warnings of the result.';
    }
    // Each system's cost per million tokens split into its capital, energy and hosting parts.
    const parts = [['Capital', 'capitalShare', BAR_COLOR], ['Energy', 'energyShare', MARKET_COLOR],
      ['Hosting', 'hostingShare', HOSTING_COLOR]];
    chartOn(byId('compare-chart'), {
      type: 'bar',
      data: {
        labels: costed.map((entry) => shortLabel(entry.label)),
        datasets: parts.map(([label, share, color]) => ({
          label,
          data: costed.map((entry) => entry.evaluation.unitEconomics.usdPerMillionTokens * entry.evaluation.cost[share]),
          backgroundColor: color,
        })),
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        scales: { x: { ...costAxis('USD per million tokens'), stacked: true }, y: { stacked: true } },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${usdPerMillion(item.raw)} per million `
            + 'tokens' } },
        },
      },
    });
  }

  function csv() {
    if (!shown) {
      return null;
    }
    return csvOf(['rank', 'system', 'cost [USD per million tokens]', 'efficiency [tokens per USD per W]',
      'chips [chips]', 'racks [racks]', 'throughput [tokens/s]', 'throughput source', 'cost per year [USD]',
      'annual capital [USD]', 'annual energy [USD]', 'annual hosting [USD]', 'verdict'],
    shown.map((entry) => {
      const { unitEconomics: unit, sizing, throughput, cost, market } = entry.evaluation;
      return [entry.rankByCost, entry.label, unit && unit.usdPerMillionTokens, unit && unit.tokensPerUsdPerWatt,
        sizing && sizing.chips, sizing && sizing.racks, throughput && throughput.tokensPerSecond,
        throughput ? throughput.source : 'none', cost && cost.annualTotalUsd, cost && cost.annualCapitalUsd,
        cost && cost.annualEnergyUsd, cost && cost.annualHostingUsd, market ? market.verdict : ''];
    }));
  }

  return { name: 'compare', panel, controls, refresh, csv, status, exportButton: byId('compare-csv') };
}

function shortLabel(label) {
  return window.innerWidth < NARROW_PX ? label.replace(/\s*\(.*\)$/, '') : label;
}

function rank(value) {
  return value === null || value === undefined ? Number.MAX_SAFE_INTEGER : value;
}

function figure(value, format) {
  if (value === null || value === undefined) {
    return element('td', {}, '—');
  }
  return element('td', { title: exact(value) }, format(value));
}

// ------------------------------------------------------------------------------------------------------ sweep

function sweepView(page) {
  const panel = byId('sweep');
  const status = byId('sweep-status');
  const sweeps = [
    // Batching makes the cost per token fall by orders of magnitude with users: both axes logarithmic.
    { parameter: 'users', scale: 'log', canvas: 'sweep-users-chart', axis: 'logarithmic', costAxis: 'logarithmic',
      title: 'concurrent users', prefix: 'sweep-users', unit: 'users' },
    { parameter: 'utilization', scale: 'linear', canvas: 'sweep-utilization-chart', axis: 'linear',
      costAxis: 'linear', title: 'utilization (fraction of the year)', prefix: 'sweep-utilization',
      unit: 'fraction of the year' },
  ];
  const controls = sweeps.flatMap((sweep) => ['from', 'to', 'points'].map((end) => byId(`${sweep.prefix}-${end}`)));
  const post = requester('/v1/sweep', status);
  const shown = new Map();

  async function refresh() {
    const scenario = page.scenario();
    if (!scenario) {
      return;
    }
    for (const sweep of sweeps) {
      const range = ['from', 'to', 'points'].map((end) => Number(byId(`${sweep.prefix}-${end}`).value));
      const [from, to, points] = range;
      const answer = await post({ scenario, vary: [{ parameter: sweep.parameter, from, to, points,
        scale: sweep.scale }] });
      if (!answer) {
        return;
      }
      draw(sweep, answer, page.evaluation());
    }
  }

  function draw(sweep, answer, evaluation) {
    shown.set(sweep.parameter, answer);
    const points = answer.points.map((point) => ({ x: point.values[sweep.parameter], y: point.usdPerMillionTokens }));
    if (points.every((point) => point.y === null || point.y === undefined)) {
      status.textContent = 'No cost per token for this scenario: it needs a throughput, a price and a power '
        + '(see the warnings of the result).';
    }
    const datasets = [{ label: 'Cost per million tokens', data: points, borderColor: BAR_COLOR,
      backgroundColor: BAR_COLOR, spanGaps: false }];
    if (evaluation && evaluation.market) {
      const price = evaluation.market.usdPerMillionTokens;
      datasets.push({ label: 'Market price', data: points.map((point) => ({ x: point.x, y: price })),
        borderColor: MARKET_COLOR, borderDash: [6, 4], pointRadius: 0 });
    }
    chartOn(byId(sweep.canvas), {
      type: 'line',
      data: { datasets },
      options: {
        maintainAspectRatio: false,
        scales: {
          x: { type: sweep.axis, title: { display: true, text: sweep.title },
            ticks: { callback: (value) => decimal(value) } },
          y: { ...costAxis('USD per million tokens'), type: sweep.costAxis },
        },
        plugins: {
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${usdPerMillion(item.parsed.y)}` } },
        },
      },
    });
  }

  function csv() {
    if (shown.size === 0) {
      return null;
    }
    const rows = [];
    for (const sweep of sweeps) {
      for (const point of (shown.get(sweep.parameter) || { points: [] }).points) {
        rows.push([sweep.parameter, point.values[sweep.parameter], sweep.unit, point.usdPerMillionTokens]);
      }
    }
    return csvOf(['parameter', 'value', 'unit', 'cost [USD per million tokens]'], rows);
  }

  return { name: 'sweep', panel, controls, refresh, csv, status, exportButton: byId('sweep-csv') };
}

// ------------------------------------------------------------------------------------------------ sensitivity

function sensitivityView(page) {
  const panel = byId('sensitivity');
  const status = byId('sensitivity-status');
  const delta = byId('sensitivity-delta');
  const post = requester('/v1/sensitivity', status);

  async function refresh() {
    const scenario = page.scenario();
    if (!scenario) {
      return;
    }
    if (!page.evaluation().unitEconomics) {
      status.textContent = 'Sensitivity needs a cost per token: see the warnings of the result.';
      return;
    }
    const answer = await post({ scenario, deltaPercent: Number(delta.value) });
    if (answer) {
      draw(answer);
    }
  }

  let shown = null;

  function draw(answer) {
    shown = answer;
    const base = answer.baseUsdPerMillionTokens;
    const inputs = answer.inputs;
    status.textContent = `Base: ${usdPerMillion(base)} per million tokens; each input lowered and raised by `
      + `${decimal(answer.deltaPercent)} %, the others kept.`;
    const canvas = byId('sensitivity-chart');
    canvas.parentElement.style.height = `${Math.max(12, inputs.length * 2.2 + 5)}rem`;
    chartOn(canvas, {
      type: 'bar',
      data: {
        labels: inputs.map((input) => page.labelOf(input.parameter)),
        datasets: [
          { label: `Input −${decimal(answer.deltaPercent)} %`, backgroundColor: LOW_COLOR, grouped: false,
            data: inputs.map((input) => [base, input.usdPerMillionTokensAtLow]) },
          { label: `Input +${decimal(answer.deltaPercent)} %`, backgroundColor: HIGH_COLOR, grouped: false,
            data: inputs.map((input) => [base, input.usdPerMillionTokensAtHigh]) },
        ],
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        // The bars float around the base cost; an axis from zero would squeeze them into a corner.
        scales: { x: { ...costAxis('USD per million tokens'), beginAtZero: false } },
        plugins: {
          tooltip: {
            callbacks: {
              label: (item) => {
                const input = inputs[item.dataIndex];
                const low = item.datasetIndex === 0;
                return `${item.dataset.label} (${decimal(low ? input.lowValue : input.highValue)}): `
                  + `${usdPerMillion(item.raw[1])}`;
              },
            },
          },
        },
      },
    });
  }

  function csv() {
    if (!shown) {
      return null;
    }
    return csvOf(['parameter', 'input', 'change [%]', 'low value', 'high value',
      'cost at low [USD per million tokens]', 'cost at high [USD per million tokens]',
      'base cost [USD per million tokens]'],
    shown.inputs.map((input) => [input.parameter, page.labelOf(input.parameter), shown.deltaPercent, input.lowValue,
      input.highValue, input.usdPerMillionTokensAtLow, input.usdPerMillionTokensAtHigh,
      shown.baseUsdPerMillionTokens]));
  }

  return { name: 'tornado', panel, controls: [delta], refresh, csv, status,
    exportButton: byId('sensitivity-csv') };
}
