// The banner saying the gateway cannot be reached; every API call shows or hides it.

const banner = () => document.getElementById('unreachable');

export function showUnreachable() {
  const node = banner();
  if (!node.hidden) return;
  node.textContent = 'The ModelCraft gateway cannot be reached. Check that it is running; '
    + 'this page tries again on your next action.';
  node.hidden = false;
}

export function hideUnreachable() {
  const node = banner();
  node.hidden = true;
  node.textContent = '';
}
