// The batch endpoints of the gateway, named by what they do, and the batches this browser created (the API
// has no list of a tenant's batches, so the page keeps its own in localStorage).
import { getJson, postJson, postText } from './api.js';

const BATCHES = '/api/v1/batches';
const batchPath = (id) => `${BATCHES}/${encodeURIComponent(id)}`;
const STORAGE = 'modelcraft.batches';
const KEPT = 50;

// A batch has ended when none of its jobs waits or runs.
export const statsEnded = (stats) => (stats.counts.QUEUED ?? 0) + (stats.counts.RUNNING ?? 0) === 0;

export const batchEnded = (batch) => statsEnded(batch.stats);

// What the user knows a batch by: the name this browser kept, else its id's start.
export const batchName = (id) => knownBatches().find((known) => known.id === id)?.name ?? `batch ${id.slice(0, 8)}`;

// options: {provider, model, maxIterations, diagnostics}, each left out for the server's default.
export function uploadBatch(jsonl, options) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(options)) if (value != null) query.set(name, String(value));
  const search = query.toString();
  return postText(search ? `${BATCHES}?${search}` : BATCHES, jsonl, 'application/x-ndjson');
}

export const getBatch = (id, signal) => getJson(batchPath(id), { signal });

// changes: a RegenerateRequest; a field left out keeps the old batch's value.
export const regenerateBatch = (id, changes) => postJson(`${batchPath(id)}/regenerate`, changes);

export const compareBatches = (before, now, signal) => getJson(
  `${BATCHES}/compare?${new URLSearchParams({ before, now })}`, { signal });

// Every job of the batch (its jobsUrl, a page of 100 at a time), in the order of its problems.
export async function batchJobs(batch, signal) {
  const jobs = [];
  let cursor = null;
  do {
    const query = new URLSearchParams({ limit: '100' });
    if (cursor) query.set('cursor', cursor);
    const page = await getJson(`${batch.jobsUrl}&${query}`, { signal });
    jobs.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return jobs.reverse();
}

export function knownBatches() {
  try {
    const kept = JSON.parse(localStorage.getItem(STORAGE) ?? '[]');
    return Array.isArray(kept) ? kept : [];
  } catch {
    return [];
  }
}

// name: what the user knows the batch by (the uploaded file's name).
export function rememberBatch(batch, name) {
  const entry = {
    id: batch.id, name, parentBatchId: batch.parentBatchId, createdAt: batch.createdAt,
    problemCount: batch.problemCount, model: [batch.provider, batch.model].filter(Boolean).join(':'),
  };
  const others = knownBatches().filter((known) => known.id !== batch.id);
  localStorage.setItem(STORAGE, JSON.stringify([entry, ...others].slice(0, KEPT)));
}
