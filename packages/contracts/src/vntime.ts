/**
 * Vietnam time, the one definition server and web share. Asia/Ho_Chi_Minh has been UTC+7 all year
 * since 1975 (no daylight saving), so a local day is a fixed 24-hour window and plain arithmetic is
 * exact: no time-zone database, the same answer in Node and in any browser whatever its own zone.
 */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** The offset as ISO 8601 writes it (`2026-02-26T17:00:00+07:00`). */
export const VN_OFFSET = '+07:00';
export const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** An instant shifted so that its UTC fields read Vietnam's wall clock. */
export function vnClock(at: Date): Date {
  return new Date(at.getTime() + VN_OFFSET_MS);
}

/** `yyyy-MM-dd` of the Vietnam day an instant falls on. */
export function vnDay(at: Date): string {
  return vnClock(at).toISOString().slice(0, 10);
}

/** Midnight of a Vietnam `yyyy-MM-dd` day (plus `days`), as an instant. */
export function vnDayStart(day: string, days = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS - VN_OFFSET_MS);
}

export function vnYear(at: Date): number {
  return vnClock(at).getUTCFullYear();
}

export interface VnParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The zero-padded fields of an instant's Vietnam wall clock. */
export function vnParts(at: Date): VnParts {
  const t = vnClock(at);
  return {
    year: String(t.getUTCFullYear()),
    month: pad(t.getUTCMonth() + 1),
    day: pad(t.getUTCDate()),
    hour: pad(t.getUTCHours()),
    minute: pad(t.getUTCMinutes()),
    second: pad(t.getUTCSeconds()),
  };
}

/** "17:00 26/02/2026", Vietnam time: how dates read in messages (notifications, emails, SMS). */
export function formatVn(at: Date): string {
  const p = vnParts(at);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}
