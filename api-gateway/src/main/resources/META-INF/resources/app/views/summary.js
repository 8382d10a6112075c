// The checked model as the check describes it: its variables with kind, distribution, shape and dims,
// and the coordinates of its dims.
import { el } from '../dom.js';
import { shape } from '../format.js';

function table(caption, headers, rows) {
  return el('div', { class: 'table-scroll' }, el('table', {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, headers.map((header) => el('th', { scope: 'col' }, header)))),
    el('tbody', {}, rows)));
}

function variableRow(variable) {
  return el('tr', {},
    el('th', { scope: 'row' }, el('code', {}, variable.name)),
    el('td', {}, variable.kind ?? '–'),
    el('td', {}, variable.distribution ?? '–'),
    el('td', {}, shape(variable.shape)),
    el('td', {}, variable.dims?.length ? variable.dims.map((dim) => dim ?? '–').join(', ') : '–'));
}

function coordsList(coords) {
  const named = Object.entries(coords ?? {});
  if (!named.length) return null;
  return el('dl', { class: 'coords' }, named.flatMap(([dim, values]) => [
    el('dt', {}, dim),
    el('dd', {}, Array.isArray(values) ? `${values.length} values: ${values.slice(0, 8).join(', ')}`
      + (values.length > 8 ? ', …' : '') : String(values)),
  ]));
}

export function summaryView(summary) {
  if (!summary) return null;
  const variables = Array.isArray(summary.variables) ? summary.variables : [];
  return el('section', { class: 'summary', 'aria-labelledby': 'summary-title' },
    el('h3', { id: 'summary-title' }, 'The model'),
    variables.length
      ? table('Variables', ['Name', 'Kind', 'Distribution', 'Shape', 'Dims'], variables.map(variableRow))
      : el('p', {}, 'The check listed no variables.'),
    coordsList(summary.coords));
}

export { table };
