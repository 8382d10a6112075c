// Labelled form controls with a place for the error that concerns each, and showing an API error there.
import { el } from '../dom.js';
import { apiKey } from '../key.js';

export function field(label, control, help = null) {
  const errorId = `${control.id}-error`;
  const helpId = help ? `${control.id}-help` : null;
  control.setAttribute('aria-describedby', [helpId, errorId].filter(Boolean).join(' '));
  return el('div', { class: 'field' },
    el('label', { for: control.id }, label),
    control,
    help ? el('p', { class: 'help', id: helpId }, help) : null,
    el('p', { class: 'field-error', id: errorId }));
}

export function checkboxField(label, control) {
  const errorId = `${control.id}-error`;
  control.setAttribute('aria-describedby', errorId);
  return el('div', { class: 'field checkbox' },
    control, el('label', { for: control.id }, label),
    el('p', { class: 'field-error', id: errorId }));
}

export function formError(id) {
  return el('p', { class: 'form-error field-error', id, role: 'alert' });
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((message) => { message.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
}

// Next to the control the error concerns when there is one in this form, else above the form.
export function showError(form, error) {
  const control = error.field ? form.elements[error.field] : null;
  if (control?.id) {
    document.getElementById(`${control.id}-error`).textContent = error.message;
    control.setAttribute('aria-invalid', 'true');
    control.focus();
    return;
  }
  form.querySelector('.form-error').textContent = error.message;
}

// A form sent before the key was entered: say so on the form and take the user to the key field.
export function refusedWithoutKey(form) {
  if (apiKey()) return false;
  showError(form, { message: 'Enter your API key at the top of the page first.' });
  document.getElementById('api-key').focus();
  return true;
}
