// The comparison problem by problem: each one's job on both sides, and what changed from before to now.
import { el } from '../dom.js';
import { statusWord } from '../format.js';
import { jobLink } from './batch-results.js';

// The gateway's words for a change, in the order the page lists them; the first four are always shown.
export const CHANGES = ['fixed', 'broke', 'still passes', 'still fails', 'pending', 'added', 'removed'];

export const changeClass = (change) => `change ${change.replace(/ /g, '-')}`;

function side(outcome) {
  if (!outcome) return [el('td', { colspan: 3, class: 'note' }, 'not in this batch')];
  return [
    el('td', {}, el('span', { class: `badge ${outcome.status.toLowerCase()}` }, statusWord(outcome.status))),
    el('td', { class: 'num' }, outcome.iterations),
    el('td', {}, jobLink(outcome.jobId, outcome.key)),
  ];
}

function problemRow(problem) {
  return el('tr', { dataset: { problem: problem.key, change: problem.change } },
    el('th', { scope: 'row' }, el('code', {}, problem.key)),
    el('td', {}, el('span', { class: changeClass(problem.change) }, problem.change)),
    side(problem.before), side(problem.now));
}

export function changeCounts(changes) {
  return el('ul', { class: 'change-counts', 'aria-label': 'Problems by change' },
    CHANGES.filter((change, index) => index < 4 || changes[change]).map((change) => el('li', {
      class: `${changeClass(change)}${changes[change] ? '' : ' none'}`, dataset: { change },
    }, el('strong', { class: 'count' }, changes[change] ?? 0), ` ${change}`)));
}

export function problemsTable(problems) {
  const group = (text) => el('th', { scope: 'colgroup', colspan: 3 }, text);
  const sub = ['Status', 'Iterations', 'Job', 'Status', 'Iterations', 'Job']
    .map((text) => el('th', { scope: 'col' }, text));
  return el('div', { class: 'table-scroll' }, el('table', { id: 'compare-problems', class: 'jobs comparison' },
    el('caption', {}, 'Per problem, matched by id'),
    el('thead', {},
      el('tr', {}, el('th', { scope: 'col', rowspan: 2 }, 'Problem'), el('th', { scope: 'col', rowspan: 2 }, 'Change'),
        group('Before'), group('Now')),
      el('tr', {}, sub)),
    el('tbody', {}, problems.map(problemRow))));
}
