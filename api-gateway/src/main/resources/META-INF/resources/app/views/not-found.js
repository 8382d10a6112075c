import { el } from '../dom.js';

export function notFoundPage(container, { path }) {
  container.append(
    el('h1', { tabindex: -1 }, 'Nothing here'),
    el('p', {}, 'This page has no view at ', el('code', {}, `#${path}`), '. ',
      el('a', { href: '#/' }, 'Write a problem'), ' or see ', el('a', { href: '#/jobs' }, 'your jobs'), '.'));
}
