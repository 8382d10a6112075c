// The tenant's API key: entered once, kept in this browser's localStorage, sent with every API call.

const STORAGE = 'modelcraft.apiKey';

export const apiKey = () => localStorage.getItem(STORAGE) ?? '';

function announce() {
  document.dispatchEvent(new CustomEvent('keychange'));
}

function showState() {
  const saved = apiKey() !== '';
  document.getElementById('key-form').hidden = saved;
  document.getElementById('key-saved').hidden = !saved;
}

export function reportKeyProblem(message) {
  document.getElementById('key-message').textContent = message;
}

export function useKey(key) {
  localStorage.setItem(STORAGE, key);
  document.getElementById('key-form').reset();
  reportKeyProblem('');
  showState();
  announce();
}

export function setUpAccess() {
  const form = document.getElementById('key-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = form.elements.apiKey.value.trim();
    if (!key) {
      reportKeyProblem('Enter the API key your operator gave you (it starts with mck_).');
      return;
    }
    useKey(key);
  });
  document.getElementById('forget-key').addEventListener('click', () => {
    localStorage.removeItem(STORAGE);
    reportKeyProblem('');
    showState();
    document.getElementById('api-key').focus();
    announce();
  });
  showState();
}
