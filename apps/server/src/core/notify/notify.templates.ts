import type { Lang } from '../http/index.js';
import { escapeHtml, interpolate, singleLine, type TemplateValues } from './notify.text.js';

export const CHANNELS = ['inbox', 'email', 'sms', 'push'] as const;
export type Channel = (typeof CHANNELS)[number];
export type ExternalChannel = Exclude<Channel, 'inbox'>;

interface CategorySpec {
  vi: string;
  en: string;
  /** Channels used when the person has not chosen. */
  defaults: readonly Channel[];
  /** Security messages: people cannot turn them off. */
  locked?: boolean;
}

/** Template categories: the unit of a person's channel preferences. */
export const CATEGORIES = {
  account: { vi: 'Tài khoản và bảo mật', en: 'Account and security', defaults: ['inbox', 'email'], locked: true },
  work: { vi: 'Công việc được giao', en: 'Assigned work', defaults: ['inbox', 'push', 'email'] },
  alerts: { vi: 'Cảnh báo, sự cố', en: 'Alerts and incidents', defaults: ['inbox', 'push', 'sms'] },
  reports: { vi: 'Phản ánh của tôi', en: 'My reports', defaults: ['inbox', 'push', 'email'] },
  system: { vi: 'Thông báo hệ thống', en: 'System announcements', defaults: ['inbox'] },
} as const satisfies Record<string, CategorySpec>;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_KEYS = Object.keys(CATEGORIES) as Category[];

interface Texts {
  /** Email subject, push and inbox title. */
  subject: string;
  /** Email text, push and inbox body; plain text, blank lines separate paragraphs. */
  body: string;
  /** The SMS, when it should be shorter than subject + body. */
  sms?: string;
}

export interface TemplateSpec {
  category: Category;
  /** Never kept: no inbox copy, and the sent content is erased once delivered (one-time codes). */
  sensitive?: boolean;
  vi: Texts;
  en: Texts;
}

/**
 * Core's templates. {{name}} is replaced by data.name, escaped for the channel;
 * the keys of `data` a template needs are derived from its texts by the type
 * system, so a missing value does not compile. A module owns its templates:
 * it declares them in its definition (`templates`) and adds their types to
 * ModuleTemplates (below, re-exported by core/notify/index.ts) by declaration merging.
 */
export const CORE_TEMPLATES = {
  'auth.verification_code': {
    category: 'account',
    sensitive: true,
    vi: {
      subject: 'Mã xác thực đăng ký tài khoản: {{code}}',
      body: 'Mã xác thực đăng ký tài khoản của bạn là {{code}}.\n\nMã chỉ dùng một lần. Không cung cấp mã này cho bất kỳ ai, kể cả người tự xưng là cán bộ.',
      sms: 'Mã xác thực đăng ký tài khoản: {{code}}. Không cung cấp mã này cho bất kỳ ai.',
    },
    en: {
      subject: 'Your registration code: {{code}}',
      body: 'Your account registration code is {{code}}.\n\nIt can be used once. Never give it to anyone, even someone claiming to be an official.',
      sms: 'Your registration code: {{code}}. Never give it to anyone.',
    },
  },
  'work.assigned': {
    category: 'work',
    vi: {
      subject: 'Công việc mới: {{title}}',
      body: 'Bạn được giao xử lý “{{title}}”, hạn xử lý {{due}}.',
    },
    en: {
      subject: 'New assignment: {{title}}',
      body: 'You have been assigned “{{title}}”, due {{due}}.',
    },
  },
  'system.announcement': {
    category: 'system',
    vi: { subject: '{{title}}', body: '{{message}}' },
    en: { subject: '{{title}}', body: '{{message}}' },
  },
} as const satisfies Record<string, TemplateSpec>;

/**
 * Modules add the types of their templates here by declaration merging
 * (`declare module '…/core/notify/index.js' { interface ModuleTemplates extends typeof MINE {} }`),
 * so `notify(…, 'reports.answered', data)` checks the data of a module's template too.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ModuleTemplates {}

type Catalogue = typeof CORE_TEMPLATES & ModuleTemplates;
export type TemplateKey = keyof Catalogue & string;

/** Every template of the running process: core's, then each module's as the platform registers it. */
const registry = new Map<string, TemplateSpec>(Object.entries(CORE_TEMPLATES));

/**
 * Adds a module's templates. The same spec registered again (a second server
 * in one process) is fine; another spec under a taken key is a start error.
 */
export function registerTemplates(owner: string, specs: Readonly<Record<string, TemplateSpec>>): void {
  for (const [key, spec] of Object.entries(specs)) {
    const known = registry.get(key);
    if (known && known !== spec) throw new Error(`notification template ${key} of ${owner} is already registered`);
    registry.set(key, spec);
  }
}

export function templateKeys(): string[] {
  return [...registry.keys()];
}

/** The spec of a registered template, or undefined (kept deliveries of a module switched off since). */
export function findTemplate(key: string): TemplateSpec | undefined {
  return registry.get(key);
}

type Placeholders<S> = S extends `${string}{{${infer V}}}${infer Rest}` ? V | Placeholders<Rest> : never;
type TextsOf<T> = T extends { vi: infer A; en: infer B } ? A[keyof A] | B[keyof B] : never;

/**
 * The data a template needs: one value per placeholder, plus an optional
 * `url` the message points to (absolute, or a path of this site).
 */
export type TemplateData<K extends TemplateKey> = {
  [V in Placeholders<TextsOf<Catalogue[K]>>]: string | number;
} & {
  url?: string;
};

/** The spec of a template; an unregistered key (its module is off) is a programming error. */
export function templateSpec(key: string): TemplateSpec {
  const spec = registry.get(key);
  if (!spec) throw new Error(`notification template ${key} is not registered (is its module running?)`);
  return spec;
}

export interface Rendered {
  subject: string;
  /** The body alone (inbox, push). */
  body: string;
  /** The email's text part: body, link, footer. */
  text: string;
  html: string;
  sms: string;
  /** Absolute link, when the data named one and it can be made absolute. */
  link: string | null;
}

const FOOTER = {
  vi: { open: 'Xem chi tiết', auto: 'Thư được gửi tự động, vui lòng không trả lời.' },
  en: { open: 'Open', auto: 'This message was sent automatically; please do not reply.' },
};

/** A link is kept only when it is http(s); a path is made absolute with the public URL. */
export function resolveLink(url: string | undefined, publicUrl: string | undefined): string | null {
  if (!url) return null;
  if (/^https?:\/\//i.test(url)) return url;
  if (url.startsWith('/') && !url.startsWith('//') && publicUrl) return publicUrl.replace(/\/$/, '') + url;
  return null;
}

/** Renders one template in one language for every channel. */
export function render(key: TemplateKey, lang: Lang, data: TemplateValues, publicUrl?: string): Rendered {
  const texts: Texts = templateSpec(key)[lang];
  const subject = singleLine(interpolate(texts.subject, data, singleLine));
  const body = interpolate(texts.body, data);
  const link = resolveLink(typeof data.url === 'string' ? data.url : undefined, publicUrl);
  const footer = FOOTER[lang];
  const paragraphs = interpolate(texts.body, data, escapeHtml)
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f1f1f">',
    paragraphs,
    link ? `<p><a href="${escapeHtml(link)}">${footer.open}</a></p>` : '',
    `<hr style="border:none;border-top:1px solid #ddd"><p style="font-size:12px;color:#777">${footer.auto}</p>`,
    '</body></html>',
  ]
    .filter(Boolean)
    .join('\n');
  const text = `${body}${link ? `\n\n${footer.open}: ${link}` : ''}\n\n--\n${footer.auto}\n`;
  const sms = texts.sms ? interpolate(texts.sms, data) : `${subject}: ${body.replace(/\s*\n+\s*/g, ' ')}`;
  return { subject, body, text, html, sms: link && !texts.sms ? `${sms} ${link}` : sms, link };
}
