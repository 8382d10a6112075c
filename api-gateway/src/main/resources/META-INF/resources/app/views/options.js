// The options a problem, a batch upload and a regeneration share: the model, the maximum iterations and the
// diagnostics. The controls are named by the API's fields, so that an error about one shows next to it.
import { el } from '../dom.js';
import { allowedModels } from '../models-api.js';
import { checkboxField, field } from './fields.js';

// "provider:model" names both; a bare name is a model of any allowed provider; empty is the server's default.
export function modelChoice(text) {
  const chosen = text.trim();
  if (!chosen) return {};
  const colon = chosen.indexOf(':');
  return colon < 0 ? { model: chosen } : { provider: chosen.slice(0, colon), model: chosen.slice(colon + 1) };
}

// prefix: keeps the ids apart from another form's; the write page's have none.
export function optionControls(prefix = '') {
  const id = (name) => (prefix ? `${prefix}-${name}` : name);
  return {
    model: el('input', {
      id: id('model'), name: 'model', type: 'text', placeholder: 'default', autocomplete: 'off', spellcheck: 'false',
      list: id('model-choices'),
    }),
    maxIterations: el('input', {
      id: id('maxIterations'), name: 'maxIterations', type: 'number', min: 1, step: 1, inputmode: 'numeric',
      placeholder: 'default',
    }),
    diagnostics: el('input', { id: id('diagnostics'), name: 'diagnostics', type: 'checkbox' }),
  };
}

// The allowed models: offered as the model field's suggestions and named under it once the gateway said them.
function modelChoices(control) {
  const choices = el('datalist', { id: `${control.model.id}-choices` });
  const named = el('span', { class: 'allowed-models' });
  allowedModels().then((models) => {
    if (!models.length) return;
    choices.replaceChildren(...models.map((m) => el('option', { value: m.name }, m.isDefault ? 'the default' : '')));
    named.textContent = ` Allowed: ${models.map((m) => (m.isDefault ? `${m.name} (the default)` : m.name)).join(', ')}.`;
  });
  return { choices, named };
}

export function optionFields(control, modelHelp) {
  const { choices, named } = modelChoices(control);
  return [
    el('div', { class: 'row' },
      field('Model', control.model, [modelHelp, named]), choices,
      field('Maximum iterations', control.maxIterations)),
    checkboxField('Diagnostics: sample a passing program for real and show its posterior', control.diagnostics),
  ];
}

// The options as request fields; a control left empty (or unticked) is left out.
export function optionsOf(form) {
  const { model, maxIterations, diagnostics } = form.elements;
  const options = modelChoice(model.value);
  if (maxIterations.value.trim()) options.maxIterations = Number(maxIterations.value);
  if (diagnostics.checked) options.diagnostics = true;
  return options;
}
