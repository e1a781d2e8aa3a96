// Sharing and export: the link (the address bar already holds the scenario), a curl command that repeats the
// evaluation, and the results as JSON or CSV files.

import { byId, download } from './dom.js';
import { csvOf, unitOf } from './csv.js';
import { withSplitContextQuery } from './workload.js';

const RESULT_SECTIONS = ['memory', 'sizing', 'throughput', 'estimate', 'cost', 'unitEconomics', 'market'];
/** Tall enough for the widget from 360 px wide (456 px at most there; docs/embed.md); embed.js fits it exactly. */
const WIDGET_HEIGHT_PX = 480;
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export function setUpShare(page) {
  byId('copy-link').addEventListener('click', () => copy(page.shareUrl(), 'Link copied.'));
  byId('copy-curl').addEventListener('click', () => {
    if (page.scenario()) {
      copy(curlOf(page.scenario()), 'curl command copied.');
    }
  });
  byId('download-json').addEventListener('click', () => {
    if (page.evaluation()) {
      download(`${page.fileName()}.json`, 'application/json',
        `${JSON.stringify({ scenario: page.scenario(), evaluation: page.evaluation() }, null, 2)}\n`);
    }
  });
  byId('embed-this').addEventListener('click', () => showEmbedCode(page));
  byId('download-csv').addEventListener('click', () => {
    if (page.evaluation()) {
      download(`${page.fileName()}.csv`, 'text/csv', evaluationCsv(page.evaluation()));
    }
  });
}

/** The current scenario as a script tag, an iframe and a badge for another site (docs/embed.md). */
function showEmbedCode(page) {
  const query = page.shareQuery();
  const origin = location.origin;
  const evaluation = page.evaluation();
  const title = evaluation ? `Tokenomics: cost per token of ${evaluation.model} on ${evaluation.system}`
    : 'Tokenomics: cost per token';
  const data = [...new URLSearchParams(query)].map(([name, value]) => ` data-${name}="${attribute(value)}"`).join('');
  byId('embed-script').value = `<script src="${origin}/embed.js"${data} async></script>`;
  byId('embed-iframe').value = `<iframe src="${attribute(`${origin}/embed?${query}`)}" title="${attribute(title)}"\n`
    + `        width="100%" height="${WIDGET_HEIGHT_PX}" style="border:0" loading="lazy"\n`
    + `        sandbox="${SANDBOX}"></iframe>`;
  // The badge reads its address as given (it has no room to say it split a context): give it the split the page used.
  const badgeQuery = withSplitContextQuery(new URLSearchParams(query)).query;
  byId('embed-badge').value = `![cost per million tokens](${origin}/v1/badge.svg?${badgeQuery})`;
  byId('embed-code').hidden = false;
}

function attribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A POST /v1/evaluate of the scenario, quoted for a POSIX shell. */
function curlOf(scenario) {
  const body = JSON.stringify(scenario).replace(/'/g, "'\\''");
  return `curl -s -X POST '${location.origin}/v1/evaluate' -H 'Content-Type: application/json' -d '${body}'`;
}

/**
 * One row per figure (section, field, value, unit) and per assumption (with its origin and source): every row has the
 * same eight columns, every figure its unit.
 */
function evaluationCsv(evaluation) {
  const rows = [['scenario', 'model', evaluation.model, 'text', '', '', '', ''],
    ['scenario', 'system', evaluation.system, 'text', '', '', '', '']];
  for (const section of RESULT_SECTIONS) {
    for (const [field, value] of Object.entries(evaluation[section] || {})) {
      rows.push([section, field, Array.isArray(value) ? value.join('; ') : value, unitOf(field), 'calculated', '',
        '', '']);
    }
  }
  for (const warning of evaluation.warnings || []) {
    rows.push(['warning', warning.code, warning.message, 'text', '', warning.field, '', '']);
  }
  for (const assumption of evaluation.assumptions || []) {
    const value = typeof assumption.value === 'object' ? JSON.stringify(assumption.value) : assumption.value;
    rows.push(['assumption', assumption.field, value, assumption.unit || (typeof value === 'number' ? '' : 'text'),
      assumption.origin, assumption.source, assumption.asOf, assumption.confidence]);
  }
  return csvOf(['section', 'field', 'value', 'unit', 'origin', 'source', 'asOf', 'confidence'], rows);
}

/** Copies to the clipboard where the browser allows it, and shows the text to copy by hand in any case. */
async function copy(text, done) {
  const status = byId('share-status');
  const area = byId('share-text');
  area.value = text;
  area.hidden = false;
  byId('share-text-label').hidden = false;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch (refused) {
    area.focus();
    area.select();
    status.textContent = 'The browser did not allow copying: the text is selected below, copy it with Ctrl+C.';
  }
}
