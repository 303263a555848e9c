import type { ErrorKind } from '../api/types.js';
import type { DetailKey, TitleKey } from '../model/operation.js';

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
  /** Reads a bonus change without colour: 'начислено' for n > 0, 'списано' for n < 0, '' for 0. */
  bonusChangeWord(n: number): string;
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
  readonly showAll: string;
  /** Title of an error; `api` errors show the server's message instead when it has one. */
  readonly errors: Readonly<Record<ErrorKind, string>>;
  /** HTTP 401 or 403: the member's sign-in has expired or does not reach the history. */
  readonly authError: string;
  /** Prefix for an error met while loading more rows below the ones shown. */
  readonly errorMore: string;
  readonly refund: string;
  /** Points waiting for activation, with and without a known date. */
  pendingUntil(dateText: string): string;
  readonly pendingNoDate: string;
  /** 'Сгорят 31 декабря', or with the amount: 'Сгорят 31 декабря: 40 баллов'. */
  expiresOn(dateText: string, pointsText?: string): string;
  /** 'Сгорели', 'Сгорели 31 декабря', 'Сгорели 31 декабря: 40 баллов'. */
  burnt(dateText?: string, pointsText?: string): string;
  readonly today: string;
  readonly yesterday: string;
  readonly details: Readonly<Record<DetailKey, string>>;
  /** The disclosure button of a row (its state is aria-expanded). */
  readonly moreDetails: string;
  readonly copy: string;
  readonly copied: string;
  readonly gotoParent: string;
}
