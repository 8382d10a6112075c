// A job's own page (#/jobs/{id}): followed live until it ends, each iteration shown as it arrives (and the
// reply the model is writing, as it writes), then the result, with Cancel while it runs and a follow-up box once it has ended.
import { el } from '../dom.js';
import { followJob } from '../follow.js';
import { FINAL_STATUSES } from '../jobs-api.js';
import { phaseWord, statusWord, timeOfDay } from '../format.js';
import { cancelControl, followUpForm } from './actions.js';
import { draftView } from './draft.js';
import { iterationView, verdictOf } from './iteration.js';
import { aboutJob } from './job-about.js';
import { resultView } from './result.js';

function statusText(job) {
  const count = job.iterations.length;
  if (FINAL_STATUSES.has(job.status)) return `${statusWord(job.status)} after ${count} iteration${count === 1 ? '' : 's'}.`;
  if (job.cancelRequestedAt) return 'Cancelling: the job stops after its current step.';
  const phase = phaseWord(job.phase);
  const now = phase ? `: ${phase}${job.phaseSince ? ` since ${timeOfDay(job.phaseSince)}` : ''}` : '';
  const latest = job.iterations.at(-1);
  const verdict = latest ? ` Iteration ${latest.number}: ${verdictOf(latest.check)}.` : '';
  return `${statusWord(job.status)}${now} (${count} of at most ${job.maxIterations ?? '?'} iterations done).${verdict}`;
}

export function jobPage(container, { id }, signal) {
  const status = el('p', { class: 'status', role: 'status', id: 'job-status' }, 'Loading the job…');
  const actions = el('div', { class: 'actions' });
  const about = el('div');
  const iterations = el('ol', { class: 'iterations' });
  const noIterationYet = el('p', { class: 'note' }, 'Each iteration appears here when its check is back.');
  const ending = el('div');
  const draft = draftView();
  container.append(
    el('h1', { tabindex: -1 }, 'Job ', el('code', { class: 'job-id' }, id)),
    status, actions, about,
    el('section', { 'aria-labelledby': 'iterations-title' },
      el('h2', { id: 'iterations-title' }, 'Iterations'), noIterationYet, iterations, draft.section),
    ending);

  const shown = new Map();
  const onJob = (job) => {
    const text = statusText(job);
    if (status.textContent !== text) status.textContent = text;
    status.dataset.status = job.status;
    if (!about.hasChildNodes()) about.append(aboutJob(job));
    noIterationYet.hidden = job.iterations.length > 0;
    job.iterations.forEach((iteration, index) => {
      const before = shown.get(iteration.number);
      if (before && (before.checked || !iteration.check)) return;
      const item = el('li', {}, iterationView(iteration, job.iterations[index - 1]));
      if (before) before.item.replaceWith(item); else iterations.append(item);
      shown.set(iteration.number, { item, checked: Boolean(iteration.check) });
    });
    const final = FINAL_STATUSES.has(job.status);
    if (final) draft.show(null);
    if (!final && !actions.hasChildNodes()) actions.append(cancelControl(job, onJob));
    if (final && !ending.hasChildNodes()) {
      actions.replaceChildren();
      ending.append(resultView(job, signal), followUpForm(job));
    }
  };
  const onError = (error) => { status.textContent = `The job could not be loaded: ${error.message}`; };
  followJob(id, { onJob, onDraft: draft.show, onError, signal });
}
