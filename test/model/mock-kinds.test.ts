import { expect } from '@open-wc/testing';
import { parseHistoryResponse } from '../../src/api/parse.js';
import { describeOperation, type OperationKind } from '../../src/model/operation.js';

/** The mock's "now" (mock/README.md): 2026-11-29 12:00 Moscow time. */
const NOW = new Date('2026-11-29T09:00:00Z');

describe('the mock history, named as the widget names it', () => {
  it('burns read "Баллы сгорели", never a spending, and every row has a kind of its own', async () => {
    const res = await fetch('/api/client/OperationHistory', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Token: 1001, SiteCode: 'test', Start: 1, Length: 0 }),
    });
    const text = await res.text();
    const wire = (JSON.parse(text) as { Operations: { ComponentType: number | null }[] }).Operations;
    const { operations } = await parseHistoryResponse(text, { serverTimeZone: 'Europe/Moscow' });
    expect(operations).to.have.length(150);
    const kinds = operations.map((op) => describeOperation(op, NOW).kind);
    const burns = kinds.filter((_, i) => wire[i]!.ComponentType === 3);
    expect(burns.length, 'the mock has burns').to.be.above(0);
    expect(new Set(burns)).to.deep.equal(new Set<OperationKind>(['burnt']));
    expect(kinds.filter((k) => k === 'burnt').length, 'nothing else reads as burnt').to.equal(burns.length);
    expect(kinds).to.not.include('other');
    for (const k of ['purchase', 'refund', 'bonus-gift', 'certificate', 'coupon'] as const) expect(kinds, k).to.include(k);
  });
});
