/**
 * The mock and the widget agree on the wire: the mock's row type (mock/wire.d.ts) has exactly
 * the fields the widget's `Operation` reads, under their wire names. A field added, dropped or
 * misspelt on either side fails to compile here.
 */
import { expect } from '@open-wc/testing';
import type { WireEnvelope, WireOperation } from '../../mock/wire.js';
import { parseHistoryResponse } from '../../src/api/parse.js';
import type { HistoryPage, Operation } from '../../src/api/types.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rowAgrees: Same<keyof WireOperation, Capitalize<keyof Operation>> = true;
const envelopeAgrees: Same<Exclude<keyof WireEnvelope, 'Operations' | 'ErrorCode' | 'Message'>, Capitalize<Exclude<keyof HistoryPage, 'operations'>>> = true;

/** A mock member's history page as the mock writes it, and as the widget reads it. */
async function mockPage(token: number, length: number): Promise<{ wire: WireEnvelope; page: HistoryPage }> {
  const res = await fetch('/api/client/OperationHistory', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ Token: token, SiteCode: 'test', Start: 1, Length: length }),
  });
  const text = await res.text();
  return { wire: JSON.parse(text) as WireEnvelope, page: await parseHistoryResponse(text, { serverTimeZone: 'Europe/Moscow' }) };
}

describe('the wire, as the mock writes it and the widget reads it', () => {
  it('every field of a mock row is read into the operation under its own name', async () => {
    expect([rowAgrees, envelopeAgrees]).to.deep.equal([true, true]);
    const { wire, page } = await mockPage(1001, 0);
    expect([wire.ErrorCode, wire.Message]).to.deep.equal([0, '']);
    expect(page.operations).to.have.length(wire.Operations.length);
    const sent = new Set<string>();
    const read = new Set<string>();
    wire.Operations.forEach((row, i) => {
      for (const [name, value] of Object.entries(row)) if (value !== null) sent.add(name);
      for (const name of Object.keys(page.operations[i]!)) read.add(name[0]!.toUpperCase() + name.slice(1));
    });
    expect([...read].sort(), 'every field the mock sent is read').to.deep.equal([...sent].sort());
  });

  it('dates without an offset are the platform\'s Moscow wall time, whatever their precision', async () => {
    const { wire, page: { operations } } = await mockPage(1002, 300);
    const precisions = new Set<number>();
    wire.Operations.forEach((row, i) => {
      expect(row.Proctime).to.not.match(/[+-]\d\d:\d\d$|Z$/);
      precisions.add(row.Proctime.split('.')[1]?.length ?? 0);
      const [whole, fraction = ''] = row.Proctime.split('.');
      const expected = Date.parse(`${whole}.${fraction.padEnd(3, '0').slice(0, 3)}+03:00`);
      expect(operations[i]!.proctime!.getTime(), row.Proctime).to.equal(expected);
    });
    expect(precisions.size, 'several precisions').to.be.above(4);
  });
});
