// Running a batch's problems again with other options, as a new batch linked to it; an option left empty
// keeps the old batch's value.
import { el } from '../dom.js';
import { rememberBatch, regenerateBatch } from '../batches-api.js';
import { clearErrors, formError, showError } from './fields.js';
import { optionControls, optionFields, optionsOf } from './options.js';

export function regenerateForm(batch, name) {
  const control = optionControls('regenerate');
  const model = [batch.provider, batch.model].filter(Boolean).join(':');
  control.model.placeholder = model ? `as before: ${model}` : 'as before';
  control.maxIterations.placeholder = batch.maxIterations ? `as before: ${batch.maxIterations}` : 'as before';
  control.diagnostics.checked = Boolean(batch.diagnostics);
  const submit = el('button', { type: 'submit', class: 'primary' }, 'Regenerate');
  const attributes = { id: 'regenerate-form', class: 'panel', novalidate: true, 'aria-labelledby': 'regenerate-title' };
  const form = el('form', attributes,
    el('h2', { id: 'regenerate-title' }, 'Regenerate with another model'),
    el('p', { class: 'help' }, `The same ${batch.problemCount} problems as a new batch, to compare with this one.`),
    formError('regenerate-form-error'),
    optionFields(control, 'provider:model from the allowed list; empty keeps this batch\'s model.'),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    submit.disabled = true;
    try {
      const changes = { ...optionsOf(form), diagnostics: control.diagnostics.checked };
      const regenerated = await regenerateBatch(batch.id, changes);
      rememberBatch(regenerated, `${name.replace(/ \(regenerated\)$/, '')} (regenerated)`);
      window.location.hash = `#/batches/${regenerated.id}`;
    } catch (error) {
      showError(form, error);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
