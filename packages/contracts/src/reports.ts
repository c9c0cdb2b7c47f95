import { z } from 'zod';
import { text } from './common.js';
import type { Role } from './roles.js';

/**
 * Citizen field reports — phản ánh hiện trường (REQUIREMENTS §2, R-REP-01…07).
 * Requests and responses shared by the server routes and the web forms.
 */

// ── vocabulary ───────────────────────────────────────────────────────────

export const REPORT_STATUSES = [
  'received',
  'verified',
  'rejected',
  'assigned',
  'in_progress',
  'answer_drafted',
  'answer_approved',
  'published',
  'rated',
  'closed',
] as const;

/** How a status reads in each language and the colour it is shown in. */
export interface StatusLabel {
  vi: string;
  en: string;
  /** an antd preset colour or a CSS colour (the public map's points use it too) */
  color: string;
}

/**
 * The one list of the report statuses' names and colours: the web's tags, filters and locale texts,
 * and the API's description of the field, all read it.
 */
export const REPORT_STATUS_LABELS: Record<(typeof REPORT_STATUSES)[number], StatusLabel> = {
  received: { vi: 'Tiếp nhận', en: 'Received', color: 'blue' },
  verified: { vi: 'Đã xác minh', en: 'Verified', color: 'cyan' },
  rejected: { vi: 'Từ chối', en: 'Rejected', color: 'red' },
  assigned: { vi: 'Đã chuyển đơn vị', en: 'Assigned', color: 'geekblue' },
  in_progress: { vi: 'Đang xử lý', en: 'In progress', color: 'orange' },
  answer_drafted: { vi: 'Đã dự thảo trả lời', en: 'Answer drafted', color: 'gold' },
  answer_approved: { vi: 'Đã duyệt trả lời', en: 'Answer approved', color: 'lime' },
  published: { vi: 'Đã công khai', en: 'Published', color: 'green' },
  rated: { vi: 'Đã đánh giá', en: 'Rated', color: 'green' },
  closed: { vi: 'Đã đóng', en: 'Closed', color: 'default' },
};

/** `{status: label}` in one language, e.g. for a locale's texts. */
export function statusNames<S extends string>(labels: Record<S, StatusLabel>, lang: 'vi' | 'en'): Record<S, string> {
  const out = {} as Record<S, string>;
  for (const key of Object.keys(labels) as S[]) out[key] = labels[key][lang];
  return out;
}

const describeStatuses = <S extends string>(statuses: readonly S[], labels: Record<S, StatusLabel>) =>
  statuses.map((s) => labels[s].vi.toLowerCase()).join(', ');

export const reportStatusSchema = z
  .enum(REPORT_STATUSES)
  .describe(`Trạng thái: ${describeStatuses(REPORT_STATUSES, REPORT_STATUS_LABELS)}`);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

/** What the public sees: internal steps (drafts, approval) are folded into "processing". */
export const PUBLIC_REPORT_STATUSES = ['received', 'processing', 'answered', 'closed'] as const;

/** The public vocabulary's names and colours (CSS colours: the public map's points are drawn with them). */
export const PUBLIC_REPORT_STATUS_LABELS: Record<(typeof PUBLIC_REPORT_STATUSES)[number], StatusLabel> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received', color: '#1677ff' },
  processing: { vi: 'Đang xử lý', en: 'Being handled', color: '#fa8c16' },
  answered: { vi: 'Đã trả lời', en: 'Answered', color: '#52c41a' },
  closed: { vi: 'Đã đóng', en: 'Closed', color: '#8c8c8c' },
};

export const publicReportStatusSchema = z
  .enum(PUBLIC_REPORT_STATUSES)
  .describe(`Trạng thái công khai: ${describeStatuses(PUBLIC_REPORT_STATUSES, PUBLIC_REPORT_STATUS_LABELS)}`);
export type PublicReportStatus = z.infer<typeof publicReportStatusSchema>;

export const REPORT_CHANNELS = ['web', 'email', 'hotline', 'open311', 'social'] as const;
export const reportChannelSchema = z.enum(REPORT_CHANNELS).describe('Kênh tiếp nhận');
export type ReportChannel = z.infer<typeof reportChannelSchema>;

export const REJECT_REASONS = ['spam', 'out_of_scope', 'duplicate'] as const;
export const rejectReasonSchema = z
  .enum(REJECT_REASONS)
  .describe('Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp');

export const LOCATION_SOURCES = ['map', 'gps', 'exif'] as const;

export const REPORT_QUEUES = [
  'all',
  'new',
  'to_verify',
  'my_unit',
  'assigned_to_me',
  'overdue',
  'awaiting_approval',
] as const;
export const reportQueueSchema = z
  .enum(REPORT_QUEUES)
  .describe(
    'Hàng đợi: tất cả, mới tiếp nhận (24 giờ), chờ xác minh/chuyển, đơn vị tôi, giao cho tôi, quá hạn, chờ phê duyệt',
  );
export type ReportQueue = z.infer<typeof reportQueueSchema>;

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{8,20}$/, 'invalid phone');

// ── categories (lĩnh vực) ────────────────────────────────────────────────

export const categoryCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{0,49}$/, 'lower-case letters, digits, dot, dash, underscore');

export const publicCategorySchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  description: z.string().nullable(),
  handlingDays: z.number().int().describe('Thời hạn xử lý (ngày làm việc)'),
  sortOrder: z.number().int(),
});
export type PublicCategoryDto = z.infer<typeof publicCategorySchema>;

export const categorySchema = publicCategorySchema.extend({
  responsibleKind: z
    .enum(['ward', 'agency'])
    .describe('Cơ quan chịu trách nhiệm mặc định: UBND xã/phường nơi xảy ra, hoặc một cơ quan cụ thể'),
  responsibleUnitId: z.uuid().nullable(),
  responsibleUnitName: z.string().nullable(),
  sopItems: z.array(z.string()).describe('Các bước của quy trình xử lý chuẩn (SOP)'),
  publicByDefault: z.boolean().describe('Phản ánh thuộc lĩnh vực này được công khai mặc định'),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CategoryDto = z.infer<typeof categorySchema>;

const categoryFields = {
  parentId: z.uuid().nullable().optional(),
  code: categoryCodeSchema,
  name: text(200).pipe(z.string().min(1)),
  nameEn: text(200).nullable().optional(),
  description: text(2000).nullable().optional(),
  handlingDays: z.number().int().min(1).max(60),
  responsibleKind: z.enum(['ward', 'agency']),
  responsibleUnitId: z.uuid().nullable().optional(),
  sopItems: z
    .array(text(300).pipe(z.string().min(1)))
    .max(30)
    .optional(),
  publicByDefault: z.boolean().optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
};

export const createCategoryBody = z.strictObject(categoryFields);
export type CreateCategoryBody = z.infer<typeof createCategoryBody>;

export const updateCategoryBody = createCategoryBody.partial().extend({ active: z.boolean().optional() }).strict();
export type UpdateCategoryBody = z.infer<typeof updateCategoryBody>;

// ── routing rules ────────────────────────────────────────────────────────

export const routingRuleSchema = z.object({
  id: z.uuid(),
  categoryId: z.uuid(),
  targetUnitId: z.uuid(),
  targetUnitName: z.string(),
  wardIds: z.array(z.uuid()).describe('Giới hạn trong các xã/phường này; rỗng = toàn tỉnh'),
  note: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RoutingRuleDto = z.infer<typeof routingRuleSchema>;

export const createRoutingRuleBody = z.strictObject({
  categoryId: z.uuid(),
  targetUnitId: z.uuid(),
  wardIds: z.array(z.uuid()).max(200).default([]),
  note: text(500).nullable().optional(),
});
export type CreateRoutingRuleBody = z.infer<typeof createRoutingRuleBody>;

export const updateRoutingRuleBody = z.strictObject({
  targetUnitId: z.uuid().optional(),
  wardIds: z.array(z.uuid()).max(200).optional(),
  note: text(500).nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateRoutingRuleBody = z.infer<typeof updateRoutingRuleBody>;

export const routingPreviewQuery = z.strictObject({
  categoryId: z.uuid(),
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
});

export const routingDecisionSchema = z.object({
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  areaUnitId: z.uuid().nullable().describe('Xã/phường chứa vị trí'),
  areaUnitName: z.string().nullable(),
  via: z.enum(['rule', 'category_agency', 'ward', 'none']),
  ruleId: z.uuid().nullable(),
});
export type RoutingDecisionDto = z.infer<typeof routingDecisionSchema>;

// ── submission ───────────────────────────────────────────────────────────

export const reportLocationSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  address: text(300).nullable().optional(),
  source: z.enum(LOCATION_SOURCES).describe('Cách xác định vị trí: chọn trên bản đồ, GPS thiết bị, EXIF ảnh'),
});

export const submitReportBody = z.strictObject({
  categoryId: z.uuid(),
  title: text(200).pipe(z.string().min(3)),
  description: text(5000).pipe(z.string().min(1)),
  location: reportLocationSchema,
  fileIds: z.array(z.uuid()).max(10).default([]).describe('Ảnh (1–10) hoặc một video đã tải lên qua /api/files'),
  photos: z
    .array(z.strictObject({ id: z.uuid(), token: z.string().min(16).max(100) }))
    .max(10)
    .default([])
    .describe('Ảnh khách đã tải lên qua /api/files/guest, kèm mã tải lên dùng một lần'),
  anonymous: z.boolean().default(false).describe('Không nêu danh tính với bất kỳ ai'),
  confidential: z
    .boolean()
    .default(false)
    .describe('Yêu cầu giữ bí mật danh tính: chỉ trực IOC và lãnh đạo đơn vị xử lý được xem'),
  contact: z
    .strictObject({
      name: text(200).nullable().optional(),
      phone: phone.nullable().optional(),
      email: z.email().max(254).nullable().optional(),
    })
    .optional()
    .describe('Liên hệ để nhận kết quả; bắt buộc (điện thoại hoặc email) khi không đăng nhập'),
});
export type SubmitReportBody = z.input<typeof submitReportBody>;
export type SubmitReportInput = z.output<typeof submitReportBody>;

export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{8,100}$/)
    .optional()
    .describe('Khoá chống gửi trùng: gửi lại cùng khoá nhận lại cùng phản ánh'),
});

// ── views ────────────────────────────────────────────────────────────────

export const reportMediaSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['photo', 'video', 'document']),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
});

export const timelineEntrySchema = z.object({
  at: z.string(),
  action: z.string(),
  fromStatus: reportStatusSchema.nullable(),
  toStatus: reportStatusSchema,
  publicStatus: publicReportStatusSchema.describe('Bước theo từ vựng công khai (người phản ánh đọc bước này)'),
  unitName: z.string().nullable(),
  actorLabel: z.string().nullable().describe('Người thực hiện (chỉ hiện cho cán bộ)'),
  note: z.string().nullable(),
});
export type TimelineEntryDto = z.infer<typeof timelineEntrySchema>;

export const publicTimelineEntrySchema = z.object({
  at: z.string(),
  action: z.string(),
  status: publicReportStatusSchema,
  unitName: z.string().nullable(),
});

const unitRef = z.object({ id: z.uuid(), name: z.string() });
const categoryRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const reporterSchema = z
  .object({
    userId: z.uuid().nullable(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  })
  .describe('Danh tính người phản ánh (chỉ cho người được phép xem)');

/** The staff (and reporter) view of one report. */
export const reportSchema = z.object({
  id: z.uuid(),
  code: z.string().describe('Mã phản ánh, ví dụ PA-2026-000123'),
  status: reportStatusSchema,
  publicStatus: publicReportStatusSchema.nullable(),
  reporterStatus: publicReportStatusSchema.describe(
    'Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)',
  ),
  channel: reportChannelSchema,
  category: categoryRef,
  title: z.string(),
  description: z.string(),
  location: z.object({
    lat: z.number(),
    lon: z.number(),
    address: z.string().nullable(),
    source: z.enum(LOCATION_SOURCES),
  }),
  areaUnit: unitRef.describe('Xã/phường nơi xảy ra'),
  assignedUnit: unitRef.nullable().describe('Đơn vị xử lý'),
  assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  isPublic: z.boolean(),
  anonymous: z.boolean(),
  confidential: z.boolean(),
  reporter: reporterSchema.nullable(),
  reporterHidden: z.enum(['anonymous', 'confidential']).nullable().describe('Vì sao danh tính bị ẩn với bạn'),
  createdAt: z.string(),
  verifiedAt: z.string().nullable(),
  assignedAt: z.string().nullable(),
  dueAt: z.string().nullable().describe('Hạn xử lý (theo ngày làm việc)'),
  overdue: z.boolean(),
  overdueAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  reject: z
    .object({ reason: rejectReasonSchema, duplicateOf: z.object({ id: z.uuid(), code: z.string() }).nullable() })
    .nullable(),
  answer: z
    .object({
      text: z.string(),
      draftedAt: z.string().nullable(),
      approvedAt: z.string().nullable(),
      publishedAt: z.string().nullable(),
    })
    .nullable(),
  rating: z.object({ stars: z.number().int(), comment: z.string().nullable(), at: z.string() }).nullable(),
  infoRequest: z.object({ question: z.string(), requestedAt: z.string() }).nullable(),
  pendingExtension: z
    .object({ id: z.uuid(), days: z.number().int(), reason: z.string(), requestedAt: z.string() })
    .nullable(),
  reopenCount: z.number().int(),
  media: z.array(reportMediaSchema),
  checklist: z.array(
    z.object({
      position: z.number().int(),
      text: z.string(),
      doneAt: z.string().nullable(),
      doneBy: z.string().nullable(),
    }),
  ),
  timeline: z.array(timelineEntrySchema),
  allowedActions: z.array(z.string()).describe('Thao tác người gọi được phép thực hiện'),
});
export type ReportDto = z.infer<typeof reportSchema>;

export const reportSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  status: reportStatusSchema,
  reporterStatus: publicReportStatusSchema.describe('Trạng thái theo từ vựng công khai'),
  title: z.string(),
  categoryId: z.uuid(),
  categoryName: z.string(),
  areaUnitName: z.string(),
  assignedUnitName: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  createdAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  channel: reportChannelSchema,
});
export type ReportSummaryDto = z.infer<typeof reportSummarySchema>;

export const reportPageSchema = z.object({ items: z.array(reportSummarySchema), total: z.number().int() });

export const submitReportResponse = z.object({
  report: reportSchema,
  trackingToken: z
    .string()
    .nullable()
    .describe('Chỉ trả về một lần cho khách: dùng để theo dõi, bổ sung thông tin và đánh giá'),
  replayed: z.boolean().describe('Đây là phản ánh đã gửi trước với cùng khoá chống trùng'),
});

/** The public page of a report: never the reporter, never internal notes. */
export const publicReportSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  status: publicReportStatusSchema,
  category: categoryRef,
  title: z.string(),
  description: z.string(),
  location: z.object({ lat: z.number(), lon: z.number(), address: z.string().nullable() }),
  areaUnitName: z.string(),
  assignedUnitName: z.string().nullable(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  media: z.array(reportMediaSchema),
  timeline: z.array(publicTimelineEntrySchema),
  answer: z.object({ text: z.string(), publishedAt: z.string(), unitName: z.string().nullable() }).nullable(),
  rating: z.object({ stars: z.number().int() }).nullable(),
});
export type PublicReportDto = z.infer<typeof publicReportSchema>;

export const publicReportSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  status: publicReportStatusSchema,
  title: z.string(),
  categoryId: z.uuid(),
  categoryName: z.string(),
  areaUnitName: z.string(),
  lat: z.number(),
  lon: z.number(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  thumbnailUrl: z.string().nullable(),
});
export const publicReportPageSchema = z.object({
  items: z.array(publicReportSummarySchema),
  total: z.number().int(),
  /** A text search stops counting at `total` (1,000): there are more matches than that. */
  totalCapped: z.boolean(),
});

export const mapPointSchema = z.object({
  id: z.uuid(),
  lat: z.number(),
  lon: z.number(),
  status: publicReportStatusSchema,
  categoryId: z.uuid(),
});

const isoDay = z.iso.date();

export const publicReportQuery = z.strictObject({
  status: publicReportStatusSchema.optional(),
  categoryId: z.uuid().optional().describe('Lĩnh vực (gồm cả lĩnh vực con)'),
  wardId: z.uuid().optional(),
  from: isoDay.optional().describe('Từ ngày (yyyy-MM-dd, giờ Việt Nam)'),
  to: isoDay.optional(),
  q: z.string().trim().max(100).optional().describe('Tìm không dấu theo tiêu đề, nội dung, mã'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const mapQuery = z.strictObject({
  status: publicReportStatusSchema.optional(),
  categoryId: z.uuid().optional(),
  wardId: z.uuid().optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  bbox: z
    .string()
    .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/)
    .optional()
    .describe('minLon,minLat,maxLon,maxLat'),
  limit: z.coerce.number().int().min(1).max(20_000).default(5000),
});

export const staffReportQuery = z.strictObject({
  queue: reportQueueSchema.default('all'),
  status: reportStatusSchema.optional(),
  categoryId: z.uuid().optional(),
  unitId: z.uuid().optional().describe('Đơn vị xử lý'),
  wardId: z.uuid().optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const trackQuery = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^PA-\d{4}-\d{6,}$/),
  token: z.string().min(20).max(100),
});

// ── actions ──────────────────────────────────────────────────────────────

const note = text(2000);
const reason = text(2000).pipe(z.string().min(3));
const reporterToken = z.string().min(20).max(100).optional().describe('Mã theo dõi của khách (khi không đăng nhập)');

export const verifyBody = z.strictObject({
  categoryId: z.uuid().optional().describe('Đổi lĩnh vực nếu người dân chọn sai'),
  isPublic: z.boolean().optional(),
  note: note.optional(),
});
export const rejectBody = z.strictObject({
  reason: z.enum(['spam', 'out_of_scope']),
  note: reason,
});
export const assignBody = z.strictObject({ unitId: z.uuid(), reason });
export const bulkAssignBody = z.strictObject({
  reportIds: z.array(z.uuid()).min(1).max(100),
  unitId: z.uuid(),
  reason,
});
export const bulkAssignResponse = z.object({
  assigned: z.array(z.uuid()),
  failed: z.array(z.object({ id: z.uuid(), code: z.string() })),
});
export const transferBody = z.strictObject({ unitId: z.uuid(), reason });
export const assigneeBody = z.strictObject({ userId: z.uuid() });
export const noteBody = z.strictObject({ note: note.optional() });
export const infoRequestBody = z.strictObject({ question: reason });
export const infoReplyBody = z.strictObject({ text: text(5000).pipe(z.string().min(1)), token: reporterToken });
export const extensionRequestBody = z.strictObject({ days: z.number().int().min(1).max(30), reason });
export const extensionDecisionBody = z.strictObject({ approve: z.boolean(), note: note.optional() });
export const answerBody = z.strictObject({ text: text(10_000).pipe(z.string().min(10)) });
export const returnAnswerBody = z.strictObject({ note: reason });
export const ratingBody = z.strictObject({
  stars: z.number().int().min(1).max(5),
  comment: text(2000).nullable().optional(),
  token: reporterToken,
});
export const objectionBody = z.strictObject({ text: reason, token: reporterToken });
export const mergeBody = z.strictObject({ intoId: z.uuid(), note: note.optional() });
export const checklistBody = z.strictObject({ position: z.number().int().min(0).max(29), done: z.boolean() });
export const commentBody = z.strictObject({ text: text(5000).pipe(z.string().min(1)) });

export const commentSchema = z.object({
  id: z.uuid(),
  authorId: z.uuid().nullable(),
  authorLabel: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
});

export const duplicateCandidateSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  status: reportStatusSchema,
  createdAt: z.string(),
  distanceM: z.number(),
  similarity: z.number(),
});

// ── statistics (GET /api/reports/stats) ─────────────────────────────────

/** Roles that may read the report statistics (the route and the web's navigation use the same). */
export const REPORT_STATS_ROLES = ['operator', 'officer', 'unit_leader', 'leader'] as const satisfies readonly Role[];
export const STAT_GROUPS = ['unit', 'category', 'categoryRoot', 'ward', 'period'] as const;
export type StatGroup = (typeof STAT_GROUPS)[number];
export const STAT_PERIODS = ['day', 'week', 'month'] as const;
export type StatPeriod = (typeof STAT_PERIODS)[number];

const statRate = z.number().nullable();
export const statsRowSchema = z.object({
  /** Unit, category or ward id; the period's first day (`yyyy-MM-dd`); null = "not assigned". */
  key: z.string().nullable(),
  label: z.string(),
  received: z.number().int(),
  rejected: z.number().int(),
  handled: z.number().int(),
  unhandled: z.number().int(),
  overdueNow: z.number().int(),
  everOverdue: z.number().int(),
  onTime: z.number().int(),
  /** onTime / handled, null without handled reports. */
  onTimeRate: statRate,
  /** From verification to publication. */
  meanHandlingHours: statRate,
  meanHandlingWorkingDays: statRate,
  rated: z.number().int(),
  meanStars: statRate,
  /** Share of ratings with 4 or 5 stars. */
  satisfiedRate: statRate,
});
export type StatsRow = z.infer<typeof statsRowSchema>;

export const statsAnswerSchema = z.object({
  groupBy: z.enum(STAT_GROUPS),
  period: z.enum(STAT_PERIODS),
  from: z.string().nullable(),
  to: z.string().nullable(),
  rows: z.array(statsRowSchema),
  total: statsRowSchema,
});
export type StatsAnswer = z.infer<typeof statsAnswerSchema>;
