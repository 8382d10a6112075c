// #/batches: upload a batch, the batches this browser created (the API lists no batches), and a choice of
// two of them to compare.
import { el } from '../dom.js';
import { percent, when } from '../format.js';
import { batchEnded, getBatch, knownBatches } from '../batches-api.js';
import { uploadForm } from './batch-upload.js';

const label = (known) => `${known.name} · ${when(known.createdAt)}`;

function standing(batch) {
  const { counts, passRate } = batch.stats;
  if (!batchEnded(batch)) return `Running: ${batch.stats.finished} of ${batch.problemCount} ended`;
  return `Ended: ${counts.SUCCEEDED ?? 0} of ${batch.problemCount} passed (${percent(passRate)})`;
}

function batchRow(known, signal) {
  const state = el('td', {}, '…');
  getBatch(known.id, signal).then((batch) => { state.textContent = standing(batch); })
    .catch((error) => { if (!signal.aborted) state.textContent = error.message; });
  return el('tr', {},
    el('td', {}, el('a', { href: `#/batches/${known.id}` }, known.name)),
    el('td', {}, when(known.createdAt)),
    el('td', { class: 'num' }, known.problemCount),
    el('td', {}, known.model || 'default'),
    state);
}

function batchTable(known, signal) {
  if (!known.length) return el('p', { class: 'note no-batches' }, 'No batches uploaded from this browser yet.');
  return el('div', { class: 'table-scroll' }, el('table', { class: 'jobs batches' },
    el('caption', { class: 'visually-hidden' }, 'Batches created in this browser, newest first'),
    el('thead', {}, el('tr', {}, ['Batch', 'Created', 'Problems', 'Model', 'Now']
      .map((header) => el('th', { scope: 'col' }, header)))),
    el('tbody', {}, known.map((one) => batchRow(one, signal)))));
}

function batchChoice(id, text, known, chosen) {
  const select = el('select', { id, name: id },
    known.map((one) => el('option', { value: one.id, selected: one.id === chosen }, label(one))));
  return el('div', { class: 'field' }, el('label', { for: id }, text), select);
}

// Before: the second newest (or the newest's original); now: the newest.
function compareForm(known) {
  if (known.length < 2) return null;
  const newest = known[0];
  const form = el('form', { id: 'compare-form', class: 'panel', 'aria-labelledby': 'compare-title' },
    el('h2', { id: 'compare-title' }, 'Compare two batches'),
    batchChoice('before', 'Before', known, known.some((one) => one.id === newest.parentBatchId)
      ? newest.parentBatchId : known[1].id),
    batchChoice('now', 'Now', known, newest.id),
    el('button', { type: 'submit' }, 'Compare'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ before: form.elements.before.value, now: form.elements.now.value });
    window.location.hash = `#/batches/compare?${query}`;
  });
  return form;
}

export function batchesPage(container, params, signal) {
  const known = knownBatches();
  container.append(
    el('h1', { tabindex: -1 }, 'Batches'),
    el('p', { class: 'lead' }, 'Many problems at once with the same options; each is a job of its own. '
      + 'Run them again with another model and see, problem by problem, what it fixed and what it broke.'),
    el('div', { class: 'batches-layout' }, uploadForm(), compareForm(known)),
    el('section', { 'aria-labelledby': 'known-title' },
      el('h2', { id: 'known-title' }, 'Your batches'),
      el('p', { class: 'help' }, 'The batches uploaded or regenerated in this browser: the API has no list '
        + 'of a tenant\'s batches.'),
      batchTable(known, signal)));
}
