// The job endpoints of the gateway, named by what they do.
import { blobUrl, getJson, postJson, send } from './api.js';

const JOBS = '/api/v1/jobs';
const jobPath = (id) => `${JOBS}/${encodeURIComponent(id)}`;

export const FINAL_STATUSES = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);
export const JOB_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];

export const submitJob = (request) => postJson(JOBS, request);

export const getJob = (id, signal) => getJson(jobPath(id), { signal });

export const cancelJob = (id) => postJson(`${jobPath(id)}/cancel`);

export const followUp = (id, message) => postJson(`${jobPath(id)}/follow-ups`, { message });

export const openEvents = (id, signal) => send(`${jobPath(id)}/events`, { signal, accept: 'text/event-stream' });

// A plot's URL path comes from the iteration's check.posterior.plots; it needs the key like any API call.
export const plotImage = (path, signal) => blobUrl(path, signal);

export function listJobs({ status, cursor, limit = 20 }, signal) {
  const query = new URLSearchParams({ limit: String(limit) });
  if (status) query.set('status', status);
  if (cursor) query.set('cursor', cursor);
  return getJson(`${JOBS}?${query}`, { signal });
}
