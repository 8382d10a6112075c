// Hash routes: #/ writes a problem, #/jobs lists jobs, #/jobs/{id} shows one. (A later slice adds #/batches.)
import { jobPage } from './views/job.js';
import { jobsPage } from './views/jobs.js';
import { notFoundPage } from './views/not-found.js';
import { writePage } from './views/write.js';

const ROUTES = [
  { pattern: /^\/?$/, page: writePage, nav: 'write', title: 'Write a problem', needsKey: false },
  { pattern: /^\/jobs\/?$/, page: jobsPage, nav: 'jobs', title: 'Jobs', needsKey: true },
  { pattern: /^\/jobs\/([^/]+)$/, page: jobPage, nav: 'jobs', title: 'Job', needsKey: true },
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
