// A check's warnings: each with its code, its message and the line it concerns.
import { el } from '../dom.js';

export function warningList(warnings, { heading = 'Warnings', level = 4 } = {}) {
  if (!warnings?.length) return null;
  return el('section', { class: 'warnings' },
    el(`h${level}`, {}, heading),
    el('ul', {}, warnings.map((warning) => el('li', {},
      el('code', {}, warning.code),
      warning.line != null ? ` (line ${warning.line})` : '',
      ': ', warning.message))));
}
