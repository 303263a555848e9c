import { render } from 'lit';

/** Removes Lit's markers from rendered markup that is kept without its parts. */
function dropComments(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (walker.nextNode()) found.push(walker.currentNode);
  for (const c of found) c.parentNode?.removeChild(c);
}

/** Renders a template once into plain nodes: no Lit parts are kept for it, so thousands of rows stay light. */
export function nodesOf(template: unknown): DocumentFragment {
  const fragment = document.createDocumentFragment();
  render(template, fragment);
  dropComments(fragment);
  return fragment;
}
