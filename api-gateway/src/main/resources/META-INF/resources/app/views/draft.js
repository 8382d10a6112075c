// The reply a model is writing, as the job's event stream brings it: shown under the iterations until the
// iteration it becomes is recorded or the job ends. Plain text, since a half-written reply is not yet code.
import { el } from '../dom.js';

export function draftView() {
  const title = el('h3', { id: 'draft-title' });
  const text = el('pre', { class: 'draft-text', tabindex: 0, 'aria-labelledby': 'draft-title' });
  const section = el('section', { class: 'draft', id: 'draft', 'aria-labelledby': 'draft-title', hidden: true },
    title, text);

  const show = (draft) => {
    section.hidden = !draft;
    if (!draft) return;
    const again = draft.call > 1 ? ` (model call ${draft.call} of this turn)` : '';
    title.textContent = `Iteration ${draft.iteration}: the model is writing${again}…`;
    const atBottom = text.scrollTop + text.clientHeight >= text.scrollHeight - 8;
    text.textContent = draft.text;
    if (atBottom) text.scrollTop = text.scrollHeight;
  };
  return { section, show };
}
