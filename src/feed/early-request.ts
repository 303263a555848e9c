/**
 * The drop-in's head start: before Lit, the templates and the styles are evaluated, the first
 * page of every `<loyalty-history>` already in the document is asked for, with the same checks of
 * its attributes as the element makes. The element takes that answer when it asks for the same
 * first page with the same request and no `fetch` or `headers` of its own; otherwise the early
 * request is aborted. One request either way, never two.
 */
import { fetchHistoryPage } from '../api/client.js';
import { resolveConfig, sameRequest, type ConfigInput, type RequestConfig } from '../api/config.js';
import { DISPLAY_SETTINGS, FEED_SETTINGS, REQUEST_SETTINGS } from '../api/settings.js';
import type { HistoryPage } from '../api/types.js';

interface EarlyRequest {
  readonly request: RequestConfig;
  readonly page: Promise<HistoryPage>;
  readonly abort: AbortController;
}

const early = new WeakMap<Element, EarlyRequest>();

/** The settings an element's attributes give, as the element would read them. */
function attributesOf(el: Element): ConfigInput {
  const input: Record<string, unknown> = {};
  for (const table of [REQUEST_SETTINGS, DISPLAY_SETTINGS, FEED_SETTINGS]) {
    for (const [name, setting] of Object.entries(table)) {
      if (setting.attribute === false) continue;
      input[name] = 'boolean' in setting ? el.hasAttribute(setting.attribute) : el.getAttribute(setting.attribute);
    }
  }
  return input as ConfigInput;
}

/** Asks for the first page of every element named `tag` in the document that is not defined yet. */
export function requestEarly(tag: string): void {
  for (const el of document.querySelectorAll(`${tag}:not(:defined)`)) {
    // A page that gave the element its own fetch or headers before the script ran wants them used.
    if (Object.hasOwn(el, 'fetch') || Object.hasOwn(el, 'headers')) continue;
    let request: RequestConfig;
    try {
      request = resolveConfig(attributesOf(el)).request;
    } catch {
      continue; // the element shows the configuration error itself
    }
    const abort = new AbortController();
    const { endpoint, timeoutMs, serverTimeZone } = request;
    const page = fetchHistoryPage(request.query, 0, request.pageSize, { endpoint, timeoutMs, serverTimeZone }, abort.signal);
    page.catch(() => {}); // whoever takes it handles the failure; one not taken is dropped
    early.set(el, { request, page, abort });
  }
}

/**
 * The early answer for `host`, if it asked for exactly this page (`start` 0, `length` its page
 * size) with this request; linked to `signal`, so cancelling the host's request aborts it.
 * Whatever is not taken is aborted: the host asks itself.
 */
export function takeEarly(host: Element, request: RequestConfig, start: number, length: number, signal: AbortSignal): Promise<HistoryPage> | undefined {
  const found = early.get(host);
  if (!found) return undefined;
  early.delete(host);
  if (start !== 0 || length !== found.request.pageSize || !sameRequest(found.request, request)) {
    found.abort.abort();
    return undefined;
  }
  signal.addEventListener('abort', () => found.abort.abort(), { once: true });
  return found.page;
}

/** Drops any early request for `host` (it asks with its own `fetch` or `headers`). */
export function dropEarly(host: Element): void {
  early.get(host)?.abort.abort();
  early.delete(host);
}
