// The tenant's jobs (#/jobs?status=...), newest first, a page at a time. The gateway pages with an opaque
// cursor (nextCursor, valid with the same filter), so the cursors of the pages seen are kept to go back.
import { el } from '../dom.js';
import { statusWord, when } from '../format.js';
import { JOB_STATUSES, listJobs } from '../jobs-api.js';

function statusFilter(current) {
  const select = el('select', { id: 'status-filter', name: 'status' },
    el('option', { value: '' }, 'All statuses'),
    JOB_STATUSES.map((status) => el('option', { value: status, selected: status === current }, statusWord(status))));
  select.addEventListener('change', () => {
    window.location.hash = select.value ? `#/jobs?status=${select.value}` : '#/jobs';
  });
  return el('div', { class: 'field inline' }, el('label', { for: 'status-filter' }, 'Status'), select);
}

function jobRow(job) {
  return el('tr', {},
    el('td', {}, el('span', { class: `badge ${job.status.toLowerCase()}` }, statusWord(job.status))),
    el('td', { class: 'problem-cell' }, el('a', { href: `#/jobs/${job.id}` }, job.problem || job.id)),
    el('td', {}, when(job.createdAt)),
    el('td', { class: 'num' }, job.iterationCount));
}

function jobTable(items) {
  if (!items.length) return el('p', { class: 'note no-jobs' }, 'No jobs here yet.');
  return el('div', { class: 'table-scroll' }, el('table', { class: 'jobs' },
    el('caption', { class: 'visually-hidden' }, 'Jobs, newest first'),
    el('thead', {}, el('tr', {}, ['Status', 'Problem', 'Submitted', 'Iterations']
      .map((header) => el('th', { scope: 'col' }, header)))),
    el('tbody', {}, items.map(jobRow))));
}

export function jobsPage(container, { query }, signal) {
  const status = query.get('status') ?? '';
  const cursors = [null];
  const results = el('div');
  const newer = el('button', { type: 'button' }, 'Newer jobs');
  const older = el('button', { type: 'button' }, 'Older jobs');
  let next = null;

  const show = async () => {
    newer.disabled = older.disabled = true;
    try {
      const page = await listJobs({ status, cursor: cursors.at(-1) }, signal);
      next = page.nextCursor;
      results.replaceChildren(jobTable(page.items));
    } catch (error) {
      if (!signal.aborted) results.replaceChildren(el('p', { class: 'field-error' }, error.message));
    }
    newer.disabled = cursors.length === 1;
    older.disabled = !next;
  };
  newer.addEventListener('click', () => { cursors.pop(); show(); });
  older.addEventListener('click', () => { cursors.push(next); show(); });

  container.append(
    el('h1', { tabindex: -1 }, 'Jobs'),
    statusFilter(status),
    results,
    el('nav', { class: 'pager', 'aria-label': 'Pages of jobs' }, newer, older));
  show();
}
