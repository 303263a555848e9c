import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { canRetry, type ErrorDetail } from '../../src/api/errors.js';
import { getFormatter } from '../../src/format/intl.js';
import { describeOperation } from '../../src/model/operation.js';
import { renderRow } from '../../src/templates/row.js';
import {
  errorText, renderEmpty, renderEnd, renderError, renderLoadingMore, renderNewOperations, renderShowMore, renderSkeleton,
} from '../../src/templates/states.js';
import { fold, mount } from './helpers.js';

const ru = getFormatter('ru', { timeZone: 'Europe/Moscow' });
const en = getFormatter('en', { timeZone: 'Europe/Moscow' });

describe('states', () => {
  it('skeleton rows are hidden from assistive technology and as tall as real rows', async () => {
    const op = { id: '1', chequeId: '1', amount: 10, proctime: new Date(), partnerName: 'P' };
    const { root } = await mount(html`${renderSkeleton(3, ru)}<div class="feed" role="feed" aria-label="x">${renderRow(op, describeOperation(op, new Date()), {
      fmt: ru, now: new Date(), key: '1', posinset: 1, setsize: 1, expanded: false, parentLoaded: false,
    })}</div>`);
    const sk = root.querySelector('[part="skeleton"]')!;
    expect(sk.getAttribute('aria-hidden')).to.equal('true');
    const rows = sk.querySelectorAll<HTMLElement>('.skeleton-row');
    expect(rows).to.have.length(3);
    const article = root.querySelector<HTMLElement>('article')!;
    expect(rows[0]!.offsetHeight, 'before the row is rendered').to.equal(article.offsetHeight);
    article.style.contentVisibility = 'visible';
    expect(rows[0]!.offsetHeight, 'once rendered').to.equal(article.offsetHeight);
    expect(article.offsetHeight).to.equal(72);
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('Загрузка истории…');
  });

  it('empty: new member and filtered, each with its own slot', async () => {
    const a = await mount(renderEmpty('new', ru));
    const empty = a.root.querySelector('[part~="empty"]')!;
    expect(empty.getAttribute('part')).to.equal('state empty');
    expect(empty.querySelector('slot')!.name).to.equal('empty');
    expect(fold(empty.textContent)).to.contain('Пока нет операций');
    const b = await mount(renderEmpty('filtered', en, false), { lang: 'en' });
    expect(b.root.querySelector('slot')!.name).to.equal('empty-filtered');
    expect(fold(b.root.textContent)).to.equal('No operations of this type');
    expect(b.root.querySelector('button')).to.equal(null);
  });

  it('an empty filter offers "Показать все операции", routed like the "Все" tab', async () => {
    const { root } = await mount(renderEmpty('filtered', ru));
    const button = root.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent).to.equal('Показать все операции');
    expect([button.dataset['action'], button.dataset['filter']]).to.deep.equal(['filter', 'all']);
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(root.querySelector('slot')!.contains(button), 'a host replacing the text keeps the button').to.equal(false);
  });

  it('a business error shows the server message and what to do instead of a Retry that cannot help', async () => {
    const api: ErrorDetail = { kind: 'api', message: 'Клиент не найден', code: 1 };
    const { root } = await mount(renderError(api, ru, false));
    const box = root.querySelector('[part~="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.getAttribute('part')).to.equal('state error');
    expect(box.querySelector('slot')!.name).to.equal('error');
    expect(fold(box.querySelector('.state-title')!.textContent)).to.equal('Клиент не найден');
    expect(fold(box.querySelector('.state-hint')!.textContent)).to.equal(ru.msg.identificationHints.setup);
    expect(box.querySelector('[data-action="retry"]')).to.equal(null);

    expect(errorText({ kind: 'api', message: '  ' }, ru)).to.equal(ru.msg.errors.api);
    expect(errorText({ kind: 'network', message: 'TypeError: Failed to fetch' }, en)).to.equal('Cannot reach the server. Check your internet connection.');
    expect(errorText({ kind: 'http', message: 'HTTP 502', status: 502 }, ru)).to.not.contain('502');
  });

  it('an identification error (1-9) says what can help, never to sign in again', async () => {
    const cases: [number, string, string, RegExp][] = [
      [1, 'Оператор не найден', 'История на этой странице настроена неверно: сообщите об этом магазину.', /set up incorrectly/],
      [2, 'Карта принадлежит другому оператору', 'История на этой странице настроена неверно: сообщите об этом магазину.', /set up incorrectly/],
      [3, 'Карта не привязана к клиенту', 'Проверьте номер карты. Если он верный, обратитесь в магазин.', /^Check the card number/],
      [4, 'Номер карты не найден', 'Проверьте номер карты. Если он верный, обратитесь в магазин.', /^Check the card number/],
      [5, 'Не существует клиента с заданным номером телефона', 'Проверьте номер телефона. Если он верный, обратитесь в магазин.', /^Check the phone number/],
      [6, 'Окончание номера телефона не уникально', 'Проверьте номер телефона. Если он верный, обратитесь в магазин.', /^Check the phone number/],
      [7, 'Окончание номера телефона не найдено', 'Проверьте номер телефона. Если он верный, обратитесь в магазин.', /^Check the phone number/],
      [8, 'У клиента нет карт', 'К этому номеру телефона не привязана карта: обратитесь в магазин.', /^No card is linked/],
      [9, 'У клиента больше одной карты', 'К этому номеру телефона привязано несколько карт: укажите номер карты или обратитесь в магазин.', /^Several cards/],
    ];
    for (const [code, message, hint, hintEn] of cases) {
      const error: ErrorDetail = { kind: 'api', message, code };
      const { root } = await mount(renderError(error, ru, false));
      expect(fold(root.querySelector('.state-title')!.textContent), `${code}: the platform's words`).to.equal(message);
      expect(fold(root.querySelector('.state-hint')!.textContent), `${code}: the hint`).to.equal(hint);
      expect(fold(root.textContent), `${code}`).to.not.contain('войдите');
      expect(root.querySelector('[data-action="retry"]'), `${code}: no Retry`).to.equal(null);
      const english = await mount(renderError(error, en, false), { lang: 'en' });
      expect(fold(english.root.querySelector('.state-hint')!.textContent), `${code} in English`).to.match(hintEn);
    }
    // Another business error (an invalid token) still asks to sign in again.
    const other = await mount(renderError({ kind: 'api', message: 'Неверный токен', code: 11 }, ru, false));
    expect(fold(other.root.querySelector('.state-hint')!.textContent)).to.equal(ru.msg.authError);
  });

  it("a platform fault (ErrorCode 10, 500) shows the platform-fault sentence and Retry, never the exception's text", async () => {
    const exception = 'System.Data.SqlClient.SqlException (0x80131904): Timeout expired.';
    for (const code of [10, 500]) {
      const error: ErrorDetail = { kind: 'api', message: exception, code };
      const { root } = await mount(renderError(error, ru, false));
      expect(fold(root.querySelector('.state-title')!.textContent), `${code}`).to.equal('Сбой на сервере программы лояльности. Попробуйте ещё раз.');
      expect(fold(root.textContent), `${code}`).to.not.contain('SqlException');
      expect(root.querySelector('.state-hint'), `${code}: nothing to do but retry`).to.equal(null);
      expect(root.querySelector('[data-action="retry"]'), `${code}: Retry`).to.not.equal(null);
      expect(errorText(error, en)).to.equal("The loyalty programme's server failed. Please try again.");
    }
  });

  it('a refused sign-in (401, 403) asks the member to sign in again, not to wait', () => {
    for (const status of [401, 403]) {
      expect(errorText({ kind: 'http', message: `HTTP ${status}`, status }, ru)).to.contain('войдите');
      expect(errorText({ kind: 'http', message: `HTTP ${status}`, status }, en)).to.contain('sign in');
    }
    expect(errorText({ kind: 'http', message: 'HTTP 503', status: 503 }, ru)).to.equal(ru.msg.errors.http);
    expect(errorText({ kind: 'http', message: 'HTTP 404', status: 404 }, ru)).to.equal(ru.msg.errors.config);
  });

  it('Retry only where asking again can help', async () => {
    const cases: [ErrorDetail, boolean][] = [
      [{ kind: 'network', message: '' }, true],
      [{ kind: 'timeout', message: '' }, true],
      [{ kind: 'invalid-response', message: '' }, true],
      [{ kind: 'http', message: '', status: 500 }, true],
      [{ kind: 'http', message: '', status: 503 }, true],
      [{ kind: 'http', message: '', status: 429 }, true],
      [{ kind: 'api', message: 'Ошибка получения данных', code: 10 }, true],
      [{ kind: 'api', message: 'Внутренняя ошибка сервера', code: 500 }, true],
      [{ kind: 'api', message: 'Карта принадлежит другому оператору', code: 2 }, false],
      [{ kind: 'api', message: 'Неверный токен', code: 3 }, false],
      [{ kind: 'api', message: 'Клиент не найден', code: 1 }, false],
      [{ kind: 'http', message: '', status: 401 }, false],
      [{ kind: 'http', message: '', status: 403 }, false],
      [{ kind: 'http', message: '', status: 404 }, false],
      [{ kind: 'config', message: '' }, false],
    ];
    for (const [error, retry] of cases) {
      const label = `${error.kind} ${error.status ?? error.code ?? ''}`;
      expect(canRetry(error), label).to.equal(retry);
      const { root } = await mount(renderError(error, ru, false));
      expect(root.querySelector('[data-action="retry"]') !== null, label).to.equal(retry);
      if (!retry) expect(fold(root.textContent), `${label}: says what to do`).to.match(/войдите|обратитесь|настроен/);
    }
  });

  it('an error under loaded rows says the next operations failed', async () => {
    const { root } = await mount(renderError({ kind: 'timeout', message: 'x' }, ru, true));
    expect(fold(root.querySelector('.state-title')!.textContent)).to.equal(`${ru.msg.errorMore} ${ru.msg.errors.timeout}`);
    expect(root.querySelector('.error-more')).to.not.equal(null);
  });

  it('a configuration error has no Retry', async () => {
    const { root } = await mount(renderError({ kind: 'config', message: 'page-size', attribute: 'page-size' }, ru, false));
    expect(root.querySelector('[data-action="retry"]')).to.equal(null);
    expect(fold(root.textContent)).to.equal(ru.msg.errors.config);
  });

  it('a hostile server message is text', async () => {
    const { root } = await mount(renderError({ kind: 'api', message: '<img src=x onerror=alert(1)>' }, ru, false));
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('.state-title')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('end, loading more, show more and new operations', async () => {
    const { root } = await mount(html`${renderNewOperations(3, ru)}${renderLoadingMore(ru)}${renderShowMore(ru)}${renderEnd(134, ru)}`);
    const news = root.querySelector<HTMLElement>('[part="new-operations"]')!;
    expect([news.dataset['action'], fold(news.textContent)]).to.deep.equal(['reload', '3 новые операции']);
    const more = root.querySelector<HTMLElement>('[part="show-more"]')!;
    expect([more.dataset['action'], more.textContent]).to.deep.equal(['more', 'Показать ещё']);
    expect(root.querySelector('[part="state loading"]')!.textContent).to.equal('Загружаем ещё…');
    expect(root.querySelector('.spinner')!.getAttribute('aria-hidden')).to.equal('true');
    expect(fold(root.querySelector('[part="state end"]')!.textContent)).to.equal('Все операции загружены: 134');
    for (const b of root.querySelectorAll('button')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('every state is accessible in both themes', async () => {
    const states = [
      renderSkeleton(2, ru),
      renderEmpty('new', ru),
      renderEmpty('filtered', ru),
      renderError({ kind: 'api', message: 'Неверный токен', code: 3 }, ru, false),
      renderError({ kind: 'network', message: '' }, ru, false),
      renderError({ kind: 'api', message: 'Неверный токен' }, ru, true),
      renderEnd(5, ru),
      renderLoadingMore(ru),
      renderShowMore(ru),
      renderNewOperations(21, ru),
    ];
    for (const theme of ['light', 'dark'] as const) {
      for (const s of states) {
        const { host } = await mount(s, { theme });
        await expect(host).to.be.accessible();
      }
    }
  });
});
