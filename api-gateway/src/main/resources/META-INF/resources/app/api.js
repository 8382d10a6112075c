// Every call to the gateway's /api/v1: the key as a bearer token, problem details as ApiError, a network
// failure as GatewayUnreachable (and the banner).
import { showUnreachable, hideUnreachable } from './banner.js';
import { apiKey, reportKeyProblem } from './key.js';
import { ApiError, GatewayUnreachable, problemOf } from './problem.js';

// Empty: this page's own origin. Another base (localStorage "modelcraft.apiBase") is for tests that
// point the page at a gateway that is not there.
const apiBase = () => localStorage.getItem('modelcraft.apiBase') ?? '';

function headersFor(body, accept, contentType) {
  const headers = { Accept: accept };
  if (apiKey()) headers.Authorization = `Bearer ${apiKey()}`;
  if (body !== undefined) headers['Content-Type'] = contentType;
  return headers;
}

// A body is sent as JSON, unless a contentType says it is already text of that type (a JSONL upload).
export async function send(path, { method = 'GET', body, signal, accept = 'application/json', contentType } = {}) {
  let response;
  try {
    response = await fetch(apiBase() + path, {
      method,
      signal,
      headers: headersFor(body, accept, contentType ?? 'application/json'),
      body: body === undefined || contentType ? body : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    showUnreachable();
    throw new GatewayUnreachable();
  }
  hideUnreachable();
  if (response.ok) return response;
  const failure = new ApiError(response.status, await problemOf(response));
  if (response.status === 401) reportKeyProblem(`The gateway refused the key: ${failure.message}`);
  throw failure;
}

export const getJson = async (path, options) => (await send(path, options)).json();

export const postJson = async (path, body) => (await send(path, { method: 'POST', body })).json();

export const postText = async (path, text, contentType) => (
  await send(path, { method: 'POST', body: text, contentType })).json();

export async function blobUrl(path, signal) {
  const response = await send(path, { signal, accept: 'image/png' });
  return URL.createObjectURL(await response.blob());
}
