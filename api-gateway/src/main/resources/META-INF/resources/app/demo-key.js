// The local run's demo key, one click away when the gateway hands it to this machine's browser
// (GET /local/demo-key with the page's header); anywhere else the button stays hidden.
import { useKey } from './key.js';

export async function offerDemoKey() {
  let response;
  try {
    response = await fetch('/local/demo-key', { headers: { 'X-ModelCraft-Page': '1', Accept: 'text/plain' } });
  } catch {
    return;
  }
  const key = response.ok ? (await response.text()).trim() : '';
  if (!key) return;
  const button = document.getElementById('use-demo-key');
  button.hidden = false;
  button.addEventListener('click', () => useKey(key));
}
