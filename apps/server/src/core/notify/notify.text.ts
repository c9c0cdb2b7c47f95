/** Text helpers of the notification channels: placeholders, HTML escaping, GSM-7 SMS text, phone numbers. */

export type TemplateValues = Readonly<Record<string, string | number | undefined>>;

const PLACEHOLDER = /\{\{([a-zA-Z][a-zA-Z0-9_]*)\}\}/g;

/**
 * Replaces {{name}} with the value of data.name. Values are inserted as text,
 * once: a value that itself contains "{{x}}" is not expanded again. `escape`
 * turns each value into safe output for the target (HTML for email).
 */
export function interpolate(template: string, data: TemplateValues, escape: (s: string) => string = (s) => s): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const v = data[name];
    if (v === undefined || v === null) throw new Error(`template value "${name}" is missing`);
    return escape(String(v));
  });
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** One line, for subjects and push titles: a value must not start a new header line. */
export function singleLine(s: string): string {
  return s.replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim();
}

// GSM 03.38 default alphabet and its extension table (the extension costs two septets).
const GSM7 = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà' +
    '^{}\\[~]|€',
);

const TYPOGRAPHY: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '–': '-',
  '—': '-',
  '−': '-',
  '…': '...',
  '•': '*',
  '\u00a0': ' ',
  '\t': ' ',
};

/**
 * Vietnamese text as plain GSM-7: diacritics removed ("Thông báo" → "Thong bao",
 * đ → d), typographic quotes and dashes made ASCII, anything else outside the
 * GSM alphabet replaced by "?". Many Vietnamese brandname SMS gateways accept
 * only unaccented text, and a GSM-7 SMS carries 160 characters instead of 70.
 */
export function toGsm7(text: string): string {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
  let out = '';
  for (const ch of folded) {
    const mapped = TYPOGRAPHY[ch] ?? ch;
    out += [...mapped].every((c) => GSM7.has(c)) ? mapped : '?';
  }
  return out;
}

/** A Vietnamese phone number in E.164 ("0912 345 678" → "+84912345678"); other numbers as given, digits only. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+84${digits.slice(1)}`;
  if (digits.startsWith('84') && digits.length >= 11) return `+${digits}`;
  return digits;
}
