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
    expect(engine.total, 'the list being read: Rows less the new operations').to.equal(50);
    expect(engine.status).to.equal('done');
  });

  describe('a list growing on top between pages', () => {
    /** A server whose list gains `grow()` new operations on top before every request after the first. */
    function growing(base: Base, snapshot: number, grow: (request: number) => number) {
      let all = ops(snapshot, 1);
      let fresh = 100_000;
      let requests = 0;
      const srv = server(() => all, base);
      return {
        get requests() { return requests; },
        answer(req: PageRequest): HistoryPage {
          if (requests++ > 0) all = [...ops(grow(requests), (fresh += 1000)), ...all];
          return srv.answer(req);
        },
      };
    }

    for (const base of [0, 1, 'short'] as const) {
      for (const grow of [1, 3, 9, 10, 11, 25, 100]) {
        it(`reads every older row once, in order, with ${grow} new per request (page 10, base ${base})`, () => {
          const srv = growing(base, 95, () => grow);
          const engine = new FeedEngine(10);
          const ids = readAll(engine, srv as never);
          expect(ids).to.deep.equal(ops(95).map((o) => o.id));
          expect(engine.status).to.equal('done');
          expect(engine.total).to.equal(95);
          expect(engine.newCount).to.equal(grow * (srv.requests - 1));
          expect(srv.requests, 'requests').to.be.at.most(Math.ceil(95 / 8) + 3);
        });
      }
      it(`reads every older row once with growth that changes from request to request (base ${base})`, () => {
        const pattern = [0, 14, 2, 30, 9, 0, 0, 21, 5, 11, 3, 40, 1];
        const srv = growing(base, 120, (n) => pattern[n % pattern.length]!);
        const engine = new FeedEngine(10);
        const ids = readAll(engine, srv as never);
        expect(ids.filter((id) => Number(id) < 1000)).to.deep.equal(ops(120).map((o) => o.id));
        expect(ids, 'no new operation appended').to.deep.equal(ops(120).map((o) => o.id));
        expect(engine.status).to.equal('done');
      });
    }

    it('keeps the total of the list being read while only new operations arrive', () => {
      const srv = growing(0, 40, () => 5);
      const engine = new FeedEngine(10);
      const totals: (number | undefined)[] = [];
      for (let req = engine.begin(); req; req = engine.begin()) {
        engine.receive(req, srv.answer(req));
        totals.push(engine.total);
      }
      expect(new Set(totals)).to.deep.equal(new Set([40]));
    });

    it('stops with an error after three pages in a row that bring nothing new, never looping', () => {
      // Rows keeps growing, yet every page holds only rows already shown, wherever it is asked.
      let requests = 0;
      const engine = new FeedEngine(10);
      engine.receive(engine.begin()!, { rows: 50, operations: ops(10) });
      for (let req = engine.begin(); req; req = engine.begin()) {
        if (++requests > 10) break;
        engine.receive(req, { rows: 50 + requests * 37, operations: ops(10) });
        if (engine.status === 'error') break;
      }
      expect(engine.status).to.equal('error');
      expect(requests).to.equal(3);
      expect(engine.error?.kind).to.equal('invalid-response');
      expect(engine.count).to.equal(10);
    });
  });

  it('never shows a total below the rows shown: Rows 0, Rows shrinking', () => {
    const engine = new FeedEngine(10);
    engine.receive(engine.begin()!, { rows: 0, operations: ops(10) });
    expect(engine.total).to.equal(10);
    expect(engine.status).to.equal('done');
    const shrinking = new FeedEngine(10);
    shrinking.receive(shrinking.begin()!, { rows: 30, operations: ops(10) });
    shrinking.receive(shrinking.begin()!, { rows: 12, operations: ops(10, 11) });
    expect(shrinking.total).to.equal(20);
    expect(shrinking.status).to.equal('done');
  });

  it('tells rows with Id 0 (.NET\'s default) apart by position', () => {
    const all = ops(25).map((o) => ({ ...o, id: '0' }));
    const engine = new FeedEngine(10);
    readAll(engine, server(() => all, 0));
    expect(engine.count).to.equal(25);
    expect(new Set(engine.chunks.flatMap((c) => c.rows.map((r) => r.key))).size).to.equal(25);
  });

  it('does not end on a short page while Rows says there is more', () => {
    const engine = new FeedEngine(10);
    const req = engine.begin()!;
    engine.receive(req, { rows: 30, operations: ops(9) });
    expect(engine.status).to.equal('ready');
    expect(engine.nextStart).to.equal(9);
  });

  it('takes only Length rows from a longer page, and serves the rest as the next pages without asking', () => {
    const engine = new FeedEngine(10);
    const page = { rows: 30, operations: ops(25) };
    engine.receive(engine.begin()!, page);
    expect(engine.count).to.equal(10);
    const second = engine.begin()!;
    expect(second.start).to.equal(10);
    expect(second.page?.operations.map((o) => o.id)).to.deep.equal(ops(10, 11).map((o) => o.id));
    engine.receive(second, second.page!);
    const third = engine.begin()!;
    expect(third.page?.operations.map((o) => o.id)).to.deep.equal(ops(5, 21).map((o) => o.id));
    engine.receive(third, third.page!);
    expect(engine.count).to.equal(25);
    expect(engine.begin(), 'the answer is used up: ask the server').to.deep.equal({ start: 25, length: 10 });
  });

  it('makes keys for 20,000 rows sharing one Id in linear time', () => {
    const same = Array.from({ length: 20_000 }, () => ({ id: '7' }));
    const engine = new FeedEngine(100);
    const started = performance.now();
    engine.receive(engine.begin()!, { rows: 20_000, operations: same });
    for (let req = engine.begin(); req?.page; req = engine.begin()) engine.receive(req, req.page);
    expect(engine.count).to.equal(20_000);
    expect(new Set(engine.chunks.flatMap((c) => c.rows.map((r) => r.key))).size).to.equal(20_000);
    expect(performance.now() - started, 'ms').to.be.below(1000);
  });

  it('stops with an error when a page brings no new row while Rows says more exist and nothing grew', () => {
    const engine = new FeedEngine(5);
    engine.receive(engine.begin()!, { rows: 100, operations: ops(5) });
    engine.receive(engine.begin()!, { rows: 100, operations: ops(5) }); // the same page again
    expect(engine.status).to.equal('error');
    expect(engine.error?.message).to.equal('OperationHistory says more operations exist, but its next pages repeat those shown');
    expect(engine.count).to.equal(5);
  });

  it('ends when a page brings no new row and the server never said Rows', () => {
    const engine = new FeedEngine(5);
    engine.receive(engine.begin()!, { operations: ops(5) });
    engine.receive(engine.begin()!, { operations: ops(5) });
    expect(engine.status).to.equal('done');
    expect(engine.begin()).to.equal(null);
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

  it('finds the original cheque of a refund once a later page brings it', () => {
    const engine = new FeedEngine(2);
    engine.receive(engine.begin()!, { rows: 4, operations: [{ id: '10', parent: '7' }, { id: '9' }] });
    expect(engine.findById('7')).to.equal(undefined);
    const result = engine.receive(engine.begin()!, { rows: 4, operations: [{ id: '8' }, { id: '7' }] });
    expect(result.added.map((r) => r.op.id)).to.deep.equal(['8', '7']);
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
