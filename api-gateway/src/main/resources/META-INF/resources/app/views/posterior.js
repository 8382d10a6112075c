// What the diagnostics tier's short sampling run found: the posterior's numbers per variable and its plots.
// The plots are API paths that need the key, so they are fetched as blobs.
import { el } from '../dom.js';
import { number } from '../format.js';
import { plotImage } from '../jobs-api.js';
import { table } from './summary.js';

const COLUMNS = ['mean', 'sd', 'eti89_lower', 'eti89_upper', 'r_hat', 'ess_bulk', 'ess_tail'];
const HEADERS = ['Variable', 'Mean', 'SD', '89% interval from', 'to', 'R-hat', 'ESS bulk', 'ESS tail'];

function numbersTable(variables) {
  const rows = Object.entries(variables ?? {}).map(([name, stats]) => el('tr', {},
    el('th', { scope: 'row' }, el('code', {}, name)),
    COLUMNS.map((column) => el('td', { class: 'num' }, number(stats?.[column])))));
  return rows.length ? table('Posterior', HEADERS, rows) : null;
}

function runLine(posterior) {
  const parts = [`${posterior.chains ?? '?'} chains of ${posterior.draws ?? '?'} draws`];
  if (posterior.seconds != null) parts.push(`in ${number(posterior.seconds)} s`);
  if (posterior.divergences != null) parts.push(`${posterior.divergences} divergences`);
  if (posterior.bfmi != null) parts.push(`E-BFMI ${number(posterior.bfmi)}`);
  return el('p', {}, `Sampled ${parts.join(', ')}.`);
}

function plotFigure(name, path, signal) {
  const image = el('img', { alt: `The ${name} plot of the posterior` });
  const caption = el('figcaption', {}, `${name} (loading…)`);
  plotImage(path, signal)
    .then((url) => {
      image.src = url;
      caption.textContent = name;
      signal.addEventListener('abort', () => URL.revokeObjectURL(url), { once: true });
    })
    .catch(() => { caption.textContent = `${name}: the plot could not be loaded`; });
  return el('figure', { class: 'plot' }, image, caption);
}

function plotErrors(errors) {
  const missing = Object.entries(errors ?? {});
  if (!missing.length) return null;
  return el('ul', { class: 'note' }, missing.map(([name, why]) => el('li', {}, `No ${name} plot: ${why}`)));
}

export function posteriorView(posterior, signal) {
  if (!posterior) return null;
  const plots = Object.entries(posterior.plots ?? {});
  return el('section', { class: 'posterior', 'aria-labelledby': 'posterior-title' },
    el('h3', { id: 'posterior-title' }, 'Posterior (diagnostics)'),
    posterior.error ? el('p', { class: 'error' }, `Sampling failed: ${posterior.error}`) : runLine(posterior),
    numbersTable(posterior.variables),
    plots.length ? el('div', { class: 'plots' }, plots.map(([name, path]) => plotFigure(name, path, signal))) : null,
    plotErrors(posterior.plot_errors));
}
