// Chart.js (208 KB) is loaded only when a chart is about to be seen, so that the first figures do not wait for it.

const CHART_SCRIPT = '/webjars/chart.js/4.5.1/dist/chart.umd.min.js';

let library = null;

/** Chart.js, loaded once on first use. */
export function chartLibrary() {
  if (!library) {
    library = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = CHART_SCRIPT;
      script.onload = () => {
        window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
        window.Chart.defaults.color = getComputedStyle(document.body).color;
        window.Chart.defaults.animation = false;
        resolve(window.Chart);
      };
      script.onerror = () => {
        library = null;
        reject(new Error('Chart.js could not be loaded'));
      };
      document.head.append(script);
    });
  }
  return library;
}

/** Draws a chart on a canvas, replacing the one drawn there before. */
export async function chartOn(canvas, config) {
  const Chart = await chartLibrary();
  const existing = Chart.getChart(canvas);
  if (existing) {
    existing.destroy();
  }
  return new Chart(canvas, config);
}

/** Runs draw once the element is in the viewport (at once where IntersectionObserver is missing). */
export function whenVisible(target, draw) {
  if (!('IntersectionObserver' in window)) {
    draw();
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      draw();
    }
  });
  observer.observe(target);
}
