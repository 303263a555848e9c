// The built drop-in files (dist/), loaded as a partner would: run `npm run build` first.
import { expect, waitUntil } from '@open-wc/testing';
import { closeFixtures, openFixture, type FixtureWindow } from './page.js';

const ES_BUILD = '/dist/loyalty-history.js';
/** The IIFE's name (vite.config.ts `build.lib.name`). */
const OWN_GLOBALS = ['LoyaltyHistoryBundle'];
/** Shared on purpose by every copy of Lit and zod on a page. */
const LIBRARY_GLOBALS = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions', '__zod_globalConfig'];

function widgetIn(win: FixtureWindow): Element {
  const el = win.document.querySelector('loyalty-history');
  if (!el) throw new Error('no <loyalty-history> on the page');
  return el;
}

describe('drop-in builds', () => {
  afterEach(closeFixtures);

  it('a classic <script src=".../loyalty-history.iife.js"> defines and upgrades <loyalty-history>', async () => {
    const win = await openFixture('iife.html');
    const ctor = win.customElements.get('loyalty-history');
    expect(ctor, 'defined').to.be.a('function');
    const el = widgetIn(win);
    expect(el).to.be.instanceOf(ctor!);
    await waitUntil(() => el.shadowRoot?.childElementCount, 'the widget renders into its shadow root');
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('the classic script adds no global names but its own and those Lit and zod keep', async () => {
    const win = await openFixture('iife.html');
    const blank = await openFixture('blank.html');
    const added = Object.keys(win).filter((k) => !(k in blank));
    expect(added).to.have.members([...OWN_GLOBALS, ...LIBRARY_GLOBALS]);
  });

  it('importing the ES module build defines <loyalty-history> and exports the defined class', async () => {
    expect(customElements.get('loyalty-history')).to.equal(undefined);
    const url: string = ES_BUILD;
    const mod = (await import(url)) as { LoyaltyHistory?: CustomElementConstructor };
    const ctor = customElements.get('loyalty-history');
    expect(ctor, 'defined').to.be.a('function');
    expect(mod.LoyaltyHistory).to.equal(ctor);
    const el = document.createElement('loyalty-history');
    expect(el).to.be.instanceOf(ctor!);
  });

  it('the classic script twice plus the module build: no error, one definition', async () => {
    const win = await openFixture('twice.html');
    // Module scripts run before the load event, so all three have run by now.
    const first = win.firstDefinition;
    expect(first, 'defined by the first script').to.be.a('function');
    expect(win.customElements.get('loyalty-history')).to.equal(first);
    const el = widgetIn(win);
    expect(el).to.be.instanceOf(first!);
    await waitUntil(() => el.shadowRoot?.childElementCount, 'the widget renders into its shadow root');
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('asks for the first page of each widget before the element is defined, once, and shows it', async () => {
    const win = (await openFixture('early.html')) as FixtureWindow & { requests: { body: string; defined: boolean; auth: string | null }[] };
    const [first, second, wrong, own] = [...win.document.querySelectorAll('loyalty-history')];
    const rows = (el: Element | undefined) => el?.shadowRoot?.querySelectorAll('[role="article"]').length ?? 0;
    await waitUntil(() => rows(first) === 5 && rows(second) === 5, 'both widgets show their first page', { timeout: 10000 });
    await waitUntil(() => rows(own) === 5, 'the widget with its own headers shows its first page', { timeout: 10000 });
    const firstPages = win.requests.filter((r) => /"Start":0\b/.test(r.body));
    const token = (r: { body: string }) => /"Token":(\d+)/.exec(r.body)?.[1];
    expect(firstPages.map(token).sort(), 'one first-page request per widget').to.deep.equal(['1001', '1002', '1003']);
    expect(firstPages.filter((r) => token(r) !== '1003').every((r) => !r.defined), 'they left before <loyalty-history> was defined').to.equal(true);
    // The one with headers of its own asked once, with them, once defined.
    expect(firstPages.filter((r) => token(r) === '1003').map((r) => [r.auth, r.defined])).to.deep.equal([['Bearer own', true]]);
    // The widget whose token is wrong asked nothing (three requests in all) and says it is set up wrongly.
    expect(win.requests).to.have.length(3);
    await waitUntil(() => wrong?.shadowRoot?.querySelector('[role="alert"]'), 'the wrong one shows an error');
    expect(win.pageErrors).to.deep.equal([]);
  });
});
