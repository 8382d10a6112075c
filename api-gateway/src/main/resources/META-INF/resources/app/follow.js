// Follows a job until it ends: its event stream first; every event that says something changed fetches
// the whole job (the events carry only a summary), and each event's draft of the reply being written goes to onDraft. If the stream ends or breaks before the job does,
// the job is polled every 2 s instead.
import { FINAL_STATUSES, getJob, openEvents } from './jobs-api.js';
import { eventData } from './sse.js';

const POLL_MS = 2000;

const isFinal = (job) => FINAL_STATUSES.has(job.status);

const changed = (progress, job) => progress.status !== job.status || progress.phase !== job.phase
  || progress.iterations !== job.iterations.length;

export const pause = (ms, signal) => new Promise((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
});

async function followStream(id, job, onJob, onDraft, signal) {
  const response = await openEvents(id, signal);
  for await (const data of eventData(response)) {
    const progress = JSON.parse(data);
    onDraft(progress.draft ?? null);
    if (changed(progress, job)) {
      job = await getJob(id, signal);
      onJob(job);
    }
    if (isFinal(job)) break;
  }
  return job;
}

async function poll(id, job, onJob, onError, signal) {
  while (!signal.aborted && !(job && isFinal(job))) {
    await pause(POLL_MS, signal);
    if (signal.aborted) return;
    try {
      job = await getJob(id, signal);
      onJob(job);
    } catch (error) {
      if (!signal.aborted) onError(error);
    }
  }
}

export async function followJob(id, { onJob, onDraft = () => {}, onError, signal }) {
  let job = null;
  try {
    job = await getJob(id, signal);
    onJob(job);
    if (isFinal(job)) return;
    job = await followStream(id, job, onJob, onDraft, signal);
  } catch (error) {
    if (signal.aborted) return;
    const hopeless = error.status === 404 || error.status === 401;
    if (!job || hopeless) onError(error);
    if (hopeless) return;
  }
  await poll(id, job, onJob, onError, signal);
}
