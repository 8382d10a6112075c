// How numbers, durations, times and statuses read on the page.

export function duration(ms) {
  if (ms == null) return null;
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

// A vector-valued statistic (one value per element, or per chain) shows its first few values.
export function number(value) {
  if (value == null) return '–';
  if (Array.isArray(value)) return value.slice(0, 4).map(number).join(', ') + (value.length > 4 ? ', …' : '');
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3 ? value.toPrecision(4) : String(Number(value.toPrecision(4)));
}

// A rate from 0 to 1 as a whole percentage; null (nothing ended yet) as a dash.
export function percent(rate) {
  return rate == null ? '–' : `${Math.round(rate * 100)}%`;
}

export function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function timeOfDay(iso) {
  const date = new Date(iso ?? '');
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString();
}

const STATUS_WORDS = {
  QUEUED: 'Waiting to start',
  RUNNING: 'Running',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

export const statusWord = (status) => STATUS_WORDS[status] ?? status;

const PHASE_WORDS = {
  WAITING_FOR_MODEL: 'waiting for the model',
  WRITING: 'the model is writing',
  CHECKING: 'the check is running',
};

export const phaseWord = (phase) => PHASE_WORDS[phase] ?? null;

export function shape(dimensions) {
  if (!Array.isArray(dimensions)) return '–';
  if (dimensions.length === 0) return 'scalar';
  return `(${dimensions.map((n) => (n === -1 ? '?' : n)).join(', ')})`;
}
