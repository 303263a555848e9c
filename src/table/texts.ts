/**
 * The staff table's own texts in Russian and English (the member widget's messages serve the
 * rest: titles of operations, errors, "loaded N of M"). Functions take numbers already written
 * by the formatter, so the formatter keeps owning grouping and decimals.
 */
import type { Lang } from '../format/index.js';

export interface TableMessages {
  /** The table's caption. */
  readonly caption: string;
  readonly client: string;
  readonly phone: string;
  readonly card: string;
  readonly rows: string;
  readonly totalsLabel: string;
  readonly purchases: string;
  readonly added: string;
  readonly spent: string;
  readonly exportCsv: string;
  readonly cancel: string;
  readonly resume: string;
  /** Label of the export's progress bar. */
  readonly exportProgress: string;
  /** 'Прочитано 300 из 1 480' (numbers already formatted; total '' when unknown). */
  exportRead(read: string, total: string): string;
  /** 'осталось около 12 с' */
  timeLeft(seconds: number): string;
  exportDone(fileName: string): string;
  readonly exportCancelled: string;
  /** Before the error's own text. */
  readonly exportFailed: string;
  /** A refund's link to the cheque it refunds. */
  refundOf(cheque: string): string;
  /** Where the details dialog is named: 'Операция 9007199254740993'. */
  detailsTitle(id: string): string;
  readonly close: string;
  readonly yes: string;
  readonly no: string;
  /** The details' labels of the fields the table has no column for (details.ts labels the rest with their column's header). */
  readonly fields: Readonly<Record<'pos' | 'chequeId' | 'refund' | 'parent' | 'active' | 'bonusId' | 'bonusSource' | 'componentType', string>>;
}

const minutesSeconds = (s: number, min: string, sec: string) => (s < 60 ? `${s} ${sec}` : `${Math.floor(s / 60)} ${min} ${s % 60} ${sec}`);

const ru: TableMessages = {
  caption: 'История операций клиента',
  client: 'Клиент',
  phone: 'Телефон',
  card: 'Карта',
  rows: 'Операций',
  totalsLabel: 'Итоги',
  purchases: 'Покупки за вычетом возвратов',
  added: 'Начислено баллов',
  spent: 'Списано или сгорело баллов',
  exportCsv: 'Выгрузить CSV',
  cancel: 'Отменить',
  resume: 'Продолжить выгрузку',
  exportProgress: 'Ход выгрузки',
  exportRead: (read, total) => (total ? `Прочитано ${read} из ${total}` : `Прочитано ${read}`),
  timeLeft: (s) => `осталось около ${minutesSeconds(s, 'мин', 'с')}`,
  exportDone: (name) => `Файл ${name} сохранён`,
  exportCancelled: 'Выгрузка отменена, файл не сохранён.',
  exportFailed: 'Выгрузка остановлена, файл не сохранён:',
  refundOf: (cheque) => `к чеку ${cheque}`,
  detailsTitle: (id) => `Операция ${id}`,
  close: 'Закрыть',
  yes: 'да',
  no: 'нет',
  fields: {
    pos: 'ID точки продаж',
    chequeId: 'ID чека',
    refund: 'Возврат',
    parent: 'Исходная операция',
    active: 'Баллы активны',
    bonusId: 'ID бонуса',
    bonusSource: 'Код источника бонуса',
    componentType: 'Тип компонента',
  },
};

const en: TableMessages = {
  caption: "The client's operations",
  client: 'Client',
  phone: 'Phone',
  card: 'Card',
  rows: 'Operations',
  totalsLabel: 'Totals',
  purchases: 'Purchases less refunds',
  added: 'Points added',
  spent: 'Points spent or burnt',
  exportCsv: 'Export CSV',
  cancel: 'Cancel',
  resume: 'Resume export',
  exportProgress: 'Export progress',
  exportRead: (read, total) => (total ? `Read ${read} of ${total}` : `Read ${read}`),
  timeLeft: (s) => `about ${minutesSeconds(s, 'min', 's')} left`,
  exportDone: (name) => `Saved ${name}`,
  exportCancelled: 'Export cancelled; no file saved.',
  exportFailed: 'Export stopped; no file saved:',
  refundOf: (cheque) => `of cheque ${cheque}`,
  detailsTitle: (id) => `Operation ${id}`,
  close: 'Close',
  yes: 'yes',
  no: 'no',
  fields: {
    pos: 'Point of sale ID',
    chequeId: 'Cheque ID',
    refund: 'Refund',
    parent: 'Original operation',
    active: 'Points active',
    bonusId: 'Bonus ID',
    bonusSource: 'Bonus source code',
    componentType: 'Component type',
  },
};

export const tableTexts = (lang: Lang): TableMessages => (lang === 'ru' ? ru : en);
