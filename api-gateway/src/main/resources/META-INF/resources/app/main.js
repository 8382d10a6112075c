// Starts the page: the key form, then the view the address names, again on every change of address or key.
import { offerDemoKey } from './demo-key.js';
import { el } from './dom.js';
import { apiKey, setUpAccess } from './key.js';
import { route } from './routes.js';

let running = null;

function markNavigation(current) {
  document.querySelectorAll('[data-nav]').forEach((link) => {
    if (link.dataset.nav === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
}

function keyNeeded(container) {
  container.append(
    el('h1', { tabindex: -1 }, 'An API key is needed'),
    el('p', {}, 'Enter your tenant\'s API key at the top of the page; it is kept in this browser only.'));
}

// A page may be fetched first (routes.js): the focus moves once it is shown, unless another took its place.
async function render({ moveFocus }) {
  running?.abort();
  running = new AbortController();
  const { signal } = running;
  const view = document.getElementById('view');
  view.replaceChildren();
  const { page, params, nav, title, needsKey } = route(window.location.hash);
  markNavigation(nav);
  document.title = `${title} · ModelCraft`;
  if (needsKey && !apiKey()) keyNeeded(view);
  else await page(view, params, signal);
  if (moveFocus && !signal.aborted) (view.querySelector('h1') ?? view).focus();
}

setUpAccess();
offerDemoKey();
// The skip link moves focus without touching the address, whose hash is the route.
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('view').focus();
});
window.addEventListener('hashchange', () => render({ moveFocus: true }));
document.addEventListener('keychange', () => render({ moveFocus: false }));
render({ moveFocus: false });
