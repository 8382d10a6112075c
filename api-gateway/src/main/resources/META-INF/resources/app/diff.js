// A line diff from the longest common subsequence of two programs' lines, and its hunks with context.

// Past this many cells the table would cost more than a diff is worth on a page.
const MAX_CELLS = 4_000_000;

function commonLengths(before, after) {
  const width = after.length + 1;
  const table = new Uint32Array((before.length + 1) * width);
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = after.length - 1; j >= 0; j -= 1) {
      table[i * width + j] = before[i] === after[j]
        ? table[(i + 1) * width + j + 1] + 1
        : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  return (i, j) => table[i * width + j];
}

// Each line of both programs once, in order: {op: 'same' | 'del' | 'ins', text, before, after}
// with the line numbers it has in each (null where it is absent). Null when the programs are too long.
export function diffLines(beforeText, afterText) {
  const before = beforeText.split('\n');
  const after = afterText.split('\n');
  if ((before.length + 1) * (after.length + 1) > MAX_CELLS) return null;
  const common = commonLengths(before, after);
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      ops.push({ op: 'same', text: before[i], before: i + 1, after: j + 1 });
      i += 1; j += 1;
    } else if (i < before.length && (j === after.length || common(i + 1, j) >= common(i, j + 1))) {
      ops.push({ op: 'del', text: before[i], before: i + 1, after: null });
      i += 1;
    } else {
      ops.push({ op: 'ins', text: after[j], before: null, after: j + 1 });
      j += 1;
    }
  }
  return ops;
}

// The changed lines with `context` unchanged lines around each change, as runs of consecutive ops.
export function hunks(ops, context = 2) {
  const keep = ops.map(() => false);
  ops.forEach((line, index) => {
    if (line.op === 'same') return;
    for (let k = Math.max(0, index - context); k <= Math.min(ops.length - 1, index + context); k += 1) keep[k] = true;
  });
  const runs = [];
  ops.forEach((line, index) => {
    if (!keep[index]) return;
    if (index === 0 || !keep[index - 1]) runs.push([]);
    runs[runs.length - 1].push(line);
  });
  return runs;
}
