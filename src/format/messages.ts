import type { IdentificationProblem } from '../api/errors.js';
import type { ErrorKind } from '../api/types.js';
import type { DetailKey, PointsMove, TitleKey } from '../model/operation.js';

export type FilterKind = 'all' | 'cheque' | 'bonus';

/**
 * Every string the member sees, in one language. Functions take numbers for plurals and
 * already formatted text for dates and amounts (the formatter owns the time zone and currency).
 */
export interface Messages {
  readonly feedLabel: string;
  /** 'Карта •••• 4321' */
  cardLabel(last4: string): string;
  /** What a screen reader says for the masked card: 'Карта, последние цифры 4321'. */
  cardSpoken(last4: string): string;
  /** '1 операция', '5 операций' */
  operationsCount(n: number): string;
  /** The word for points after the number n: 'балл', 'балла', 'баллов'. */
  points(n: number): string;
  /** A whole points figure: '61,7 балла'. */
  pointsCount(n: number): string;
  /**
   * What happened to n points, agreeing with the number: 'начислен' (1, 21), 'начислены' (2, 22),
   * 'начислено' (5, 11, 25, 1,5); so a change reads in words, not by colour alone.
   */
  readonly moved: Readonly<Record<PointsMove, (n: number) => string>>;
  readonly titles: Readonly<Record<TitleKey, string>>;
  readonly tabs: Readonly<Record<FilterKind, string>>;
  /** Label of the group of filter buttons. */
  readonly filtersLabel: string;
  readonly loading: string;
  readonly loadingMore: string;
  /** For the live region: 'Загружено 40 из 134'; without a total: 'Загружено операций: 40'. */
  loadedAnnouncement(shown: number, total?: number): string;
  allLoaded(n: number): string;
  newOperations(n: number): string;
  readonly showMore: string;
  readonly retry: string;
  readonly emptyNew: string;
  readonly emptyNewHint: string;
  readonly emptyFiltered: string;
  /** The button of the filtered empty state that switches to every operation. */
  readonly showAll: string;
  /** Title of an error; `api` errors show the server's message instead when it has one. */
  readonly errors: Readonly<Record<ErrorKind, string>>;
  /** A fault of the platform reported as a business error (ErrorCode 10 or 500): its own text is not for members. */
  readonly platformFault: string;
  /**
   * HTTP 401 or 403: the member's sign-in has expired or does not reach the history. Also what to
   * do under a business error that is not about identification (an invalid token), where Retry would not help.
   */
  readonly authError: string;
  /** What to do when the platform could not identify the member (ErrorCode 1-9), by what is wrong. */
  readonly identificationHints: Readonly<Record<IdentificationProblem, string>>;
  /** Prefix for an error met while loading more rows below the ones shown. */
  readonly errorMore: string;
  /** Points waiting for activation until a date: 'Баллы будут доступны с 4 декабря' (without one, the `pending` title). */
  pendingUntil(dateText: string): string;
  /** 'n points will burn on a date': '1 балл сгорит 31 декабря', '40 баллов сгорит 31 декабря'. */
  expiresOn(dateText: string, n: number): string;
  /** 'n points burnt on a date': '1 балл сгорел 3 ноября', '2 балла сгорели 3 ноября'. */
  burnt(dateText: string, n: number): string;
  /** A month's points in one sentence: 'Итог за ноябрь 2026: 320 баллов начислено, 150 баллов списано или сгорело.' */
  monthSpoken(month: string, plus: number, minus: number): string;
  readonly today: string;
  readonly yesterday: string;
  readonly details: Readonly<Record<DetailKey, string>>;
  /** The disclosure button of a row (its state is aria-expanded). */
  readonly moreDetails: string;
  readonly copy: string;
  readonly copied: string;
  readonly gotoParent: string;
  /** The staff table's column of points added: 'Начислено баллов'. */
  readonly pointsAdded: string;
  /** The staff table's column of points spent: 'Списано баллов'. */
  readonly pointsSpent: string;
}
