/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { NUM, parseJson } from '../../src/api/json.js';

function syntaxError(text: string): SyntaxError {
  try {
    parseJson(text);
  } catch (e) {
    expect(e).to.be.instanceOf(SyntaxError);
    return e as SyntaxError;
  }
  throw new Error(`parsed: ${text}`);
}

describe('parseJson', () => {
  it('keeps numbers as their source text, marked as numbers', () => {
    const v = parseJson('[9007199254740993, -0.5e-3, 0, 12.50, 1E+2]') as string[];
    expect(v).to.deep.equal(['9007199254740993', '-0.5e-3', '0', '12.50', '1E+2'].map((s) => NUM + s));
    expect(parseJson('{"Id" :\n12345678901234567890}')).to.deep.equal({ Id: `${NUM}12345678901234567890` });
  });

  it('reads what JSON.parse reads for everything but numbers, digits inside strings included', () => {
    const text =
      ' {"a": [true, false, null, "x\\"y\\\\z\\/\\b\\f\\n\\r\\t\\u0041\\ud83d\\ude00"], "b": {}, "c": [], "d": "Привет",' +
      ' "e": "id \\"9007199254740993\\": 12", "f\\\\": "\\\\", "12": "-3"} ';
    expect(parseJson(text)).to.deep.equal(JSON.parse(text));
  });

  it('keeps __proto__ as plain data, polluting nothing', () => {
    const o = parseJson('{"__proto__": {"x": 1}, "constructor": 2, "a": 1, "a": 3}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(o)).to.equal(Object.prototype);
    expect(Object.keys(o)).to.deep.equal(['__proto__', 'constructor', 'a']);
    expect(Object.getOwnPropertyDescriptor(o, '__proto__')?.value).to.deep.equal({ x: `${NUM}1` });
    expect(o['x']).to.equal(undefined);
    expect(o['a']).to.equal(`${NUM}3`);
    expect(({} as Record<string, unknown>)['x']).to.equal(undefined);
  });

  it('reports where the text ends too early', () => {
    for (const text of ['{"a":"abc', '[1,', 'tr', '{"a":1.', '"\\u00', '{"a"', '{', '-', '{"a":"x 12345678901234567']) {
      const e = syntaxError(text);
      expect(e.message, text).to.contain('truncated JSON');
      expect(e.message, text).to.contain(`position ${text.length}`);
    }
  });

  it('reports the position of a bad character', () => {
    const cases: [string, string][] = [
      ['{"a":1,}', 'position 7'], ['[01]', 'position 2'], ['{"a" 1}', 'position 5'], ['"a\u0001"', 'position 2'],
      ['[1] x', 'position 4'], ['nul!', "'!'"], ["{'a':1}", 'position 1'], ['"\\x"', 'position 2'],
    ];
    for (const [text, where] of cases) {
      const e = syntaxError(text);
      expect(e.message, text).to.contain('invalid JSON');
      expect(e.message, text).not.to.contain('truncated');
      expect(e.message, text).to.contain(where);
    }
  });

  it('stays invalid when a number stands where a key must be', () => {
    for (const text of ['{12345678901234567890:1}', '{"a":1,2 :3}']) expect(syntaxError(text).message, text).to.contain('invalid JSON');
  });

  it('never quotes the text around a bad character (it may hold the token)', () => {
    const e = syntaxError('{"ErrorCode":0,"Token":9007199254740993123,"x":nul!}');
    expect(e.message).to.contain('invalid JSON');
    expect(e.message).not.to.match(/\d{3}/);
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    expect(syntaxError('['.repeat(100000)).message).to.contain('truncated JSON');
    expect(parseJson(`${'['.repeat(100000)}${']'.repeat(100000)}`)).to.be.an('array');
  });
});
