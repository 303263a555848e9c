import { expect } from '@open-wc/testing';
import { en, ru } from '../../src/format/texts.js';
import type { Messages } from '../../src/format/messages.js';

const fold = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('messages', () => {
  it('Russian operation counts take the right form', () => {
    const got = [1, 2, 5, 11, 21, 22, 25, 1.5, 1234].map((n) => fold(ru.operationsCount(n)));
    expect(got).to.deep.equal([
      '1 операция', '2 операции', '5 операций', '11 операций', '21 операция', '22 операции', '25 операций', '1,5 операции', '1 234 операции',
    ]);
  });

  it('Russian points use the genitive singular for fractions', () => {
    expect([1, 2, 5, 11, 21, 22, 25, 1.5, 61.7, 0].map((n) => ru.points(n))).to.deep.equal([
      'балл', 'балла', 'баллов', 'баллов', 'балл', 'балла', 'баллов', 'балла', 'балла', 'баллов',
    ]);
    expect(ru.points(-21)).to.equal('балл');
    expect(ru.pointsCount(61.7)).to.equal('61,7 балла');
  });

  it('English counts: one only for exactly one', () => {
    expect([1, 2, 5, 11, 21, 22, 25, 1.5].map((n) => en.operationsCount(n))).to.deep.equal([
      '1 operation', '2 operations', '5 operations', '11 operations', '21 operations', '22 operations', '25 operations', '1.5 operations',
    ]);
    expect(en.points(1)).to.equal('point');
    expect(en.points(1.5)).to.equal('points');
  });

  it('new operations and loading announcements', () => {
    expect([1, 3, 5, 21].map((n) => ru.newOperations(n))).to.deep.equal(['1 новая операция', '3 новые операции', '5 новых операций', '21 новая операция']);
    expect(en.newOperations(3)).to.equal('3 new operations');
    expect(ru.loadedAnnouncement(40, 134)).to.equal('Загружено 40 из 134');
    expect(en.loadedAnnouncement(40, 134)).to.equal('Loaded 40 of 134');
    expect(ru.allLoaded(134)).to.equal('Все операции загружены: 134');
    expect(en.allLoaded(134)).to.equal('All 134 operations loaded');
  });

  it('badges and card, in both languages', () => {
    expect(ru.cardLabel('4321')).to.equal('Карта •••• 4321');
    expect(ru.pendingUntil('12 ноября')).to.equal('Будут доступны с 12 ноября');
    expect(en.pendingUntil('12 November')).to.equal('Available from 12 November');
    expect(ru.expiresOn('31 декабря')).to.equal('Сгорят 31 декабря');
    expect(en.expiresOn('31 December')).to.equal('Expire on 31 December');
    expect(ru.bonusChangeWord(5)).to.equal('начислено');
    expect(ru.bonusChangeWord(-5)).to.equal('списано');
    expect(en.bonusChangeWord(-5)).to.equal('spent');
  });

  it('both languages have a non-empty text for every key', () => {
    const check = (m: Messages) => {
      for (const group of [m.titles, m.tabs, m.errors, m.details]) {
        for (const [k, v] of Object.entries(group)) expect(v, k).to.be.a('string').and.not.equal('');
      }
      expect(Object.keys(m.titles)).to.have.length(16);
    };
    check(ru);
    check(en);
    expect(Object.keys(en.titles).sort()).to.deep.equal(Object.keys(ru.titles).sort());
    expect(Object.keys(en.details).sort()).to.deep.equal(Object.keys(ru.details).sort());
  });
});
