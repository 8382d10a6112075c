// The first page (#/): write a problem, choose the model and options, and submit it.
import { el } from '../dom.js';
import { submitJob } from '../jobs-api.js';
import { examplesSection } from './examples.js';
import { clearErrors, field, formError, refusedWithoutKey, showError } from './fields.js';
import { optionControls, optionFields, optionsOf } from './options.js';

function controls() {
  return {
    problem: el('textarea', { id: 'problem', name: 'problem', rows: 9, 'aria-required': 'true' }),
    ...optionControls(),
  };
}

export function writePage(container, params, signal) {
  const control = controls();
  const submit = el('button', { type: 'submit', class: 'primary' }, 'Submit');
  const form = el('form', { id: 'submit-form', novalidate: true, 'aria-labelledby': 'write-title' },
    formError('submit-form-error'),
    field('Problem', control.problem, 'The data and what to estimate, in plain language.'),
    optionFields(control, 'Empty for the operator\'s default; else provider:model from the allowed list.'),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    if (refusedWithoutKey(form)) return;
    submit.disabled = true;
    try {
      const job = await submitJob({ problem: form.elements.problem.value, ...optionsOf(form) });
      window.location.hash = `#/jobs/${job.id}`;
    } catch (error) {
      showError(form, error);
    } finally {
      submit.disabled = false;
    }
  });
  const useExample = (example) => {
    control.problem.value = example.problem;
    control.problem.focus();
  };
  container.append(
    el('h1', { id: 'write-title', tabindex: -1 }, 'Write a problem'),
    el('p', { class: 'lead' }, 'A model writes PyMC code for it; every attempt is checked against the real PyMC '
      + 'before you see it, and its errors go back to the model until a program passes.'),
    el('div', { class: 'write-layout' }, form, examplesSection(useExample, signal)));
}
