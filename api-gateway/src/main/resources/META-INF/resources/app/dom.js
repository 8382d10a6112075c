// Builds DOM nodes from plain values, so that text from the API is only ever inserted as text.

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...nodesOf(children));
  return node;
}

function nodesOf(children) {
  return children.flat(Infinity)
    .filter((child) => child != null && child !== false)
    .map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
}

export function clear(node, ...children) {
  node.replaceChildren(...nodesOf(children));
  return node;
}
