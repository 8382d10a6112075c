// The models a job may choose (GET /api/v1/models), asked once per page load and shared by every form.
import { getJson } from './api.js';
import { apiKey } from './key.js';

let allowed = null;

export function allowedModels() {
  if (!apiKey()) return Promise.resolve([]);
  allowed ??= getJson('/api/v1/models').then((body) => body.models).catch(() => {
    allowed = null;
    return [];
  });
  return allowed;
}
