import { expect } from '@open-wc/testing';
import { FeedEngine, type PageRequest } from '../../src/feed/feed-engine.js';
import type { HistoryPage, Operation } from '../../src/api/types.js';

const ops = (n: number, from = 1): Operation[] => Array.from({ length: n }, (_, i) => ({ id: String(from + i) }));

type Base = 0 | 1 | 'short';

/** A server over `rows` (newest first) whose `Start` counts from `base`. */
function server(rows: () => Operation[], base: Base) {
  let requests = 0;
  return {
    get requests() { return requests; },
    answer(req: PageRequest): HistoryPage {
      requests++;
      const all = rows();
      // 1-based: row n is all[n-1]; Start 0 means 1, or ('short') the non-existent row 0.
      const from = base === 0 ? req.start : base === 1 ? Math.max(1, req.start) - 1 : req.start - 1;
      const slice = all.slice(Math.max(0, from), Math.max(0, from + req.length));
      return { rows: all.length, operations: slice };
    },
  };
}

function readAll(engine: FeedEngine, srv: ReturnType<typeof server>, limit = 1000): string[] {
  for (let i = 0; i < limit; i++) {
    const req = engine.begin();
    if (req === null) break;
    engine.receive(req, srv.answer(req));
  }
  return engine.chunks.flatMap((c) => c.rows.map((r) => r.op.id ?? '?'));
}

describe('FeedEngine', () => {
  for (const base of [0, 1, 'short'] as const) {
    it(`reads every row exactly once, in order, from a server whose Start base is ${base}`, () => {
      const all = ops(95);
      const srv = server(() => all, base);
      const engine = new FeedEngine(10);
      const ids = readAll(engine, srv);
      expect(ids).to.deep.equal(all.map((o) => o.id));
      expect(engine.status).to.equal('done');
      expect(engine.count).to.equal(95);
      // At most one page boundary repeats a row, so at most one request more than the ideal.
      expect(srv.requests).to.be.at.most(Math.ceil(95 / 10) + 1);
    });
  }

  it('keeps positions 1-based and contiguous for aria-posinset', () => {
    const engine = new FeedEngine(7);
    readAll(engine, server(() => ops(20), 1));
    expect(engine.chunks.flatMap((c) => c.rows.map((r) => r.index))).to.deep.equal([...Array(20).keys()]);
  });

  it('loses and repeats nothing when operations arrive between pages, and counts them as new', () => {
    let all = ops(50, 100);
    const srv = server(() => all, 1);
    const engine = new FeedEngine(10);
    engine.receive(engine.begin()!, srv.answer({ start: 0, length: 10 }));
    all = [...ops(3, 1000), ...all]; // three new operations at the top
    const ids = readAll(engine, srv);
    expect(ids).to.deep.equal(ops(50, 100).map((o) => o.id));
    expect(engine.newCount).to.equal(3);
    expect(engine.total).to.equal(53);
    expect(engine.status).to.equal('done');
  });

  it('does not end on a short page while Rows says there is more', () => {
    const engine = new FeedEngine(10);
    const req = engine.begin()!;
    engine.receive(req, { rows: 30, operations: ops(9) });
    expect(engine.status).to.equal('ready');
    expect(engine.nextStart).to.equal(9);
  });

  it('accepts a page longer than Length and continues from the rows actually received', () => {
    const engine = new FeedEngine(10);
    engine.receive(engine.begin()!, { rows: 30, operations: ops(15) });
    expect(engine.count).to.equal(15);
    expect(engine.begin()).to.deep.equal({ start: 15, length: 10 });
  });

  it('ends when a page brings no new row, without asking again', () => {
    const engine = new FeedEngine(5);
    engine.receive(engine.begin()!, { rows: 100, operations: ops(5) });
    engine.receive(engine.begin()!, { rows: 100, operations: ops(5) }); // the same page again
    expect(engine.status).to.equal('done');
    expect(engine.begin()).to.equal(null);
    expect(engine.count).to.equal(5);
  });

  it('ends on an empty first page (a new member)', () => {
    const engine = new FeedEngine(5);
    engine.receive(engine.begin()!, { rows: 0, operations: [] });
    expect(engine.status).to.equal('done');
    expect(engine.count).to.equal(0);
  });

  it('ends when Rows is smaller than the rows already sent', () => {
    const engine = new FeedEngine(5);
    engine.receive(engine.begin()!, { rows: 2, operations: ops(5) });
    expect(engine.status).to.equal('done');
  });

  it('without Rows, reads until a page brings nothing new', () => {
    const all = ops(12);
    const engine = new FeedEngine(5);
    const ids = readAll(engine, { requests: 0, answer: (r: PageRequest) => ({ operations: all.slice(r.start, r.start + r.length) }) } as never);
    expect(ids).to.have.length(12);
    expect(engine.status).to.equal('done');
  });

  it('allows only one request at a time', () => {
    const engine = new FeedEngine(5);
    expect(engine.begin()).to.not.equal(null);
    expect(engine.begin()).to.equal(null);
  });

  it('keeps the rows on an error and asks for the same page on retry', () => {
    const engine = new FeedEngine(5);
    engine.receive(engine.begin()!, { rows: 20, operations: ops(5) });
    engine.begin();
    engine.fail(Object.assign(new Error('x'), { kind: 'network' }) as never);
    expect(engine.status).to.equal('error');
    expect(engine.count).to.equal(5);
    expect(engine.begin()).to.deep.equal({ start: 5, length: 5 });
    expect(engine.error).to.equal(undefined);
  });

  it('after an abort, the cut-off page can be asked again', () => {
    const engine = new FeedEngine(5);
    engine.begin();
    engine.pause();
    expect(engine.begin()).to.deep.equal({ start: 0, length: 5 });
  });

  it('keeps two rows of one page that share an Id (the page is the server\'s snapshot), with distinct keys', () => {
    const engine = new FeedEngine(5);
    engine.receive(engine.begin()!, { rows: 2, operations: [{ id: '1' }, { id: '1' }] });
    const keys = engine.chunks[0]!.rows.map((r) => r.key);
    expect(keys).to.have.length(2);
    expect(new Set(keys).size).to.equal(2);
  });

  it('gives rows without an Id their own keys', () => {
    const engine = new FeedEngine(5);
    engine.receive(engine.begin()!, { rows: 3, operations: [{}, {}, { id: '9' }] });
    expect(new Set(engine.chunks[0]!.rows.map((r) => r.key)).size).to.equal(3);
  });

  it('reports the chunk of a refund when its original cheque arrives', () => {
    const engine = new FeedEngine(2);
    engine.receive(engine.begin()!, { rows: 4, operations: [{ id: '10', parent: '7' }, { id: '9' }] });
    const refundChunk = engine.chunks[0]!;
    const result = engine.receive(engine.begin()!, { rows: 4, operations: [{ id: '8' }, { id: '7' }] });
    expect(result.touched).to.deep.equal([refundChunk]);
    expect(refundChunk.version).to.equal(1);
    expect(engine.findById('7')?.index).to.equal(3);
  });

  it('ends when a server ignoring Start repeats the same page of rows without Ids', () => {
    const engine = new FeedEngine(3);
    const page = { operations: [{ amount: 1 }, { amount: 2 }, { amount: 3 }] };
    engine.receive(engine.begin()!, page);
    expect(engine.status).to.equal('ready');
    engine.receive(engine.begin()!, page);
    expect(engine.status).to.equal('done');
    expect(engine.count).to.equal(3);
  });
});
