// A batch's progress, a bar for each status with its count, and its results over the jobs that ended.
import { el } from '../dom.js';
import { duration, number, percent, statusWord } from '../format.js';
import { JOB_STATUSES } from '../jobs-api.js';

function bar(status, count, total) {
  const id = `progress-${status.toLowerCase()}`;
  return el('li', { class: 'bar', dataset: { status } },
    el('label', { for: id }, statusWord(status)),
    el('progress', { id, class: status.toLowerCase(), max: Math.max(total, 1), value: count }),
    el('span', { class: 'count' }, `${count} of ${total}`));
}

export function progressBars(batch) {
  const counts = batch.stats.counts;
  return el('ul', { class: 'bars', 'aria-label': 'Jobs by status' },
    JOB_STATUSES.map((status) => bar(status, counts[status] ?? 0, batch.problemCount)));
}

// The results, shared by a batch's page and the comparison: [BatchStats field, term, value as shown].
export function statRows(stats) {
  return [
    ['finished', 'Problems ended', stats.finished],
    ['passRate', 'Pass rate', percent(stats.passRate)],
    ['firstTryPassRate', 'First-try pass rate', percent(stats.firstTryPassRate)],
    ['meanIterations', 'Mean iterations', number(stats.meanIterations)],
    ['tokens', 'Tokens', stats.tokens],
    ['p50Millis', 'Time to end, p50', duration(stats.p50Millis) ?? '–'],
    ['p95Millis', 'Time to end, p95', duration(stats.p95Millis) ?? '–'],
  ];
}

export function statsList(stats) {
  return el('dl', { class: 'options stats' }, statRows(stats).flatMap(([stat, term, value]) => [
    el('dt', {}, term), el('dd', { dataset: { stat } }, value)]));
}
