// The built classic drop-in on a page served with `Content-Security-Policy: default-src 'self'`
// (web-test-runner.config.mjs adds the header to *.csp.html), talking to the mock platform.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { closeFixtures, openFixture, type FixtureWindow } from './page.js';

async function renderedRows(win: FixtureWindow): Promise<HTMLElement> {
  const el = win.document.querySelector('loyalty-history');
  if (!el) throw new Error('no <loyalty-history> on the page');
  await waitUntil(
    () => (el.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0) > 0,
    'rows from the mock appear',
    { timeout: 10000 },
  );
  return el as HTMLElement;
}

describe('drop-in under a strict CSP', () => {
  afterEach(closeFixtures);

  it('renders operations from the mock with no CSP violation and no error', async () => {
    const win = await openFixture('strict.csp.html');
    const el = await renderedRows(win);
    // Give late violations time to be reported (no rAF: it may not run in a background test tab).
    await aTimeout(100);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    // The widget's styles did apply (adoptedStyleSheets are allowed under CSP).
    expect(win.getComputedStyle(el).display).to.equal('block');
  });

  it('the page really is under the policy: an inline style attribute is reported', async () => {
    const win = await openFixture('strict.csp.html');
    await renderedRows(win);
    win.document.body.insertAdjacentHTML('beforeend', '<i style="color: red">x</i>');
    await waitUntil(() => win.cspViolations.length > 0, 'the violation is reported');
    expect(win.cspViolations[0]).to.match(/^style-src/);
  });
});
