/*
 * The Tokenomics widget (the page /embed, usually inside a pricing page's iframe). It reads the scenario from its
 * own address, fetches GET /v1/evaluate from its own origin and shows the key figures, rounded by the calculator
 * page's own module (format.js), so that page, widget and badge show the same figure. Every text from the address
 * or the API is set with textContent. It reports its height to the host page, which sizes the iframe to fit.
 */
import { decimal, usdPerMillion, whole } from './format.js';
import { withSplitContextQuery } from './workload.js';

var THEME = "theme";
var HEIGHT_MESSAGE = "tokenomics:height";
var NOT_AVAILABLE = "n/a";
// The warnings that say which input a missing figure needs.
var MISSING_INPUT_WARNINGS = ["THROUGHPUT_UNKNOWN", "PRICE_UNKNOWN", "POWER_UNKNOWN"];

var query = new URLSearchParams(window.location.search);
applyTheme(query.get(THEME));
query.delete(THEME);
var scenario = query.toString();
// A context given alone is sent as input and output (7:1), so that the estimate gives a cost; the note says so.
var sent = withSplitContextQuery(query);

function element(id) {
  return document.getElementById(id);
}

function applyTheme(theme) {
  var root = document.documentElement;
  if (theme !== "auto") {
    root.setAttribute("data-theme", theme === "dark" ? "dark" : "light");
    return;
  }
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  var follow = function () {
    root.setAttribute("data-theme", dark.matches ? "dark" : "light");
  };
  follow();
  dark.addEventListener("change", follow);
}

function show(id, text) {
  var target = element(id);
  target.textContent = text;
  target.hidden = false;
  return target;
}

function finite(value) {
  return typeof value === "number" && isFinite(value);
}

/** A figure, or "n/a" when the scenario cannot give it (the note below says what it needs). */
function figure(value, format) {
  return finite(value) ? format(value) : NOT_AVAILABLE;
}

function count(value, unit) {
  return whole(value) + " " + unit + (value === 1 ? "" : "s");
}

function render(evaluation) {
  element("scenario").textContent = evaluation.model + " on " + evaluation.system;
  var unit = evaluation.unitEconomics;
  show("cost", figure(unit ? unit.usdPerMillionTokens : null, usdPerMillion));
  var throughput = evaluation.throughput;
  if (throughput) {
    // Whether the cost rests on a given, measured or estimated throughput matters as much as the cost.
    show("throughput", decimal(throughput.tokensPerSecond) + " tokens/s, " + throughput.source.toLowerCase());
  }
  show("efficiency", figure(unit ? unit.tokensPerUsdPerWatt : null, decimal));
  var memory = evaluation.memory;
  var sizing = evaluation.sizing;
  show("memory", decimal(memory.totalGiB) + " GiB");
  var hardware = count(sizing.chips, "chip");
  if (sizing.rackUnit !== "chip") {
    hardware += " · " + count(sizing.racks, sizing.rackUnit);
  }
  show("hardware", hardware);
  var market = evaluation.market;
  if (market) {
    show("verdict", market.verdictText).className = "verdict " + market.verdict.toLowerCase().replace(/_/g, "-");
  }
  if (sent.split) {
    show("split", "Context of " + whole(sent.split.context) + " tokens read as " + whole(sent.split.input)
      + " input + " + whole(sent.split.output) + " output tokens per request.");
  }
  var missing = (evaluation.warnings || []).filter(function (warning) {
    return MISSING_INPUT_WARNINGS.indexOf(warning.code) >= 0;
  });
  if (missing.length > 0) {
    show("note", missing[0].message);
  }
  element("result").hidden = false;
}

/** The API's problem document (or, without one, what went wrong), listed so the embedder sees what to fix. */
function renderProblem(problem, fallback) {
  element("scenario").textContent = "This scenario cannot be shown";
  show("error-title", problem && problem.status === 422
    ? "The scenario in the address is not valid:"
    : (problem && problem.title) || fallback);
  var list = element("error-list");
  var errors = problem && Array.isArray(problem.errors) ? problem.errors : [];
  errors.forEach(function (error) {
    var item = document.createElement("li");
    if (error.field) {
      var field = document.createElement("code");
      field.textContent = error.field;
      item.appendChild(field);
      item.appendChild(document.createTextNode(" "));
    }
    item.appendChild(document.createTextNode(error.message));
    list.appendChild(item);
  });
  if (errors.length === 0 && problem && problem.detail) {
    var detail = document.createElement("li");
    detail.textContent = problem.detail;
    list.appendChild(detail);
  }
  element("error").hidden = false;
}

function reportHeight() {
  if (window.parent === window) {
    return;
  }
  var height = Math.ceil(element("widget").getBoundingClientRect().height);
  if (height > 0) {
    window.parent.postMessage({type: HEIGHT_MESSAGE, height: height}, "*");
  }
}

function start() {
  element("calculator").href = "./" + (scenario ? "?" + scenario : "");
  var request = sent.query.toString();
  fetch("v1/evaluate" + (request ? "?" + request : ""), {headers: {Accept: "application/json"}})
    .then(function (response) {
      return response.json().then(function (body) {
        if (response.ok) {
          render(body);
        } else {
          renderProblem(body, "The calculator could not answer (HTTP " + response.status + ").");
        }
      }, function () {
        renderProblem(null, "The calculator could not answer (HTTP " + response.status + ").");
      });
    }, function () {
      renderProblem(null, "The calculator could not be reached.");
    });
  if ("ResizeObserver" in window) {
    new ResizeObserver(reportHeight).observe(element("widget"));
  }
  window.addEventListener("load", reportHeight);
}

start();
