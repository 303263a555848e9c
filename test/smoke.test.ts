import { expect } from '@open-wc/testing';
import { HistoryError } from '../src/api/errors.js';
describe('smoke', () => {
  it('works', () => {
    expect(new HistoryError('api', 'x', { code: 3 }).toDetail()).to.deep.equal({ kind: 'api', message: 'x', code: 3 });
  });
});
