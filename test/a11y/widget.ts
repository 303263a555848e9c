/** The mock platform's typical member (token 1001, mock/README.md) in a box of a given width. */
import { nextFrame, waitUntil } from '@open-wc/testing';
import type { LoyaltyHistory } from '../../src/loyalty-history.js';
import { articles, mount, root } from '../helpers/widget.js';

export { articles, root };

/** Mounts the widget in a box `width` px wide, waits for `rows` rows and a frame. */
export async function mountMember(width: number, rows: number, attrs: Record<string, string> = {}, style = ''): Promise<LoyaltyHistory> {
  const el = await mount({ token: '1001', 'site-code': 'test', 'time-zone': 'Europe/Moscow', 'page-size': String(rows), ...attrs }, {}, style);
  el.parentElement!.style.width = `${width}px`;
  await waitUntil(() => articles(el).length >= rows, `${rows} rows`, { timeout: 10000 });
  await el.updateComplete;
  await nextFrame();
  return el;
}

export const part = (el: LoyaltyHistory, name: string): HTMLElement => root(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;
