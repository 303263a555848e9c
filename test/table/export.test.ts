import { expect } from '@open-wc/testing';
import type { ClientOptions } from '../../src/api/client.js';
import { HistoryError } from '../../src/api/errors.js';
import { getFormatter } from '../../src/format/index.js';
import { COLUMNS, parseColumns } from '../../src/table/columns.js';
import { HistoryExport, type ExportOptions, type ExportProgress } from '../../src/table/export.js';
import { CountingFetch } from '../helpers/counting-fetch.js';
import { STALL_MS } from '../helpers/engine.js';
import { FakePlatform, json, makeRows, type FakeOptions } from '../helpers/fake-platform.js';
import { formulaText, readCsv } from './csv-reader.js';
import { watchTurns } from '../helpers/page-turns.js';

const ID_ABOVE_2_53 = '9007199254740993';
const CARD_19 = '7000123456789012347';

/** A platform of `n` rows; every answer is written with the long numbers as JSON numbers, as the platform writes them. */
function platform(n: number, options: FakeOptions & { echo?: Record<string, string> } = {}) {
  const fake: FakePlatform = new FakePlatform({
    base: 0,
    rows: makeRows(n),
    ...options,
    respond: async (body, k) => {
      const custom = await options.respond?.(body, k);
      if (custom) return custom;
      const page = { ...options.echo, ...fake.page(Number(body['Start']), Number(body['Length'])) };
      return json(JSON.stringify(page).replace(/"(Id|OrderId|Client|Card)":"(\d+)"/g, '"$1":$2'));
    },
  });
  const counter = new CountingFetch(fake.fetch);
  const client: ClientOptions = {
    endpoint: '/test/OperationHistory',
    fetch: counter.fetch,
    timeoutMs: 5000,
    serverTimeZone: 'Europe/Moscow',
    retry: { retries: 2, baseDelayMs: 0, maxDelayMs: 0 },
    sleep: async () => {},
  };
  return { fake, counter, client, starts: () => fake.parsed.map((b) => b['Start']) };
}

function exporter(client: ClientOptions, extra: Partial<ExportOptions> = {}) {
  return new HistoryExport({ query: { card: CARD_19 }, client, columns: COLUMNS, fmt: getFormatter('ru', { timeZone: 'Europe/Moscow' }), ...extra });
}

/** The ids of the file's data rows, read back from their ="…" cells. */
async function fileIds(blob: Blob, separator = ';'): Promise<string[]> {
  const { records } = await readCsv(blob, separator);
  const at = records[0]!.indexOf('ID операции');
  return records.slice(1).map((r) => formulaText(r[at]!));
}

const expectedIds = (fake: FakePlatform) => fake.rows.map((r) => String(r.Id));

/** What a promise rejected with; undefined when it resolved. */
const rejection = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (e: unknown) => e);

describe('HistoryExport', () => {
  it('reads every row in sequential pages of 100, one request at a time, into the file', async () => {
    const { fake, counter, client, starts } = platform(250);
    const file = await exporter(client).start();
    expect(starts()).to.deep.equal([0, 100, 200]);
    expect(fake.parsed.map((b) => b['Length'])).to.deep.equal([100, 100, 100]);
    expect(counter.peak).to.equal(1);
    expect(file.rows).to.equal(250);
    expect(await fileIds(file.blob)).to.deep.equal(expectedIds(fake));
    expect(file.totals.coverage(250, true)).to.deep.equal({ count: 250, total: 250, complete: true });
    expect(file.totals.added).to.equal(2500);
  });

  it('reads every row once from a server counting Start from 1', async () => {
    const { fake, client } = platform(230, { base: 1 });
    const file = await exporter(client).start();
    expect(await fileIds(file.blob)).to.deep.equal(expectedIds(fake));
  });

  it('reports rows read of Rows and an estimate of the time left', async () => {
    const { client } = platform(250);
    let t = 0;
    const seen: ExportProgress[] = [];
    const clock = () => (t += 500); // each read of the clock: half a second later
    await exporter(client, { clock, onProgress: (p) => seen.push(p) }).start();
    expect(seen.map((p) => [p.read, p.total])).to.deep.equal([[100, 250], [200, 250], [250, 250]]);
    // First page: 500 ms for 100 rows, so 150 rows left take 750 ms; none left at the end.
    expect(seen[0]!.remainingMs).to.equal(750);
    expect(seen.at(-1)!.remainingMs).to.equal(0);
  });

  it('retries a fault as paging does, and still reads every row once', async () => {
    const { fake, client, starts } = platform(250, { respond: (_, k) => (k === 2 || k === 3 ? json({ Message: 'busy' }, 503) : undefined) });
    const file = await exporter(client).start();
    expect(starts()).to.deep.equal([0, 100, 100, 100, 200]);
    expect(await fileIds(file.blob)).to.deep.equal(expectedIds(fake));
  });

  it('stops with a clear error after the retries, gives no file, and resumes from the page that failed', async () => {
    let broken = true;
    const { fake, client, starts } = platform(250, { respond: (body) => (broken && body['Start'] === 100 ? json('', 503) : undefined) });
    const job = exporter(client);
    const error = await rejection(job.start());
    expect(error).to.be.instanceOf(HistoryError);
    expect((error as HistoryError).kind).to.equal('http');
    expect((error as HistoryError).status).to.equal(503);
    expect((error as HistoryError).message).to.contain('export stopped after 100 of 250 rows').and.contain('HTTP 503');
    expect(job.status).to.equal('failed');
    expect(job.error).to.equal(error);
    expect(starts()).to.deep.equal([0, 100, 100, 100]); // the first try and two retries
    broken = false;
    const file = await job.resume();
    expect(starts().slice(4)).to.deep.equal([100, 200]); // from the last page, not from the start
    expect(job.status).to.equal('done');
    expect(await fileIds(file.blob)).to.deep.equal(expectedIds(fake));
  });

  it('stops at once on cancel, gives no file, and resumes without asking a page twice', async () => {
    const { fake, client, starts } = platform(250);
    const cancel = new AbortController();
    const job = exporter(client, { onProgress: (p) => p.read === 100 && cancel.abort() });
    const error = await rejection(job.start(cancel.signal));
    expect((error as Error).name).to.equal('AbortError');
    expect(job.status).to.equal('cancelled');
    expect(starts()).to.deep.equal([0]);
    const file = await job.resume(new AbortController().signal);
    expect(starts()).to.deep.equal([0, 100, 200]);
    expect(await fileIds(file.blob)).to.deep.equal(expectedIds(fake));
  });

  it('aborts the request in flight on cancel and asks nothing more', async () => {
    const { counter, client } = platform(250, { delay: (body) => (body['Start'] === 100 ? 2000 : 0) });
    const cancel = new AbortController();
    const job = exporter(client, { onProgress: () => setTimeout(() => cancel.abort(), 20) });
    const error = await rejection(job.start(cancel.signal));
    expect((error as Error).name).to.equal('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(counter.outcomes).to.deep.equal(['ok', 'aborted']);
    expect(job.read).to.equal(100);
  });

  it('never asks twice at once when started twice', async () => {
    const { counter, client, starts } = platform(250, { delay: 5 });
    const job = exporter(client);
    const [a, b] = [job.start(), job.start()];
    expect(a).to.equal(b);
    await a;
    expect(counter.peak).to.equal(1);
    expect(starts()).to.deep.equal([0, 100, 200]);
    expect(await job.start()).to.equal(await a); // done: the same file, nothing asked again
    expect(starts()).to.have.length(3);
  });

  it('names the file after the client the platform resolved, else the card, and the day in the chosen zone', async () => {
    const late = () => new Date('2025-11-06T20:30:00Z'); // 7 November in Yekaterinburg, 6 November in Moscow
    const ekb = getFormatter('ru', { timeZone: 'Asia/Yekaterinburg' });
    const withClient = platform(5, { echo: { Client: ID_ABOVE_2_53, Card: CARD_19 } });
    expect((await exporter(withClient.client, { now: late, fmt: ekb }).start()).fileName).to.equal(`${ID_ABOVE_2_53}-2025-11-07.csv`);
    const withCard = platform(5, { echo: { Card: CARD_19 } });
    expect((await exporter(withCard.client, { now: late }).start()).fileName).to.equal(`${CARD_19}-2025-11-06.csv`);
    const silent = platform(5);
    expect((await exporter(silent.client, { now: late, query: { phone: '9153992642' } }).start()).fileName).to.equal('9153992642-2025-11-06.csv');
  });

  it('keeps ids above 2^53 and 19-digit numbers exact from the wire to the file', async () => {
    const { fake, client } = platform(3);
    fake.rows = fake.rows.map((row, i) => ({ ...row, Id: String(BigInt(ID_ABOVE_2_53) + BigInt(i)), OrderId: CARD_19 }));
    const columns = parseColumns('id order amount');
    const file = await exporter(client, { columns, fmt: getFormatter('en', { timeZone: 'UTC' }) }).start();
    const { records } = await readCsv(file.blob, ',');
    expect(records.slice(1).map((r) => [formulaText(r[0]!), formulaText(r[1]!), r[2]])).to.deep.equal([
      ['9007199254740993', CARD_19, '100'],
      ['9007199254740994', CARD_19, '101'],
      ['9007199254740995', CARD_19, '102'],
    ]);
  });

  /** Runs `work` while timing the page's turns; resolves with its result and the longest wait for a turn, in ms. */
  async function timingTurns<T>(work: () => Promise<T>): Promise<{ result: T; longest: number }> {
    const page = watchTurns();
    try {
      return { result: await work(), longest: page.longest };
    } finally {
      page.stop();
    }
  }

  it('exports 10,000 rows in 100 requests, giving the page turns all along', async function () {
    this.timeout(60_000);
    const { fake, client, counter } = platform(10_000);
    const { result: file, longest } = await timingTurns(() => exporter(client).start());
    expect(counter.calls).to.equal(100);
    expect(counter.peak).to.equal(1);
    expect(file.rows).to.equal(10_000);
    expect(await fileIds(file.blob)).to.deep.equal(expectedIds(fake));
    expect(longest, 'the longest the page waited for a turn, ms').to.be.below(STALL_MS);
  });

  it('gives the page turns while writing 20,000 rows that came in one answer', async function () {
    this.timeout(60_000);
    // A server that ignores Length: the engine serves the rest of its answer as pages, asking nothing.
    const { fake, client, counter } = platform(20_000, { respond: () => json({ Rows: 20_000, Operations: fake.rows, ErrorCode: 0 }) });
    const { result: file, longest } = await timingTurns(() => exporter(client).start());
    expect(counter.calls).to.equal(1);
    expect(file.rows).to.equal(20_000);
    expect(longest, 'the longest the page waited for a turn, ms').to.be.below(STALL_MS);
  });
});
