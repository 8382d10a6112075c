// What a job was asked: its problem, the model and options, and the job it refines if it is a follow-up.
import { el } from '../dom.js';
import { when } from '../format.js';

function option(term, value) {
  return value == null || value === '' ? null : [el('dt', {}, term), el('dd', {}, value)];
}

// The scripted server of the tests and the scripted demo answers from a fixed script: never pass it off as a model.
function modelName(job) {
  const name = [job.provider, job.model].filter(Boolean).join(':');
  return job.model === 'scripted' ? `${name} (the scripted stand-in, not a real model)` : name;
}

export function aboutJob(job) {
  return el('section', { class: 'about', 'aria-labelledby': 'about-title' },
    el('h2', { id: 'about-title' }, 'The problem'),
    job.parentJobId
      ? el('p', { class: 'refines' }, 'Refines job ',
        el('a', { href: `#/jobs/${job.parentJobId}` }, job.parentJobId), ', asking: ', el('q', {}, job.followUp))
      : null,
    el('p', { class: 'problem-text' }, job.problem),
    el('dl', { class: 'options' },
      option('Model', modelName(job)),
      option('Maximum iterations', job.maxIterations),
      option('Diagnostics', job.diagnostics ? 'on' : 'off'),
      option('Prompt version', job.promptVersion),
      option('Submitted', when(job.createdAt))));
}
