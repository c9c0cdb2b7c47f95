import { vnParts, type VnParts } from '@vioc/contracts';

/** Times are stored in UTC and always shown in Vietnam's time (@vioc/contracts vntime), as dd/MM/yyyy HH:mm:ss. */
export const DATE_FORMAT = 'DD/MM/YYYY'; // dayjs / antd DatePicker display format
export const API_DATE_FORMAT = 'YYYY-MM-DD'; // what the API expects for dates

function parts(value: string | number | Date): VnParts | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : vnParts(date);
}

/** dd/MM/yyyy HH:mm:ss in Asia/Ho_Chi_Minh; '—' for nothing. */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const p = parts(value);
  if (!p) return String(value);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** dd/MM/yyyy in Asia/Ho_Chi_Minh; '—' for nothing. */
export function formatDate(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const p = parts(value);
  if (!p) return String(value);
  return `${p.day}/${p.month}/${p.year}`;
}

/** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh; '—' for nothing. */
export function formatDateTimeShort(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const p = parts(value);
  if (!p) return String(value);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** The wall-clock time in Vietnam of an instant, as yyyy-MM-ddTHH:mm:ss (for pickers, which work in local time). */
export function vnWallClock(value: string | number | Date = new Date()): string {
  const p = parts(value);
  if (!p) return '';
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}
