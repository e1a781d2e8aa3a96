// The scenario parameters as the API declares them (GET /v1/parameters, written from the server's parameter table):
// each input's allowed range, unit and description come from there rather than being restated in the page. The list
// is fetched once and arrives while the form is already usable; it only adds to the inputs, which read and send the
// same text with or without it.

import { percentOf } from './fields.js';

/** name → the API's parameter; an empty map when the list cannot be had (the inputs then keep their own words). */
export async function loadParameters() {
  try {
    const response = await fetch('/v1/parameters', { headers: { Accept: 'application/json' } });
    const list = response.ok ? await response.json() : [];
    return new Map(list.map((parameter) => [parameter.name, parameter]));
  } catch (failure) {
    return new Map();
  }
}

/**
 * Puts a parameter's range and description on its input, in the units the input shows (a percent field's fraction
 * as a percentage), and its unit where the page has no words of its own. The inputs are text fields (they read
 * "70e9" and "10,000"), on which min, max and step would not apply: the range goes in data attributes and the title.
 */
export function applyParameter(input, parameter) {
  const { field, control, unit } = input;
  if (!field.unit) {
    unit.textContent = parameter.unit;
  }
  if (field.kind !== 'number' && field.kind !== 'text') {
    return;
  }
  if (parameter.kind === 'number') {
    control.dataset.min = shown(field, parameter.min);
    control.dataset.max = shown(field, parameter.max);
    control.dataset.step = parameter.whole ? '1' : 'any';
  }
  control.title = `${parameter.description} Allowed: ${allowed(field, parameter)}.`;
}

function shown(field, value) {
  return field.percent ? percentOf(String(value)) : String(value);
}

/**
 * An API error about a field, in the units its input shows: for a percent field, "must be a number from 0.000001 to 1
 * (fraction); got 1.5." reads "must be a percentage from 0.0001 to 100 %; got 150 %." Other messages as the API wrote
 * them.
 */
export function messageFor(field, parameter, message) {
  const range = /^must be .*; got (-?[0-9.,]+(?:e[-+]?[0-9]+)?)\.$/i.exec(message);
  if (!field.percent || !parameter || parameter.kind !== 'number' || !range) {
    return message;
  }
  return `must be ${allowed(field, parameter)}; got ${percentOf(range[1].replace(/,/g, ''))} %.`;
}

/** The API's words for what a value may be; for a percent field, the same range in percent. */
function allowed(field, parameter) {
  if (!field.percent) {
    return parameter.allowed;
  }
  const lower = parameter.minInclusive ? `from ${shown(field, parameter.min)} to`
    : `above ${shown(field, parameter.min)} and at most`;
  return `${parameter.zeroAllowed ? '0, or ' : ''}a percentage ${lower} ${shown(field, parameter.max)} %`;
}
