// Small DOM and frame helpers for the harness.

/** Resolves at the next animation frame with its timestamp. @returns {Promise<number>} */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves once the next frame has been painted (a task queued from rAF runs after paint). */
export function paintedFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(undefined);
      channel.port2.postMessage(undefined);
    });
  });
}

/** @param {EventTarget} target @param {string} type @returns {Promise<Event>} */
export const once = (target, type) => new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));

/** Whether `el` is rendered and overlaps the visible part of `box`. @param {Element} el @param {Element} box */
export function onScreen(el, box) {
  const r = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  return r.height > 0 && r.bottom > b.top && r.top < b.bottom;
}

/** Elements in a document or shadow root, counting every shadow tree inside. @param {Document | ShadowRoot} root */
export function countElements(root) {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countElements(el.shadowRoot);
  }
  return n;
}
