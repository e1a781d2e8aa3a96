// Numbers for people: thousands separators and as many decimals as the magnitude deserves. The API never rounds;
// the page rounds only what it shows, and puts the exact value in the element's title.

const LOCALE = 'en-US';
const formats = new Map();

function formatter(options) {
  const key = JSON.stringify(options);
  if (!formats.has(key)) {
    formats.set(key, new Intl.NumberFormat(LOCALE, options));
  }
  return formats.get(key);
}

/** 1,127,094 · 716.9 · 179.2 · 48.8 · 1.24 · 5.6 · 0.159 — the article's own precision for its figures. */
export function decimal(value) {
  const size = Math.abs(value);
  if (size === 0) {
    return '0';
  }
  if (size >= 1000) {
    return formatter({ maximumFractionDigits: 0 }).format(value);
  }
  if (size >= 10) {
    return formatter({ maximumFractionDigits: 1 }).format(value);
  }
  if (size >= 1) {
    return formatter({ maximumFractionDigits: 2 }).format(value);
  }
  return formatter({ maximumSignificantDigits: 3 }).format(value);
}

/** Whole counts exactly: 140,000,000,000. */
export function whole(value) {
  return formatter({ maximumFractionDigits: 0 }).format(value);
}

/** Money: $1,127,094 · $3.50 · $0.159. */
function usd(value) {
  const size = Math.abs(value);
  if (size >= 1000) {
    return formatter({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
  }
  if (size >= 1 || size === 0) {
    return formatter({ style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 })
      .format(value);
  }
  return formatter({ style: 'currency', currency: 'USD', maximumSignificantDigits: 3 }).format(value);
}

/** A price per million tokens, where the third and fourth digits matter: $1.191 · $0.1592 · $0.90 · $12.35. */
export function usdPerMillion(value) {
  const size = Math.abs(value);
  if (size >= 1000) {
    return usd(value);
  }
  if (size >= 1) {
    return formatter({ style: 'currency', currency: 'USD', minimumFractionDigits: 2,
      maximumFractionDigits: size < 10 ? 3 : 2 }).format(value);
  }
  return formatter({ style: 'currency', currency: 'USD', minimumSignificantDigits: 2, maximumSignificantDigits: 4 })
    .format(value);
}

/** A fraction as a percentage: 0.667 → 66.7 %. */
function percent(fraction) {
  return `${formatter({ maximumFractionDigits: 1 }).format(fraction * 100)} %`;
}

/** A break-even utilization: above 100 % no utilization reaches it, and the page says so. */
function breakEvenShare(fraction) {
  return fraction > 1 ? `not reachable (${percent(fraction)} of the year)` : percent(fraction);
}

/** Formats by name, for elements that say which one they want (data-format). */
export const FORMATS = {
  decimal,
  whole,
  usd,
  usdPerMillion,
  // A price per chip-hour has the few dollars of a price per million tokens, and the same precision.
  usdPerChipHour: usdPerMillion,
  percent,
  breakEvenShare,
  gib: (value) => `${decimal(value)} GiB`,
  bytes: (value) => `${whole(value)} B`,
  kw: (value) => `${decimal(value)} kW`,
  kwh: (value) => `${whole(value)} kWh`,
  tokensPerSecond: (value) => `${decimal(value)} tokens/s`,
  text: (value) => String(value),
  lowerCase: (value) => String(value).toLowerCase(),
};

/** The exact value as the API sent it, for a title attribute. */
export function exact(value) {
  return typeof value === 'number' ? String(value) : '';
}
