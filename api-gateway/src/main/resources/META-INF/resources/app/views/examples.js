// Example problems one click away, from the problem set the build copies next to the page
// (JSON Lines: one {id, title, problem} per line).
import { el } from '../dom.js';

const SOURCE = '/app/thinkbayes.jsonl';
const SHOWN_FIRST = 5;

async function loadExamples(signal) {
  const response = await fetch(SOURCE, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.text()).split('\n').filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .filter((example) => typeof example.problem === 'string');
}

function exampleButton(example, use) {
  return el('li', {}, el('button', {
    type: 'button', class: 'example', 'data-example': example.id, onclick: () => use(example),
  }, example.title ?? example.id));
}

function exampleLists(examples, use) {
  const first = examples.slice(0, SHOWN_FIRST);
  const more = examples.slice(SHOWN_FIRST);
  return [
    el('ul', { class: 'examples' }, first.map((example) => exampleButton(example, use))),
    more.length ? el('details', {},
      el('summary', {}, `${more.length} more examples`),
      el('ul', { class: 'examples' }, more.map((example) => exampleButton(example, use)))) : null,
  ];
}

// `use(example)` is called with the example a user picks.
export function examplesSection(use, signal) {
  const body = el('div', {}, el('p', { class: 'note' }, 'Loading examples…'));
  loadExamples(signal)
    .then((examples) => body.replaceChildren(...exampleLists(examples, use).filter(Boolean)))
    .catch(() => {
      if (!signal.aborted) body.replaceChildren(el('p', { class: 'note' }, 'No examples are available here.'));
    });
  return el('section', { class: 'example-picker', 'aria-labelledby': 'examples-title' },
    el('h2', { id: 'examples-title' }, 'Start from an example'), body);
}
