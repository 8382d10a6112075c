// A finished job: how it ended, the final program to copy, the model's summary, warnings and, when
// diagnostics ran, the posterior.
import { copyText } from '../clipboard.js';
import { el } from '../dom.js';
import { statusWord } from '../format.js';
import { codeBlock } from './code.js';
import { posteriorView } from './posterior.js';
import { summaryView } from './summary.js';
import { warningList } from './warnings.js';

function ending(job) {
  const count = job.iterations.length;
  const after = `after ${count} iteration${count === 1 ? '' : 's'}`;
  if (job.status === 'SUCCEEDED') return `${statusWord(job.status)} ${after}.`;
  if (job.status === 'FAILED') return `${statusWord(job.status)} ${after}: ${job.failureReason ?? 'no reason given'}`;
  return `${statusWord(job.status)} ${after}.`;
}

function copyButton(text) {
  const said = el('span', { class: 'copied', role: 'status' });
  const button = el('button', { type: 'button', class: 'copy' }, 'Copy program');
  button.addEventListener('click', async () => {
    said.textContent = (await copyText(text)) ? 'Copied.' : 'Copying failed; select the code and copy it.';
  });
  return el('div', { class: 'copy-row' }, button, said);
}

function finalProgram(code) {
  if (!code) return null;
  return el('section', { class: 'final', 'aria-labelledby': 'final-title' },
    el('h3', { id: 'final-title' }, 'Final program'),
    copyButton(code),
    el('div', { id: 'final-program' }, codeBlock(code, { label: 'Final program' })));
}

export function resultView(job, signal) {
  const passed = job.iterations.filter((iteration) => iteration.check?.ok).at(-1);
  const check = passed?.check;
  return el('section', { class: `result ${job.status.toLowerCase()}`, 'aria-labelledby': 'result-title' },
    el('h2', { id: 'result-title' }, 'Result'),
    el('p', { class: 'ending' }, ending(job)),
    finalProgram(job.finalCode),
    summaryView(check?.summary),
    warningList(check?.warnings, { heading: 'Warnings', level: 3 }),
    posteriorView(check?.posterior, signal));
}
