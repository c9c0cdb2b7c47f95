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

interface TemplateSpec {
  category: Category;
  /** Never kept: no inbox copy, and the sent content is erased once delivered (one-time codes). */
  sensitive?: boolean;
  vi: Texts;
  en: Texts;
}

/**
 * The catalogue. {{name}} is replaced by data.name, escaped for the channel;
 * the keys of `data` a template needs are derived from its texts by the type
 * system, so a missing value does not compile. A module adds its templates here.
 */
export const TEMPLATES = {
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
  // modules/reports — to the reporter (category "reports") and to the staff who handle it ("work")
  'reports.received': {
    category: 'reports',
    vi: {
      subject: 'Đã tiếp nhận phản ánh {{code}}',
      body: 'Phản ánh “{{title}}” của bạn đã được tiếp nhận với mã {{code}}. Bạn sẽ được thông báo khi có kết quả xử lý.',
    },
    en: {
      subject: 'Report {{code}} received',
      body: 'Your report “{{title}}” was received as {{code}}. You will be notified of the result.',
    },
  },
  'reports.email_needs_location': {
    category: 'reports',
    vi: {
      subject: 'Cần vị trí để tiếp nhận phản ánh: {{subject}}',
      body: 'Chúng tôi đã nhận thư “{{subject}}” nhưng chưa thể tiếp nhận vì thư không có vị trí.\n\nVui lòng gửi lại thư, thêm một dòng “Vị trí: vĩ độ, kinh độ” (ví dụ: Vị trí: 11.3100, 106.0980), hoặc gửi phản ánh trên cổng thông tin {{url}} để chọn vị trí trên bản đồ.',
    },
    en: {
      subject: 'Location needed for your report: {{subject}}',
      body: 'We received your mail “{{subject}}” but cannot register it without a location.\n\nPlease send it again with a line “Vị trí: latitude, longitude” (e.g. Vị trí: 11.3100, 106.0980), or report on {{url}} and pick the place on the map.',
    },
  },
  'reports.email_refused': {
    category: 'reports',
    vi: {
      subject: 'Chưa tiếp nhận được phản ánh: {{subject}}',
      body: 'Thư “{{subject}}” chưa được tiếp nhận: {{reason}}\n\nBạn có thể gửi lại thư đã sửa, hoặc gửi phản ánh trên cổng thông tin {{url}}.',
    },
    en: {
      subject: 'Your report was not registered: {{subject}}',
      body: 'Your mail “{{subject}}” was not registered: {{reason}}\n\nYou may send a corrected mail, or report on {{url}}.',
    },
  },
  'reports.rejected': {
    category: 'reports',
    vi: {
      subject: 'Phản ánh {{code}} không được tiếp nhận xử lý',
      body: 'Phản ánh “{{title}}” không được tiếp nhận xử lý. Lý do: {{reason}}',
    },
    en: {
      subject: 'Report {{code}} was not accepted',
      body: 'Your report “{{title}}” was not accepted for handling. Reason: {{reason}}',
    },
  },
  'reports.merged': {
    category: 'reports',
    vi: {
      subject: 'Phản ánh {{code}} được gộp với phản ánh {{intoCode}}',
      body: 'Phản ánh “{{title}}” trùng với phản ánh {{intoCode}} đang được xử lý. Bạn sẽ nhận kết quả trả lời của phản ánh {{intoCode}}.',
    },
    en: {
      subject: 'Report {{code}} merged into {{intoCode}}',
      body: 'Your report “{{title}}” duplicates report {{intoCode}}, which is being handled. You will receive its answer.',
    },
  },
  'reports.info_requested': {
    category: 'reports',
    vi: {
      subject: 'Cần bổ sung thông tin cho phản ánh {{code}}',
      body: 'Đơn vị xử lý cần thêm thông tin về phản ánh “{{title}}”: {{question}}',
    },
    en: {
      subject: 'More information needed for report {{code}}',
      body: 'The handling unit needs more information about your report “{{title}}”: {{question}}',
    },
  },
  'reports.answered': {
    category: 'reports',
    vi: {
      subject: 'Kết quả xử lý phản ánh {{code}}',
      body: 'Phản ánh “{{title}}” đã có kết quả xử lý của {{unit}}:\n\n{{answer}}\n\nMời bạn đánh giá mức độ hài lòng.',
      sms: 'Phản ánh {{code}} đã có kết quả xử lý. Mời xem và đánh giá tại trang phản ánh.',
    },
    en: {
      subject: 'Answer to report {{code}}',
      body: 'Your report “{{title}}” has been answered by {{unit}}:\n\n{{answer}}\n\nPlease rate the answer.',
      sms: 'Report {{code}} has been answered. See and rate it on the report page.',
    },
  },
  'reports.assigned': {
    category: 'work',
    vi: {
      subject: 'Phản ánh mới cần xử lý: {{code}}',
      body: 'Đơn vị được giao xử lý phản ánh “{{title}}” ({{code}}), hạn xử lý {{due}}.',
    },
    en: {
      subject: 'New report to handle: {{code}}',
      body: 'Your unit has been assigned report “{{title}}” ({{code}}), due {{due}}.',
    },
  },
  'reports.answer_to_approve': {
    category: 'work',
    vi: {
      subject: 'Chờ duyệt trả lời phản ánh {{code}}',
      body: 'Dự thảo trả lời phản ánh “{{title}}” ({{code}}) đang chờ lãnh đạo đơn vị duyệt.',
    },
    en: {
      subject: 'Answer awaiting approval: report {{code}}',
      body: 'The draft answer to report “{{title}}” ({{code}}) awaits the unit leader’s approval.',
    },
  },
  'reports.extension_requested': {
    category: 'work',
    vi: {
      subject: 'Đề nghị gia hạn phản ánh {{code}}',
      body: 'Cán bộ đề nghị gia hạn xử lý phản ánh “{{title}}” ({{code}}) thêm {{days}} ngày làm việc. Lý do: {{reason}}',
    },
    en: {
      subject: 'Extension requested: report {{code}}',
      body: 'An officer asks {{days}} more working days for report “{{title}}” ({{code}}). Reason: {{reason}}',
    },
  },
  'reports.info_provided': {
    category: 'work',
    vi: {
      subject: 'Người phản ánh đã bổ sung thông tin: {{code}}',
      body: 'Người phản ánh đã bổ sung thông tin cho phản ánh “{{title}}” ({{code}}).',
    },
    en: {
      subject: 'The reporter added information: {{code}}',
      body: 'The reporter added the requested information to report “{{title}}” ({{code}}).',
    },
  },
  'reports.reopened': {
    category: 'work',
    vi: {
      subject: 'Phản ánh {{code}} được mở lại',
      body: 'Phản ánh “{{title}}” ({{code}}) được mở lại để xử lý tiếp. Lý do: {{reason}}. Hạn xử lý mới {{due}}.',
    },
    en: {
      subject: 'Report {{code}} reopened',
      body: 'Report “{{title}}” ({{code}}) was reopened. Reason: {{reason}}. New deadline {{due}}.',
    },
  },
  'reports.due_soon': {
    category: 'work',
    vi: {
      subject: 'Sắp đến hạn: phản ánh {{code}}',
      body: 'Phản ánh “{{title}}” ({{code}}) đến hạn xử lý lúc {{due}}.',
    },
    en: {
      subject: 'Due soon: report {{code}}',
      body: 'Report “{{title}}” ({{code}}) is due at {{due}}.',
    },
  },
  'reports.overdue': {
    category: 'alerts',
    vi: {
      subject: 'Quá hạn xử lý: phản ánh {{code}}',
      body: 'Phản ánh “{{title}}” ({{code}}) giao cho {{unit}} đã quá hạn xử lý ({{due}}).',
    },
    en: {
      subject: 'Overdue: report {{code}}',
      body: 'Report “{{title}}” ({{code}}) assigned to {{unit}} is overdue (due {{due}}).',
    },
  },
  'system.announcement': {
    category: 'system',
    vi: { subject: '{{title}}', body: '{{message}}' },
    en: { subject: '{{title}}', body: '{{message}}' },
  },
} as const satisfies Record<string, TemplateSpec>;

export type TemplateKey = keyof typeof TEMPLATES;
export const TEMPLATE_KEYS = Object.keys(TEMPLATES) as TemplateKey[];

type Placeholders<S> = S extends `${string}{{${infer V}}}${infer Rest}` ? V | Placeholders<Rest> : never;
type TextsOf<T> = T extends { vi: infer A; en: infer B } ? A[keyof A] | B[keyof B] : never;

/**
 * The data a template needs: one value per placeholder, plus an optional
 * `url` the message points to (absolute, or a path of this site).
 */
export type TemplateData<K extends TemplateKey> = {
  [V in Placeholders<TextsOf<(typeof TEMPLATES)[K]>>]: string | number;
} & {
  url?: string;
};

export function templateSpec(key: TemplateKey): TemplateSpec {
  return TEMPLATES[key];
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
  const texts: Texts = TEMPLATES[key][lang];
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
