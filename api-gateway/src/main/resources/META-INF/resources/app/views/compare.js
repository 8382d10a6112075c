// Two batches side by side (#/batches/compare?before={id}&now={id}): pass rate, first-try pass rate,
// iterations, tokens and times, then problem by problem what was fixed, broke, still passes or still fails,
// with each side's job a link. Read again every 2 s while either batch runs.
import { el } from '../dom.js';
import { pause } from '../follow.js';
import { number } from '../format.js';
import { batchName, compareBatches, statsEnded } from '../batches-api.js';
import { statRows } from './batch-progress.js';
import { changeCounts, problemsTable } from './compare-problems.js';

const POLL_MS = 2000;

const signed = (value, text = number(value)) => (value > 0 ? `+${text}` : text);

// How a number moved from before to now: rates in percentage points.
const DELTAS = {
  finished: (b, n) => signed(n - b),
  passRate: (b, n) => signed(Math.round((n - b) * 100), `${Math.round((n - b) * 100)} pts`),
  firstTryPassRate: (b, n) => signed(Math.round((n - b) * 100), `${Math.round((n - b) * 100)} pts`),
  meanIterations: (b, n) => signed(n - b),
  tokens: (b, n) => signed(n - b),
};

function delta(stat, before, now) {
  const of = DELTAS[stat];
  return of && before[stat] != null && now[stat] != null ? of(before[stat], now[stat]) : '';
}

function batchHeader(id, side) {
  return el('th', { scope: 'col' }, side, el('a', { class: 'batch-link', href: `#/batches/${id}` }, batchName(id)));
}

function summaryTable(comparison) {
  const { beforeStats: before, nowStats: now } = comparison;
  const nowRows = statRows(now);
  return el('div', { class: 'table-scroll' }, el('table', { id: 'compare-summary', class: 'jobs comparison' },
    el('caption', {}, 'Overall, over the problems that ended'),
    el('thead', {}, el('tr', {}, el('td'), batchHeader(comparison.before, 'Before'),
      batchHeader(comparison.now, 'Now'), el('th', { scope: 'col' }, 'Change'))),
    el('tbody', {}, statRows(before).map(([stat, term, value], index) => el('tr', { dataset: { stat } },
      el('th', { scope: 'row' }, term),
      el('td', { class: 'num before' }, value),
      el('td', { class: 'num now' }, nowRows[index][2]),
      el('td', { class: 'num delta' }, delta(stat, before, now)))))));
}

function statusText(comparison) {
  const running = !statsEnded(comparison.beforeStats) || !statsEnded(comparison.nowStats);
  const count = comparison.problems.length;
  return running ? `${count} problems; a batch is still running, and this page reads them again every 2 s.`
    : `${count} problems; both batches have ended.`;
}

export function comparePage(container, { query }, signal) {
  const before = query.get('before') ?? '';
  const now = query.get('now') ?? '';
  const status = el('p', { class: 'status', role: 'status', id: 'compare-status' }, 'Loading the comparison…');
  const body = el('div');
  container.append(el('h1', { tabindex: -1 }, 'Compare two batches'), status, body);

  let shown = '';
  const show = (comparison) => {
    const text = statusText(comparison);
    if (status.textContent !== text) status.textContent = text;
    status.dataset.status = text.includes('still running') ? 'RUNNING' : 'ENDED';
    const key = JSON.stringify(comparison);
    if (key === shown) return;
    shown = key;
    body.replaceChildren(summaryTable(comparison),
      el('h2', {}, 'What changed'), changeCounts(comparison.changes), problemsTable(comparison.problems));
  };

  (async () => {
    while (!signal.aborted) {
      try {
        const comparison = await compareBatches(before, now, signal);
        show(comparison);
        if (statsEnded(comparison.beforeStats) && statsEnded(comparison.nowStats)) return;
      } catch (error) {
        if (signal.aborted) return;
        status.textContent = `The comparison could not be loaded: ${error.message}`;
        if (error.status >= 400 && error.status < 500) return;
      }
      await pause(POLL_MS, signal);
    }
  })();
}
