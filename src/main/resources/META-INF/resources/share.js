// Sharing and export: the link (the address bar already holds the scenario), a curl command that repeats the
// evaluation, and the results as JSON or CSV files.

import { byId, download } from './dom.js';

const RESULT_SECTIONS = ['memory', 'sizing', 'throughput', 'cost', 'unitEconomics', 'market'];

export function setUpShare(page) {
  byId('copy-link').addEventListener('click', () => copy(page.shareUrl(), 'Link copied.'));
  byId('copy-curl').addEventListener('click', () => {
    if (page.scenario()) {
      copy(curlOf(page.scenario()), 'curl command copied.');
    }
  });
  byId('download-json').addEventListener('click', () => {
    if (page.evaluation()) {
      download(`${fileName(page.evaluation())}.json`, 'application/json',
        `${JSON.stringify({ scenario: page.scenario(), evaluation: page.evaluation() }, null, 2)}\n`);
    }
  });
  byId('download-csv').addEventListener('click', () => {
    if (page.evaluation()) {
      download(`${fileName(page.evaluation())}.csv`, 'text/csv', csvOf(page.evaluation()));
    }
  });
}

/** A POST /v1/evaluate of the scenario, quoted for a POSIX shell. */
function curlOf(scenario) {
  const body = JSON.stringify(scenario).replace(/'/g, "'\\''");
  return `curl -s -X POST '${location.origin}/v1/evaluate' -H 'Content-Type: application/json' -d '${body}'`;
}

/** One row per figure (section, field, value, unit) and per assumption, with its origin and source. */
function csvOf(evaluation) {
  const rows = [['section', 'field', 'value', 'unit', 'origin', 'source', 'asOf', 'confidence'],
    ['scenario', 'model', evaluation.model], ['scenario', 'system', evaluation.system]];
  for (const section of RESULT_SECTIONS) {
    for (const [field, value] of Object.entries(evaluation[section] || {})) {
      rows.push([section, field, value]);
    }
  }
  for (const warning of evaluation.warnings || []) {
    rows.push(['warning', warning.code, warning.message, '', '', warning.field]);
  }
  for (const assumption of evaluation.assumptions || []) {
    const value = typeof assumption.value === 'object' ? JSON.stringify(assumption.value) : assumption.value;
    rows.push(['assumption', assumption.field, value, assumption.unit, assumption.origin, assumption.source,
      assumption.asOf, assumption.confidence]);
  }
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180 quoting; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
function cell(value) {
  if (value === null || value === undefined) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function fileName(evaluation) {
  const slug = `${evaluation.model}-on-${evaluation.system}`.toLowerCase().replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-|-$/g, '');
  return `tokenomics-${slug}`.slice(0, 100);
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
