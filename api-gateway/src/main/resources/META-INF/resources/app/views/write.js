// The first page (#/): write a problem, choose the model and options, and submit it.
import { el } from '../dom.js';
import { apiKey } from '../key.js';
import { submitJob } from '../jobs-api.js';
import { examplesSection } from './examples.js';
import { checkboxField, clearErrors, field, formError, showError } from './fields.js';

// "provider:model" names both; a bare name is a model of any allowed provider; empty is the server's default.
function modelChoice(text) {
  const chosen = text.trim();
  if (!chosen) return {};
  const colon = chosen.indexOf(':');
  return colon < 0 ? { model: chosen } : { provider: chosen.slice(0, colon), model: chosen.slice(colon + 1) };
}

function requestOf(form) {
  const { problem, model, maxIterations, diagnostics } = form.elements;
  const request = { problem: problem.value, ...modelChoice(model.value) };
  if (maxIterations.value.trim()) request.maxIterations = Number(maxIterations.value);
  if (diagnostics.checked) request.diagnostics = true;
  return request;
}

function controls() {
  return {
    problem: el('textarea', { id: 'problem', name: 'problem', rows: 9, 'aria-required': 'true' }),
    model: el('input', {
      id: 'model', name: 'model', type: 'text', placeholder: 'default', autocomplete: 'off', spellcheck: 'false',
    }),
    maxIterations: el('input', {
      id: 'maxIterations', name: 'maxIterations', type: 'number', min: 1, step: 1, inputmode: 'numeric',
      placeholder: 'default',
    }),
    diagnostics: el('input', { id: 'diagnostics', name: 'diagnostics', type: 'checkbox' }),
  };
}

export function writePage(container, params, signal) {
  const control = controls();
  const submit = el('button', { type: 'submit', class: 'primary' }, 'Submit');
  const form = el('form', { id: 'submit-form', novalidate: true, 'aria-labelledby': 'write-title' },
    formError('submit-form-error'),
    field('Problem', control.problem, 'The data and what to estimate, in plain language.'),
    el('div', { class: 'row' },
      field('Model', control.model, 'Empty for the operator\'s default; else provider:model from the allowed list.'),
      field('Maximum iterations', control.maxIterations)),
    checkboxField('Diagnostics: sample a passing program for real and show its posterior', control.diagnostics),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    if (!apiKey()) {
      showError(form, { message: 'Enter your API key at the top of the page first.' });
      document.getElementById('api-key').focus();
      return;
    }
    submit.disabled = true;
    try {
      const job = await submitJob(requestOf(form));
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
