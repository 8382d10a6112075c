// A batch's results per problem: its id in the batch, its job's status and iterations, a link to the job.
import { el } from '../dom.js';
import { statusWord } from '../format.js';

export const shortId = (id) => id.slice(0, 8);

// The job's short id is what the link shows; the problem it belongs to is said to a screen reader too.
export function jobLink(id, problemKey) {
  return el('a', { href: `#/jobs/${id}` }, 'job ', el('code', {}, shortId(id)),
    el('span', { class: 'visually-hidden' }, ` of ${problemKey}`));
}

function problemRow(job) {
  return el('tr', { dataset: { problem: job.problemKey } },
    el('th', { scope: 'row' }, el('code', {}, job.problemKey)),
    el('td', {}, el('span', { class: `badge ${job.status.toLowerCase()}` }, statusWord(job.status))),
    el('td', { class: 'num' }, job.iterationCount),
    el('td', { class: 'problem-cell' }, el('span', { class: 'clamp' }, job.problem)),
    el('td', {}, jobLink(job.id, job.problemKey)));
}

export function resultsTable(jobs) {
  if (!jobs.length) return el('p', { class: 'note' }, 'No jobs yet.');
  return el('div', { class: 'table-scroll' }, el('table', { class: 'jobs results' },
    el('caption', { class: 'visually-hidden' }, 'Results per problem, in the order of the upload'),
    el('thead', {}, el('tr', {}, ['Problem', 'Status', 'Iterations', 'Text', 'Job']
      .map((header) => el('th', { scope: 'col' }, header)))),
    el('tbody', {}, jobs.map(problemRow))));
}
