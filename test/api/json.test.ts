/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { exactJsonReader, NUM, parseJson } from '../../src/api/json.js';
import { ENGINE_TELLS_POSITION, ENGINE_TELLS_TRUNCATION } from '../helpers/engine.js';

async function syntaxError(text: string): Promise<SyntaxError> {
  try {
    await parseJson(text);
  } catch (e) {
    expect(e).to.be.instanceOf(SyntaxError);
    return e as SyntaxError;
  }
  throw new Error(`parsed: ${text}`);
}

describe('parseJson', () => {
  it('keeps numbers longer than 15 characters as their source text, marked as numbers; shorter ones are exact as numbers', async () => {
    const v = (await parseJson('[9007199254740993, -0.5e-3, 0, 12.50, 1E+2, 123456789012345, 0.12345678901234567]')) as unknown[];
    expect(v).to.deep.equal([`${NUM}9007199254740993`, -0.0005, 0, 12.5, 100, 123456789012345, `${NUM}0.12345678901234567`]);
    expect(await parseJson('{"Id" :\n12345678901234567890}')).to.deep.equal({ Id: `${NUM}12345678901234567890` });
  });

  it('reads long numbers exactly in the batches of a long array, and around very long strings', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `{"Id":${9007199254740993n + BigInt(i)},"Name":"${'\\"x'.repeat(50)}"}`);
    const text = `{"A":"${'y'.repeat(9_000_000)}","Operations":[${rows.join(',')}],"Rows":3000}`;
    const v = (await parseJson(text)) as { Operations: { Id: string }[]; Rows: number; A: string };
    expect(v.Operations).to.have.length(3000);
    expect(v.Operations.map((o) => o.Id)).to.deep.equal(rows.map((_, i) => `${NUM}${9007199254740993n + BigInt(i)}`));
    expect(v.Rows).to.equal(3000);
    expect(v.A).to.have.length(9_000_000);
  });

  it('keeps the last of two members of one name, as JSON.parse does, when arrays are read in batches', async () => {
    const big = `[${Array(20000).fill('"abcdefghijklmnop"').join(',')}]`;
    expect(await parseJson(`{"O":${big},"O":null}`)).to.deep.equal({ O: null });
    expect(((await parseJson(`{"O":null,"O":${big}}`)) as { O: unknown[] }).O).to.have.length(20000);
  });

  it('reads what JSON.parse reads for everything but numbers, digits inside strings included', async () => {
    const text =
      ' {"a": [true, false, null, "x\\"y\\\\z\\/\\b\\f\\n\\r\\t\\u0041\\ud83d\\ude00"], "b": {}, "c": [], "d": "Привет",' +
      ' "e": "id \\"9007199254740993\\": 12", "f\\\\": "\\\\", "12": "-3"} ';
    expect(await parseJson(text)).to.deep.equal(JSON.parse(text));
  });

  it('keeps __proto__ as plain data, polluting nothing', async () => {
    const o = (await parseJson('{"__proto__": {"x": 1}, "constructor": 2, "a": 1, "a": 3, "b": [{"__proto__": [5]}]}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(o)).to.equal(Object.prototype);
    expect(Object.keys(o)).to.deep.equal(['__proto__', 'constructor', 'a', 'b']);
    expect(Object.getOwnPropertyDescriptor(o, '__proto__')?.value).to.deep.equal({ x: 1 });
    expect(o['x']).to.equal(undefined);
    expect(o['a']).to.equal(3);
    const [inner] = o['b'] as Record<string, unknown>[];
    expect(Object.getPrototypeOf(inner)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(inner, '__proto__')?.value).to.deep.equal([5]);
    expect(({} as Record<string, unknown>)['x']).to.equal(undefined);
  });

  it('reports where the text ends too early', async () => {
    for (const text of ['{"a":"abc', '[1,', 'tr', '{"a":1.', '"\\u00', '{"a"', '{', '-', '{"a":"x 12345678901234567']) {
      const e = await syntaxError(text);
      // Other engines than Chromium may report a cut-off literal or string as a wrong one.
      if (ENGINE_TELLS_TRUNCATION) expect(e.message, text).to.equal(`truncated JSON (the body ends at position ${text.length})`);
      else expect(e.message, text).to.match(/^(truncated JSON \(the body ends at position \d+\)|invalid JSON( at position \d+)?)$/);
    }
  });

  it('reports the position of a bad character, and never the character itself', async () => {
    const cases: [string, string][] = [
      ['{"a":1,}', 'position 7'], ['[01]', 'position 2'], ['{"a" 1}', 'position 5'], ['"a\u0001"', 'position 2'],
      ['[1] x', 'position 4'], ['nul!', 'invalid JSON'], ["{'a':1}", 'position 1'], ['"\\x"', 'position 2'],
      ['{"a":[1,]}', 'invalid JSON'], [`{"a":[${Array(30000).fill('"abcdefghijklmnop"').join(',')},]}`, 'invalid JSON'],
    ];
    for (const [text, where] of cases) {
      const e = await syntaxError(text);
      expect(e.message, text).to.contain('invalid JSON');
      expect(e.message, text).not.to.contain('truncated');
      if (ENGINE_TELLS_POSITION || !where.startsWith('position')) expect(e.message, text).to.contain(where);
      expect(e.message, text).to.match(/^invalid JSON( at position \d+)?$/);
    }
  });

  it('stays invalid when a number stands where a key must be, or is malformed', async () => {
    for (const text of ['{12345678901234567890:1}', '{"a":1,2 :3}', '{"a":00000000000000001}', '[1.]', '[-]', '[1e]']) {
      expect((await syntaxError(text)).message, text).to.contain('invalid JSON');
    }
  });

  it('never quotes the text around a bad character (it may hold the token)', async () => {
    const e = await syntaxError('{"ErrorCode":0,"Token":9007199254740993123,"x":nul!}');
    expect(e.message).to.contain('invalid JSON');
    expect(e.message).not.to.match(/\d{3}/);
  });

  it('refuses absurd nesting without overflowing the stack', async () => {
    expect((await syntaxError('['.repeat(100000))).message).to.contain('truncated JSON');
    expect(await parseJson(`${'['.repeat(100000)}${']'.repeat(100000)}`)).to.be.an('array');
  });
});

describe('exactJsonReader: JSON in pieces, as a body streams', () => {
  const text = '{"Rows":2,"Note":"a \\"q\\" \\\\\\\\ Ж","Operations":[{"Id":9007199254740993,"N":-1.5e+3},{"Id":12345678901234567890,"S":"\\\\"}],"ErrorCode":0}';

  it('reads the same value wherever the text is cut: inside a number, a key, an escape or between tokens', async () => {
    const whole = await parseJson(text);
    expect((whole as { Operations: { Id: string }[] }).Operations[1]!.Id).to.equal(`${NUM}12345678901234567890`);
    for (let at = 0; at <= text.length; at++) {
      const reader = exactJsonReader();
      await reader.push(text.slice(0, at));
      await reader.push(text.slice(at));
      expect(await reader.end(), `cut at ${at}`).to.deep.equal(whole);
    }
  });

  it('cuts a long array into batches across pieces, keeping every long number exact', async () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `${9007199254740993n + BigInt(i)}`);
    const big = `{"Operations":[${ids.map((id) => `{"Id":${id},"T":"x,]}"}`).join(',')}],"Rows":20000}`;
    const reader = exactJsonReader();
    for (let at = 0; at < big.length; at += 997) await reader.push(big.slice(at, at + 997));
    const value = (await reader.end()) as { Operations: { Id: string }[]; Rows: number };
    expect(value.Operations.map((o) => o.Id)).to.deep.equal(ids.map((id) => NUM + id));
    expect(value.Rows).to.equal(20000);
  });

  it('tells why pieces are invalid from the whole text: truncated or at a position', async () => {
    const cut = exactJsonReader();
    for (const piece of ['{"Operations":[{"Id":1}', ',{"Id":2']) await cut.push(piece);
    const message = await cut.end().catch((e: Error) => e.message);
    if (ENGINE_TELLS_TRUNCATION) expect(message).to.equal('truncated JSON (the body ends at position 31)');
    else expect(message).to.match(/^(truncated JSON \(the body ends at position 31\)|invalid JSON( at position \d+)?)$/);
    const bad = exactJsonReader();
    for (const piece of ['{"Operations":[1,', ',2]}']) await bad.push(piece);
    expect(await bad.end().catch((e: Error) => e.message)).to.match(/^invalid JSON( at position 17)?$/);
  });
});
