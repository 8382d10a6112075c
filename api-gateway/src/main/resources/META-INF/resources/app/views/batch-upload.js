// Uploading a batch: a JSONL file of {"id", "problem"} lines and the options its jobs share. The gateway names
// the line at fault in its refusal, which shows next to the file; an error about an option, next to it.
import { el } from '../dom.js';
import { rememberBatch, uploadBatch } from '../batches-api.js';
import { clearErrors, field, formError, refusedWithoutKey, showError } from './fields.js';
import { optionControls, optionFields, optionsOf } from './options.js';

// A refusal of the upload that names no option is about the file's content.
const aboutTheFile = (error) => (error.status === 400 && !error.field
  ? { message: error.message, field: 'file' } : error);

export function uploadForm() {
  const file = el('input', {
    id: 'batch-file', name: 'file', type: 'file', accept: '.jsonl,.ndjson,.json,application/x-ndjson',
    'aria-required': 'true',
  });
  const control = optionControls('batch');
  const submit = el('button', { type: 'submit', class: 'primary' }, 'Upload and start');
  const form = el('form', { id: 'batch-form', class: 'panel', novalidate: true, 'aria-labelledby': 'upload-title' },
    el('h2', { id: 'upload-title' }, 'Upload a batch'),
    formError('batch-form-error'),
    field('JSONL file', file, 'One problem a line: {"id": "grizzly", "problem": "…"}; the id is optional.'),
    optionFields(control, 'Every problem\'s model: empty for the operator\'s default; else provider:model.'),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    if (refusedWithoutKey(form)) return;
    const chosen = file.files[0];
    if (!chosen) {
      showError(form, { message: 'Choose a JSONL file first.', field: 'file' });
      return;
    }
    submit.disabled = true;
    try {
      const batch = await uploadBatch(await chosen.text(), optionsOf(form));
      rememberBatch(batch, chosen.name);
      window.location.hash = `#/batches/${batch.id}`;
    } catch (error) {
      showError(form, aboutTheFile(error));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
