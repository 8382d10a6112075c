// One iteration of a job: what the loop asked, the program, the check's verdict with the failing line
// marked, the error and its hint, warnings, the time taken and the change from the previous iteration.
import { el } from '../dom.js';
import { duration } from '../format.js';
import { codeBlock, diffBlock } from './code.js';
import { warningList } from './warnings.js';

export function verdictOf(check) {
  if (!check) return 'not checked yet';
  return check.ok ? 'check passed' : `check failed at stage ${check.stage}`;
}

// The check's line numbers count lines of the program it checked, which it may have rewritten.
export const checkedCode = (iteration) => iteration.check?.rewrite?.code ?? iteration.code ?? '';

function timing(iteration) {
  const parts = [`LLM ${duration(iteration.llmMillis)}`];
  if (iteration.checkMillis != null) parts.push(`check ${duration(iteration.checkMillis)}`);
  if (iteration.inputTokens != null) parts.push(`${iteration.inputTokens} tokens in, ${iteration.outputTokens ?? 0} out`);
  return el('p', { class: 'timing' }, parts.join(' · '));
}

function rewriteNote(rewrite) {
  if (!rewrite?.changes?.length) return null;
  return el('div', { class: 'note' },
    el('p', {}, 'Before checking, the check changed the program:'),
    el('ul', {}, rewrite.changes.map((change) => el('li', {}, change))));
}

function errorBlock(error) {
  if (!error) return null;
  return el('div', { class: 'error' },
    el('p', { class: 'error-message' }, el('strong', {}, error.type), ': ', error.message),
    error.line != null
      ? el('p', { class: 'error-line' }, `at line ${error.line}: `, el('code', {}, (error.source_line ?? '').trim()))
      : null,
    error.hint ? el('p', { class: 'hint' }, el('strong', {}, 'Hint: '), error.hint) : null);
}

function changesFrom(previous, iteration) {
  if (!previous) return null;
  return el('details', { class: 'changes', open: true },
    el('summary', {}, `Changes from iteration ${previous.number}`),
    diffBlock(previous.code ?? '', iteration.code ?? '', `Changes from iteration ${previous.number}`));
}

export function iterationView(iteration, previous) {
  const check = iteration.check;
  const headingId = `iteration-${iteration.number}`;
  return el('article', {
    class: `iteration ${check ? (check.ok ? 'passed' : 'failed') : 'pending'}`,
    'data-iteration': iteration.number,
    'aria-labelledby': headingId,
  },
  el('h3', { id: headingId }, `Iteration ${iteration.number}: `, el('span', { class: 'verdict' }, verdictOf(check))),
  iteration.asked ? el('p', { class: 'asked' }, `Asked: ${iteration.asked}`) : null,
  timing(iteration),
  rewriteNote(check?.rewrite),
  codeBlock(checkedCode(iteration), {
    failingLine: check?.ok ? null : check?.error?.line ?? null,
    label: `Program of iteration ${iteration.number}`,
  }),
  errorBlock(check?.ok ? null : check?.error),
  warningList(check?.warnings),
  changesFrom(previous, iteration));
}
