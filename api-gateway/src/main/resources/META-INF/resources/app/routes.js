// Hash routes: #/ writes a problem, #/jobs lists jobs, #/jobs/{id} shows one; #/batches uploads and lists
// batches, #/batches/{id} shows one, #/batches/compare?before={id}&now={id} compares two.
import { showUnreachable } from './banner.js';
import { jobPage } from './views/job.js';
import { jobsPage } from './views/jobs.js';
import { notFoundPage } from './views/not-found.js';
import { writePage } from './views/write.js';

// A view a first visit does not need (the batch views) is fetched when it is first shown.
const later = (load, name) => async (container, params, signal) => {
  let views;
  try {
    views = await load();
  } catch {
    showUnreachable();
    return;
  }
  if (!signal.aborted) views[name](container, params, signal);
};
const batchesPage = later(() => import('./views/batches.js'), 'batchesPage');
const comparePage = later(() => import('./views/compare.js'), 'comparePage');
const batchPage = later(() => import('./views/batch.js'), 'batchPage');

const ROUTES = [
  { pattern: /^\/?$/, page: writePage, nav: 'write', title: 'Write a problem', needsKey: false },
  { pattern: /^\/jobs\/?$/, page: jobsPage, nav: 'jobs', title: 'Jobs', needsKey: true },
  { pattern: /^\/jobs\/([^/]+)$/, page: jobPage, nav: 'jobs', title: 'Job', needsKey: true },
  { pattern: /^\/batches\/?$/, page: batchesPage, nav: 'batches', title: 'Batches', needsKey: true },
  { pattern: /^\/batches\/compare$/, page: comparePage, nav: 'batches', title: 'Compare batches', needsKey: true },
  { pattern: /^\/batches\/([^/]+)$/, page: batchPage, nav: 'batches', title: 'Batch', needsKey: true },
];

function decoded(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function route(hash) {
  const [path, search = ''] = hash.replace(/^#/, '').split('?');
  const query = new URLSearchParams(search);
  for (const { pattern, ...found } of ROUTES) {
    const match = pattern.exec(path);
    if (match) return { ...found, params: { id: match[1] && decoded(match[1]), query } };
  }
  return { page: notFoundPage, nav: null, title: 'Not found', needsKey: false, params: { path } };
}
