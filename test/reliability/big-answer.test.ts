import { expect, waitUntil } from '@open-wc/testing';
import { articles, mount } from '../helpers/widget.js';
import { watchTurns } from '../helpers/page-turns.js';

/**
 * A 60,000-row answer (about 18 MB) to a request for 20 rows, from a fetch whose body streams in
 * 64 kB chunks. The element reads it as it comes: chunk by chunk, with turns for the page between
 * the chunks, not as one string decoded and scanned at once (the longest task is the bench's
 * figure: bench/README.md). It still shows one page, the rest kept for Show more, with 64-bit ids exact.
 */
const ROWS = 60_000;
const CHUNK = 64 * 1024;
/** Ids above 2^53: every odd one would be rounded as a double. */
const FIRST_ID = 9_007_199_254_800_000n;

function bigAnswer(): Uint8Array {
  const rows: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const at = new Date(Date.UTC(2026, 10, 20, 9) - i * 60_000).toISOString().replace('Z', '+00:00');
    rows.push(`{"Id":${FIRST_ID + BigInt(i)},"ChequeId":${5010020003000000 + i},"PartnerName":"Кофейня «Бодрое утро»","PosName":"ТЦ Европейский, 2 этаж",` +
      `"Amount":${100 + (i % 900)}.5,"Added":37,"Redeemed":0,"Refund":false,"Proctime":"${at}","Discount":61.73,"ChequeNumber":"BU-01-${i}","Active":true}`);
  }
  return new TextEncoder().encode(`{"Rows":${ROWS},"Operations":[${rows.join(',')}],"ErrorCode":0,"Message":null}`);
}

describe('a 60,000-row answer', () => {
  it('is read as it streams, in many chunks with turns for the page between them, and shown a page at a time', async function () {
    this.timeout(60_000);
    const bytes = bigAnswer();
    const page = watchTurns();
    /** The page's turn count at each read of the body. */
    const turnsAtRead: number[] = [];
    let sent = 0;
    const fetch = (async () =>
      new Response(
        new ReadableStream<Uint8Array>(
          {
            pull(controller) {
              turnsAtRead.push(page.turns);
              if (sent >= bytes.length) return controller.close();
              controller.enqueue(bytes.slice(sent, (sent += CHUNK)));
            },
          },
          { highWaterMark: 0 },
        ),
        { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
      )) as typeof globalThis.fetch;
    try {
      const el = await mount({ token: '1', 'page-size': '20', 'load-mode': 'button' }, { fetch }, 'height:400px');
      await waitUntil(() => articles(el).length > 0, 'the first page', { timeout: 50_000 });
      const reads = turnsAtRead.length;
      expect(reads, 'reads of the body').to.be.greaterThan(bytes.length / CHUNK);
      // The page had turns between reads (one every few ms of work): the body was not drained in one
      // go ahead of the page's tasks. Drained by response.text(), no read had a turn before it.
      const apart = turnsAtRead.filter((t, i) => i > 0 && t > turnsAtRead[i - 1]!).length;
      expect(apart, `reads with a turn for the page before them, of ${reads}`).to.be.at.least(10);
      expect(articles(el), 'one page shown').to.have.length(20);
      expect(articles(el).slice(0, 2).map((a) => a.dataset['id'])).to.deep.equal([String(FIRST_ID), String(FIRST_ID + 1n)]);
    } finally {
      page.stop();
    }
  });
});
