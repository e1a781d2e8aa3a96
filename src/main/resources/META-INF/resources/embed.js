/*
 * Tokenomics embed: one script tag in a host page, configured by data attributes, e.g.
 *   <script src="https://HOST/embed.js" data-model="llama-3.1-70b" data-system="gb200-nvl72" data-users="64"
 *           data-context="8000" data-theme="dark" async></script>
 * inserts the widget (HOST/embed?…) in an iframe right after itself and keeps the iframe as tall as the widget.
 * Each tag makes its own widget; nothing is left in the host page's global scope. See docs/embed.md.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || !script.src) {
    return;
  }

  // The parameters of GET /v1/evaluate, plus the widget's theme. HTML lower-cases attribute names
  // (data-memoryPerChipGiB arrives as data-memoryperchipgib), so names are matched without case or dashes.
  var PARAMETERS = ["model", "system", "throughputReference", "priceId", "modelName", "parameters",
    "activeParameters", "layers", "hiddenSize", "attentionHeads", "kvHeads", "headDim", "attention", "kvLoraRank",
    "qkRopeHeadDim", "users", "context", "contextTokens", "input", "inputTokens", "output", "outputTokens",
    "targetTimePerOutputTokenMs", "targetTokensPerSecondPerUser", "targetTimeToFirstTokenMs", "weights", "kvCache", "weightsBytes", "kvCacheBytes", "systemName", "rackUnit", "memoryPerChipGiB",
    "sramPerChipGiB", "chipsPerRack", "powerPerRackKw", "pricePerRackUsd", "memoryBandwidthTBps", "peakTflops",
    "scaleUpDomainChips", "scaleUpBandwidthGBps", "instances", "racks", "tokensPerSecond", "throughputMethod", "capexBasis", "fillRacks", "runtimeReserveFraction",
    "chipsPerInstance", "tensorParallel", "expertParallel", "pipelineParallel", "servingStack", "preset",
    "depreciationYears", "wacc", "electricityUsdPerKwh", "pue", "hostingUsdPerKwMonth", "utilization",
    "averagePowerFraction", "price", "usdPerMillionTokens", "inputUsdPerMillionTokens", "outputUsdPerMillionTokens",
    "inputTokenShare", "theme"];
  var HEIGHT_MESSAGE = "tokenomics:height";
  var INITIAL_HEIGHT_PX = 180;
  // A widget is a few hundred pixels tall; a larger report is a bug, not a reason to cover the host page.
  var MAX_HEIGHT_PX = 2000;
  // Scripts and its own origin (to fetch figures), and new tabs for its link; no navigating the host page.
  var SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

  var canonical = {};
  PARAMETERS.forEach(function (name) {
    canonical[name.toLowerCase()] = name;
  });

  var widget = new URL("embed", script.src);
  var origin = widget.origin;
  var query = new URLSearchParams();
  Array.prototype.forEach.call(script.attributes, function (attribute) {
    if (attribute.name.indexOf("data-") !== 0) {
      return;
    }
    var written = attribute.name.slice("data-".length);
    // An unknown name goes through as written: the widget then shows the API's "did you mean".
    query.append(canonical[written.replace(/-/g, "")] || written, attribute.value);
  });
  widget.search = query.toString();

  var frame = document.createElement("iframe");
  frame.src = widget.href;
  var model = query.get("model") || query.get("modelName");
  var system = query.get("system") || query.get("systemName");
  frame.title = "Tokenomics: cost per token" + (model && system ? " of " + model + " on " + system : "");
  frame.setAttribute("sandbox", SANDBOX);
  frame.height = String(INITIAL_HEIGHT_PX);
  frame.style.display = "block";
  frame.style.width = "100%";
  frame.style.height = INITIAL_HEIGHT_PX + "px";
  frame.style.border = "0";
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) {
      return;
    }
    var data = event.data;
    if (!data || data.type !== HEIGHT_MESSAGE) {
      return;
    }
    var height = Math.ceil(Number(data.height));
    if (height > 0 && height <= MAX_HEIGHT_PX) {
      frame.height = String(height);
      frame.style.height = height + "px";
    }
  });
}());
