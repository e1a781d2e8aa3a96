// CSV files for spreadsheets: RFC 4180, every row as wide as the header, units named in the header or in a column.

/** The text of a CSV file: a header and rows of the same width, CRLF line ends. */
export function csvOf(header, rows) {
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new Error(`a CSV row of ${row.length} cells under a header of ${header.length}`);
    }
  }
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
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

const UNITS = {
  contextTokens: 'tokens', kvCacheBytesPerToken: 'bytes per token', kvCacheBytesPerUser: 'bytes per user',
  memoryBasis: 'text', chipsExact: 'chips', chips: 'chips', chipsPerRack: 'chips', racksExact: 'racks',
  racks: 'racks', rackUnit: 'text', tokensPerSecond: 'tokens/s', source: 'text', replicas: 'copies',
  tokensPerSecondPerChip: 'tokens/s per chip', chipsCounted: 'chips', capexBasis: 'text', racksCosted: 'racks',
  chipsCosted: 'chips', capitalRecoveryFactor: 'fraction per year', itPowerKw: 'kW', facilityPowerKw: 'kW',
  annualEnergyKwh: 'kWh per year', lifetimeTcoUsd: 'USD', capexUsd: 'USD', tokensPerYear: 'tokens per year',
  usdPerMillionTokens: 'USD per million tokens', tokensPerUsd: 'tokens per USD',
  tokensPerUsdPerWatt: 'tokens per USD per W', joulesPerToken: 'J per token', margin: 'fraction',
  costToRevenue: 'ratio', lossToRevenue: 'ratio', breakEvenUsdPerMillionTokens: 'USD per million tokens',
  breakEvenUtilization: 'fraction of the year', verdict: 'text', verdictText: 'text', instances: 'instances',
  usersPerInstance: 'users', users: 'users', chipsPerInstance: 'chips', tensorParallel: 'chips',
  expertParallel: 'chips', pipelineParallel: 'stages', attentionDataParallel: 'chips',
  timePerOutputTokenMs: 'ms', timeToFirstTokenMs: 'ms', tokensPerSecondPerUser: 'tokens/s per user',
  outputTokensPerSecond: 'tokens/s', outputTokensPerSecondPerChip: 'tokens/s per chip', boundBy: 'text',
  limitedBy: 'text', expectedErrorFraction: 'fraction', errorReasons: 'text', servingStack: 'text',
  calibration: 'text', memoryPerChipGiB: 'GiB',
};

/** The unit of a result field: by name, else by its suffix (…GiB, …Bytes, …Usd, …Share). */
export function unitOf(field) {
  if (UNITS[field]) {
    return UNITS[field];
  }
  const suffixes = [['GiB', 'GiB'], ['Bytes', 'bytes'], ['Usd', 'USD per year'], ['Share', 'fraction']];
  const match = suffixes.find(([suffix]) => field.endsWith(suffix));
  return match ? (field.startsWith('annual') || match[0] !== 'Usd' ? match[1] : 'USD') : '';
}
