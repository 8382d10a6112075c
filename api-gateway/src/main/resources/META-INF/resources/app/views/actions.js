// What a user can do to a job: cancel it while it runs, or ask a finished one for a change.
import { el } from '../dom.js';
import { cancelJob, followUp } from '../jobs-api.js';
import { clearErrors, field, formError, showError } from './fields.js';

export function cancelControl(job, onJob) {
  const problem = el('p', { class: 'field-error', role: 'alert' });
  const button = el('button', { type: 'button', class: 'danger' }, 'Cancel job');
  button.addEventListener('click', async () => {
    button.disabled = true;
    problem.textContent = '';
    try {
      onJob(await cancelJob(job.id));
      button.textContent = 'Cancelling…';
    } catch (error) {
      problem.textContent = error.message;
      button.disabled = false;
    }
  });
  return el('div', { class: 'cancel' }, button, problem);
}

export function followUpForm(job) {
  const message = el('textarea', {
    id: 'follow-up-message', name: 'message', rows: 3, placeholder: 'use a Beta prior instead',
  });
  const form = el('form', { class: 'follow-up', novalidate: true, 'aria-labelledby': 'follow-up-title' },
    el('h2', { id: 'follow-up-title' }, 'Ask for a change'),
    formError('follow-up-form-error'),
    field('What should change in the final program?', message,
      'A new job continues this one\'s conversation from its final program.'),
    el('button', { type: 'submit' }, 'Refine'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const child = await followUp(job.id, message.value);
      window.location.hash = `#/jobs/${child.id}`;
    } catch (error) {
      showError(form, error);
    }
  });
  return form;
}
