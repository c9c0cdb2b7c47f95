/** Times are stored in UTC and always shown in Vietnam's time zone, as dd/MM/yyyy HH:mm:ss. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DATE_FORMAT = 'DD/MM/YYYY'; // dayjs / antd DatePicker display format
export const API_DATE_FORMAT = 'YYYY-MM-DD'; // what the API expects for dates

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parts(value: string | number | Date): Record<string, string> | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const out: Record<string, string> = {};
  for (const part of dateTimeFormat.formatToParts(date)) out[part.type] = part.value;
  return out;
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

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
export const VN_OFFSET = '+07:00';

/** The wall-clock time in Vietnam of an instant, as yyyy-MM-ddTHH:mm:ss (for pickers, which work in local time). */
export function vnWallClock(value: string | number | Date = new Date()): string {
  const p = parts(value);
  if (!p) return '';
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}
