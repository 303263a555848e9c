/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { JsonNumber, JsonSyntaxError, parseJson, type JsonObject } from '../../src/api/json.js';

function syntaxError(text: string): JsonSyntaxError {
  try {
    parseJson(text);
  } catch (e) {
    expect(e).to.be.instanceOf(JsonSyntaxError);
    return e as JsonSyntaxError;
  }
  throw new Error(`parsed: ${text}`);
}

describe('parseJson', () => {
  it('keeps numbers as their source text', () => {
    const v = parseJson('[9007199254740993, -0.5e-3, 0, 12.50]') as JsonNumber[];
    expect(v.map((n) => n.source)).to.deep.equal(['9007199254740993', '-0.5e-3', '0', '12.50']);
    expect(v[0]).to.be.instanceOf(JsonNumber);
  });

  it('reads what JSON.parse reads for everything but numbers', () => {
    const text = ' {"a": [true, false, null, "x\\"y\\\\z\\/\\b\\f\\n\\r\\t\\u0041\\ud83d\\ude00"], "b": {}, "c": [], "d": "Привет"} ';
    const plain = (v: unknown): unknown => (v === null || typeof v !== 'object' ? v : Array.isArray(v) ? v.map(plain) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])));
    expect(plain(parseJson(text))).to.deep.equal(JSON.parse(text));
  });

  it('builds prototype-less objects, so __proto__ is plain data', () => {
    const o = parseJson('{"__proto__": {"x": 1}, "constructor": 2, "a": 1, "a": 3}') as JsonObject;
    expect(Object.getPrototypeOf(o)).to.equal(null);
    expect(Object.keys(o)).to.deep.equal(['__proto__', 'constructor', 'a']);
    expect((o['a'] as JsonNumber).source).to.equal('3');
    expect(({} as Record<string, unknown>)['x']).to.equal(undefined);
  });

  it('reports where the text ends too early', () => {
    for (const text of ['{"a":"abc', '[1,', 'tr', '{"a":1.', '"\\u00', '{"a"', '{', '-']) {
      const e = syntaxError(text);
      expect(e.truncated, text).to.equal(true);
      expect(e.position).to.equal(text.length);
    }
  });

  it('reports the position of a bad character', () => {
    const cases: [string, number][] = [['{"a":1,}', 7], ['[01]', 2], ['{"a" 1}', 5], ['"a\u0001"', 2], ['[1] x', 4], ['nul!', 0], ["{'a':1}", 1], ['"\\x"', 2]];
    for (const [text, position] of cases) {
      const e = syntaxError(text);
      expect(e.truncated, text).to.equal(false);
      expect(e.position, text).to.equal(position);
      expect(e.message).to.contain(`position ${position}`);
    }
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(syntaxError('['.repeat(100000)).message).to.contain('nesting');
  });
});
