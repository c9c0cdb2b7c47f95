import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { PublicCategoryDto } from '@vioc/contracts';
import type { StatGroup, StatPeriod, StatsRow } from './statsApi';

export type Lang = 'vi' | 'en';

export function numberFormat(lang: Lang, digits = 0): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: digits });
}

/** 1234 → "1.234" (vi) / "1,234" (en); null → "—". */
export function formatCount(v: number | null, lang: Lang): string {
  return v === null ? '—' : numberFormat(lang).format(v);
}

/** 0.8234 → "82,3 %" (vi) / "82.3%" (en); null → "—". */
export function formatRate(v: number | null, lang: Lang): string {
  if (v === null) return '—';
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(v);
}

export function formatDecimal(v: number | null, lang: Lang, digits = 2): string {
  return v === null ? '—' : numberFormat(lang, digits).format(v);
}

/**
 * The label of a row in the reader's language: periods as dates (the key is the period's first Vietnam day),
 * "not assigned" for the unit null, categories by their English name where there is one; unit and ward
 * names are proper names and stay as the server gives them.
 */
export function rowLabel(
  row: StatsRow,
  groupBy: StatGroup,
  period: StatPeriod,
  t: TFunction,
  lang: Lang,
  categories: Map<string, PublicCategoryDto>,
): string {
  if (groupBy === 'period' && row.key) {
    const d = dayjs(row.key);
    if (period === 'month') return d.format('MM/YYYY');
    if (period === 'week') return t('repStats.weekOf', { date: d.format('DD/MM/YYYY') });
    return d.format('DD/MM/YYYY');
  }
  if (groupBy === 'unit' && row.key === null) return t('repStats.unassigned');
  if ((groupBy === 'category' || groupBy === 'categoryRoot') && lang === 'en' && row.key) {
    return categories.get(row.key)?.nameEn || row.label;
  }
  return row.label;
}
