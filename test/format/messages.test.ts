import { expect } from '@open-wc/testing';
import { messagesIn } from '../../src/format/texts.js';
import type { Messages } from '../../src/format/messages.js';

const ru = messagesIn('ru');
const en = messagesIn('en');

const fold = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('messages', () => {
  it('Russian operation counts take the right form', () => {
    const got = [1, 2, 5, 11, 21, 22, 25, 0.5, 1.5, 1234].map((n) => fold(ru.operationsCount(n)));
    expect(got).to.deep.equal([
      '1 операция', '2 операции', '5 операций', '11 операций', '21 операция', '22 операции', '25 операций', '0,5 операции', '1,5 операции', '1 234 операции',
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
    expect(ru.pendingUntil('12 ноября')).to.equal('Баллы будут доступны с 12 ноября');
    expect(en.pendingUntil('12 November')).to.equal('Points available from 12 November');
    expect(fold(ru.expiresOn('31 декабря', 40))).to.equal('40 баллов сгорят 31 декабря');
    expect(en.expiresOn('31 December', 1)).to.equal('1 point expires on 31 December');
    expect(fold(ru.burnt('3 ноября', 25))).to.equal('25 баллов сгорело 3 ноября');
    expect(en.burnt('3 November', 25)).to.equal('25 points expired on 3 November');
  });

  /** The numbers the grammar must get right, each with the Russian forms it takes. */
  const GRAMMAR: [number, string, string, string, string, string, string][] = [
    // n, балл, начислен, списан, возвращён, сгорел, сгорит
    [1, 'балл', 'начислен', 'списан', 'возвращён', 'сгорел', 'сгорит'],
    [2, 'балла', 'начислены', 'списаны', 'возвращены', 'сгорели', 'сгорят'],
    [5, 'баллов', 'начислено', 'списано', 'возвращено', 'сгорело', 'сгорят'],
    [11, 'баллов', 'начислено', 'списано', 'возвращено', 'сгорело', 'сгорят'],
    [21, 'балл', 'начислен', 'списан', 'возвращён', 'сгорел', 'сгорит'],
    [22, 'балла', 'начислены', 'списаны', 'возвращены', 'сгорели', 'сгорят'],
    [25, 'баллов', 'начислено', 'списано', 'возвращено', 'сгорело', 'сгорят'],
    [0.5, 'балла', 'начислено', 'списано', 'возвращено', 'сгорело', 'сгорит'],
    [1.5, 'балла', 'начислено', 'списано', 'возвращено', 'сгорело', 'сгорит'],
  ];
  for (const [n, word, earned, spent, returned, burnt, burns] of GRAMMAR) {
    it(`Russian words agree with ${n} points`, () => {
      expect(ru.points(n)).to.equal(word);
      expect([ru.moved.earned(n), ru.moved.spent(n), ru.moved.returned(n), ru.moved.burnt(n)]).to.deep.equal([earned, spent, returned, burnt]);
      const num = String(n).replace('.', ',');
      expect(fold(ru.expiresOn('1 мая', n))).to.equal(`${num} ${word} ${burns} 1 мая`);
      expect(fold(ru.burnt('1 мая', n))).to.equal(`${num} ${word} ${burnt} 1 мая`);
      expect(fold(ru.monthSpoken('Ноябрь 2026', n, n))).to.equal(
        `Итог за ноябрь 2026: ${num} ${word} ${earned}, ${num} ${word} ${spent} или ${burnt}.`,
      );
    });
  }

  it('English words: one point, otherwise points; what happened needs no agreement', () => {
    expect([1, 2, 0.5, 1.5, 21].map((n) => en.points(n))).to.deep.equal(['point', 'points', 'points', 'points', 'points']);
    expect([en.moved.earned(1), en.moved.spent(2), en.moved.returned(5), en.moved.burnt(1)]).to.deep.equal(['earned', 'spent', 'returned', 'expired']);
    expect(en.monthSpoken('November 2026', 320, 0)).to.equal('November 2026 in total: 320 points earned.');
    expect(en.monthSpoken('November 2026', 0, 1)).to.equal('November 2026 in total: 1 point spent or expired.');
    expect(fold(ru.monthSpoken('Ноябрь 2026', 0, 150))).to.equal('Итог за ноябрь 2026: 150 баллов списано или сгорело.');
  });

  it('both languages have a non-empty text for every key', () => {
    const check = (m: Messages) => {
      for (const group of [m.titles, m.tabs, m.errors, m.details, m.identificationHints]) {
        for (const [k, v] of Object.entries(group)) expect(v, k).to.be.a('string').and.not.equal('');
      }
      expect(Object.keys(m.titles)).to.have.length(16);
      expect(m.titles.promotion).to.be.a('string').and.not.equal('');
    };
    check(ru);
    check(en);
    expect(Object.keys(en.titles).sort()).to.deep.equal(Object.keys(ru.titles).sort());
    expect(Object.keys(en.details).sort()).to.deep.equal(Object.keys(ru.details).sort());
    expect([ru.titles.promotion, en.titles.promotion]).to.deep.equal(['Бонус по акции', 'Promotion bonus']);
  });
});
