// Code blocks: a program with line numbers and its failing line marked, and the diff of two programs.
import { diffLines, hunks } from '../diff.js';
import { el } from '../dom.js';
import { highlightedLines } from '../highlight.js';

// Each line is a block of its own (no newline characters), so a line's text is exactly that line of code.
// Line numbers are drawn by CSS from data-n, so copying or reading the code's text never includes them.
function lineNumber(n) {
  return el('span', { class: 'ln', 'data-n': n ?? '', 'aria-hidden': 'true' });
}

export function codeBlock(code, { failingLine = null, label = 'Program' } = {}) {
  const lines = highlightedLines(code.replace(/\n$/, ''));
  const rows = lines.map((nodes, index) => {
    const n = index + 1;
    const failing = n === failingLine;
    return el('span', { class: failing ? 'line failing' : 'line', 'data-line': n },
      lineNumber(n), nodes, failing ? el('span', { class: 'visually-hidden' }, ' (the check failed here)') : null);
  });
  return el('pre', { class: 'code', tabindex: 0, 'aria-label': label }, el('code', {}, rows));
}

const SIGN = { same: ' ', del: '−', ins: '+' };
const SPOKEN = { same: '', del: 'removed: ', ins: 'added: ' };

function diffLine(line) {
  return el('span', { class: `line ${line.op}` },
    lineNumber(line.after ?? line.before),
    el('span', { class: 'sign', 'aria-hidden': 'true' }, SIGN[line.op]),
    el('span', { class: 'visually-hidden' }, SPOKEN[line.op]),
    line.text);
}

export function diffBlock(before, after, label) {
  const ops = diffLines(before.replace(/\n$/, ''), after.replace(/\n$/, ''));
  if (ops === null) return el('p', { class: 'note' }, 'The programs are too long to compare here.');
  const runs = hunks(ops);
  if (runs.length === 0) return el('p', { class: 'note' }, 'The program is the same as the previous one.');
  const rows = runs.flatMap((run, index) => [
    index > 0 ? el('span', { class: 'line gap', 'aria-hidden': 'true' }, '…') : null,
    run.map(diffLine),
  ]);
  return el('pre', { class: 'code diff', tabindex: 0, 'aria-label': label }, el('code', {}, rows));
}
