// A batch's own page (#/batches/{id}): its progress as bars by status and its results per problem, read
// again every 2 s until every job has ended; regenerating it, and a regenerated batch compared with its original.
import { el } from '../dom.js';
import { pause } from '../follow.js';
import { when } from '../format.js';
import { batchEnded, batchJobs, batchName, getBatch } from '../batches-api.js';
import { progressBars, statsList } from './batch-progress.js';
import { regenerateForm } from './batch-regenerate.js';
import { resultsTable, shortId } from './batch-results.js';

const POLL_MS = 2000;

function statusText(batch) {
  const { counts, finished } = batch.stats;
  const total = batch.problemCount;
  if (batchEnded(batch)) return `Ended: ${counts.SUCCEEDED ?? 0} of ${total} problems passed.`;
  return `Running: ${finished} of ${total} problems ended, ${counts.RUNNING ?? 0} running, `
    + `${counts.QUEUED ?? 0} waiting. This page reads the batch again every 2 s.`;
}

export const compareAddress = (before, now) => `#/batches/compare?${new URLSearchParams({ before, now })}`;

function option(term, value) {
  return [el('dt', {}, term), el('dd', {}, value)];
}

// The scripted stand-in of the tests and the scripted demo answers from a fixed script: never pass it off as a model.
function modelName(batch) {
  const name = [batch.provider, batch.model].filter(Boolean).join(':') || 'default';
  return batch.model === 'scripted' ? `${name} (the scripted stand-in, not a real model)` : name;
}

function aboutBatch(batch, name) {
  return el('section', { class: 'about', 'aria-labelledby': 'about-title' },
    el('h2', { id: 'about-title', class: 'visually-hidden' }, 'The batch'),
    batch.parentBatchId ? el('p', { class: 'refines' }, 'Regenerates batch ',
      el('a', { href: `#/batches/${batch.parentBatchId}` }, el('code', {}, shortId(batch.parentBatchId))), '. ',
      el('a', { id: 'compare-original', href: compareAddress(batch.parentBatchId, batch.id) },
        'Compare with the original')) : null,
    el('dl', { class: 'options' },
      option('Name', name),
      option('Problems', batch.problemCount),
      option('Model', modelName(batch)),
      option('Maximum iterations', batch.maxIterations ?? 'default'),
      option('Diagnostics', batch.diagnostics ? 'on' : 'off'),
      option('Created', when(batch.createdAt))));
}

export function batchPage(container, { id }, signal) {
  const name = batchName(id);
  const status = el('p', { class: 'status', role: 'status', id: 'batch-status' }, 'Loading the batch…');
  const [about, progress, stats, results, regenerate] = [1, 2, 3, 4, 5].map(() => el('div'));
  container.append(
    el('h1', { tabindex: -1 }, 'Batch ', el('code', { class: 'job-id' }, id)),
    status, about,
    el('section', { 'aria-labelledby': 'progress-title' },
      el('h2', { id: 'progress-title' }, 'Progress'), progress),
    el('section', { 'aria-labelledby': 'results-title' },
      el('h2', { id: 'results-title' }, 'Results'), stats,
      el('h3', {}, 'Per problem'), results),
    regenerate);

  const shown = {};
  const showIfChanged = (part, node, key, build) => {
    if (shown[part] === key) return;
    shown[part] = key;
    node.replaceChildren(build());
  };
  const show = (batch, jobs) => {
    const text = statusText(batch);
    if (status.textContent !== text) status.textContent = text;
    status.dataset.status = batchEnded(batch) ? 'ENDED' : 'RUNNING';
    if (!about.hasChildNodes()) about.append(aboutBatch(batch, name));
    if (!regenerate.hasChildNodes()) regenerate.append(regenerateForm(batch, name));
    showIfChanged('progress', progress, JSON.stringify(batch.stats.counts), () => progressBars(batch));
    showIfChanged('stats', stats, JSON.stringify(batch.stats), () => statsList(batch.stats));
    showIfChanged('results', results, JSON.stringify(jobs.map((job) => [job.id, job.status, job.iterationCount])),
      () => resultsTable(jobs));
  };

  (async () => {
    while (!signal.aborted) {
      try {
        const batch = await getBatch(id, signal);
        show(batch, await batchJobs(batch, signal));
        if (batchEnded(batch)) return;
      } catch (error) {
        if (signal.aborted) return;
        status.textContent = `The batch could not be loaded: ${error.message}`;
        if (error.status === 404 || error.status === 401) return;
      }
      await pause(POLL_MS, signal);
    }
  })();
}
