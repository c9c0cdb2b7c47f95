/**
 * Demo reports: a few hundred citizen reports over the last 90 days in every
 * state, at random points inside the wards, with timelines that follow the
 * state machine, due dates from the working-day calendar and codes from the
 * per-year counter. Written in bulk through the reports tables (not the HTTP
 * API) so the first start stays fast. With the files service, most reports
 * get 1–3 generated photos (demo-photos.ts): one small JPEG per category
 * scene, stored through files.storeBufferCopies (checked and re-encoded once,
 * one file per report) and attached to the report.
 */
import { vnYear } from '@vioc/contracts';
import { sql, type Insertable, type Kysely } from 'kysely';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Database, ReportStatusColumn } from '../../../core/db/index.js';
import type { AuditService } from '../../../core/audit/index.js';
import { createCalendarService } from '../../../core/calendar/index.js';
import type { FilesService } from '../../../core/files/index.js';
import { attachDemoPhotos } from './demo-photos.js';
import type { SeedContext } from '../../../core/platform/index.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A deterministic generator, so the demo is the same on every fresh start. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Title and description per leaf category (its code): a newcomer opening a demo report under
 * "Đèn tín hiệu giao thông hư hỏng" reads about a traffic light, not about a pothole.
 */
export const DEMO_TEXTS: Record<string, [string, string][]> = {
  'giao-thong.mat-duong': [
    ['Ổ gà lớn trên đường', 'Mặt đường xuất hiện ổ gà sâu khoảng 20 cm, xe máy đi qua rất dễ té ngã, nhất là ban đêm.'],
    ['Mặt đường lún nứt sau mưa', 'Đoạn đường bị lún, nứt dài khoảng 30 m, nước đọng thành vũng sau mỗi cơn mưa.'],
  ],
  'giao-thong.den-tin-hieu': [
    [
      'Đèn tín hiệu giao thông không hoạt động',
      'Đèn tín hiệu tại giao lộ tắt từ sáng, xe cộ đi lộn xộn, nguy cơ va chạm.',
    ],
    [
      'Đèn tín hiệu chỉ nhấp nháy vàng',
      'Đèn tín hiệu tại ngã tư chỉ nhấp nháy vàng cả giờ cao điểm, xe các hướng tranh nhau đi.',
    ],
  ],
  'giao-thong.bien-bao': [
    ['Biển báo bị che khuất', 'Biển báo hạn chế tốc độ bị cây xanh che khuất hoàn toàn, tài xế không nhìn thấy.'],
    ['Vạch sơn qua đường bị mờ', 'Vạch sơn dành cho người đi bộ trước cổng trường đã mờ hẳn, xe không giảm tốc.'],
  ],
  'giao-thong.lan-chiem': [
    [
      'Lấn chiếm lòng đường buôn bán',
      'Nhiều hộ kinh doanh bày hàng ra lòng đường, người đi bộ phải đi xuống lòng đường.',
    ],
    ['Vật liệu xây dựng để trên vỉa hè', 'Cát, đá, gạch để tràn ra vỉa hè và lòng đường nhiều ngày.'],
  ],
  'ha-tang.chieu-sang': [
    ['Đèn đường không sáng', 'Cả dãy đèn đường tắt nhiều đêm liền, khu vực tối om, người dân lo ngại mất an ninh.'],
    ['Trụ đèn chiếu sáng bị nghiêng', 'Trụ đèn chiếu sáng bị xe tông nghiêng, dây điện lộ ra ngoài, rất nguy hiểm.'],
  ],
  'ha-tang.ngap-ung': [
    ['Ngập nước sau mưa lớn', 'Mỗi khi mưa lớn, đoạn đường ngập sâu 30–40 cm, cống thoát nước bị nghẹt rác.'],
    ['Nắp cống bị mất', 'Nắp hố ga bị mất, để hở miệng cống rất nguy hiểm cho người đi đường và trẻ em.'],
  ],
  'ha-tang.cay-xanh': [
    ['Cây xanh nghiêng có nguy cơ ngã đổ', 'Cây xanh lớn bị nghiêng về phía nhà dân sau cơn giông, cần cắt tỉa gấp.'],
    ['Cành cây gãy treo trên đường', 'Cành cây lớn gãy sau cơn mưa, treo lơ lửng phía trên lòng đường.'],
  ],
  'ha-tang.cap-nuoc': [
    ['Vỡ ống nước sinh hoạt', 'Ống cấp nước bị vỡ, nước chảy tràn ra đường, nhiều hộ mất nước từ sáng.'],
    ['Nước sinh hoạt đục, có mùi', 'Nước máy mấy ngày nay đục và có mùi lạ, người dân không dám dùng để nấu ăn.'],
  ],
  'moi-truong.rac-thai': [
    ['Rác thải tồn đọng nhiều ngày', 'Rác sinh hoạt không được thu gom nhiều ngày, bốc mùi hôi, ruồi nhặng nhiều.'],
    ['Bãi rác tự phát ven đường', 'Bãi đất trống ven đường thành nơi đổ rác tự phát, rác tràn ra lòng đường.'],
  ],
  'moi-truong.o-nhiem': [
    ['Đốt rác gây khói bụi', 'Có người thường xuyên đốt rác vào buổi tối, khói bay vào nhà dân gây khó thở.'],
    ['Nước thải xả ra kênh', 'Cơ sở sản xuất xả nước thải có màu và mùi hôi ra kênh thủy lợi.'],
  ],
  'moi-truong.tieng-on': [
    ['Tiếng ồn karaoke về khuya', 'Quán karaoke mở nhạc lớn đến quá 23 giờ, ảnh hưởng giấc ngủ của người dân.'],
    ['Thi công gây ồn ban đêm', 'Công trình thi công đổ bê tông đến 1–2 giờ sáng, máy trộn chạy liên tục.'],
  ],
  'trat-tu-xay-dung.xay-dung': [
    [
      'Xây dựng không phép',
      'Công trình đang xây dựng lấn ra hành lang an toàn đường bộ, không thấy treo biển cấp phép.',
    ],
    ['Công trình xây sai giấy phép', 'Nhà được phép xây 3 tầng nhưng đang đổ sàn tầng 5, cơi nới ra phía trước.'],
  ],
  'trat-tu-xay-dung.dat-cong': [
    ['Lấn chiếm đất công', 'Hộ dân rào chắn, lấn chiếm phần đất công cạnh kênh để làm nơi để xe.'],
    [
      'Rào chắn lối đi chung',
      'Một hộ dân xây tường rào bít lối đi chung của xóm, các hộ phía trong không có đường ra.',
    ],
  ],
  'an-ninh.trat-tu': [
    ['Tụ tập đua xe ban đêm', 'Nhóm thanh niên thường tụ tập đua xe, nẹt pô vào khoảng 0–2 giờ sáng.'],
    [
      'Gây gổ, đánh nhau trước quán nhậu',
      'Nhóm thanh niên say xỉn thường gây gổ, đánh nhau trước quán nhậu vào buổi tối.',
    ],
  ],
  'an-ninh.chay-no': [
    [
      'Nguy cơ cháy nổ tại kho hàng',
      'Kho chứa hàng dễ cháy sát khu dân cư, không thấy trang bị phương tiện chữa cháy.',
    ],
    [
      'Dây điện chằng chịt có nguy cơ chập cháy',
      'Dây điện, cáp viễn thông chằng chịt trên trụ, đã tóe lửa hai lần khi trời mưa.',
    ],
  ],
  'dich-vu-cong.thu-tuc': [
    [
      'Hồ sơ giải quyết trễ hẹn',
      'Hồ sơ đã nộp quá ngày hẹn trả nhưng chưa nhận được kết quả, không được thông báo lý do.',
    ],
    ['Yêu cầu bổ sung giấy tờ nhiều lần', 'Hồ sơ bị yêu cầu bổ sung giấy tờ ba lần, mỗi lần một loại khác nhau.'],
  ],
  'dich-vu-cong.thai-do': [
    ['Thái độ tiếp dân chưa đúng mực', 'Cán bộ tiếp nhận hồ sơ có thái độ thiếu niềm nở, không hướng dẫn đầy đủ.'],
  ],
  'y-te.attp': [
    [
      'Cơ sở kinh doanh thực phẩm mất vệ sinh',
      'Quán ăn chế biến thực phẩm mất vệ sinh, nhiều người bị đau bụng sau khi ăn.',
    ],
    ['Bán thực phẩm không rõ nguồn gốc', 'Sạp chợ bán thịt không có dấu kiểm dịch, không rõ nguồn gốc xuất xứ.'],
  ],
};
/** A leaf added later without its own texts still gets a believable one. */
const GENERIC_TEXT: [string, string] = [
  'Đề nghị kiểm tra, xử lý',
  'Người dân phản ánh sự việc tại địa điểm nêu trên, đề nghị cơ quan chức năng kiểm tra, xử lý.',
];
const PLACES = ['khu phố 1', 'khu phố 3', 'ấp Chánh', 'gần chợ', 'trước trường tiểu học', 'đường 30/4', 'hẻm 12'];
const ANSWERS = [
  'Đơn vị đã kiểm tra hiện trường và khắc phục xong. Cảm ơn người dân đã phản ánh.',
  'Đã phối hợp với đơn vị chuyên môn xử lý, tình trạng đã được giải quyết dứt điểm.',
  'Đã lập biên bản, yêu cầu khắc phục; địa phương sẽ tiếp tục theo dõi, giám sát.',
];

/** Final state → the chain of actions that reaches it. */
const PLAN: { status: ReportStatusColumn | 'overdue' | 'duplicate' | 'spam'; weight: number }[] = [
  { status: 'received', weight: 30 },
  { status: 'verified', weight: 6 },
  { status: 'assigned', weight: 30 },
  { status: 'in_progress', weight: 40 },
  { status: 'overdue', weight: 20 },
  { status: 'answer_drafted', weight: 15 },
  { status: 'answer_approved', weight: 10 },
  { status: 'published', weight: 35 },
  { status: 'rated', weight: 50 },
  { status: 'closed', weight: 40 },
  { status: 'spam', weight: 12 },
  { status: 'duplicate', weight: 12 },
];

type Ring = number[][];
function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function inGeometry(x: number, y: number, g: Polygon | MultiPolygon): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.some((p) => inRing(x, y, p[0]!) && !p.slice(1).some((hole) => inRing(x, y, hole)));
}

export async function seedDemoReports(
  trx: Kysely<Database>,
  audit: AuditService,
  opts: {
    count?: number;
    now?: number;
    seed?: number;
    /** Generates and attaches photos when given (main.ts / db:reset pass the server's files service). */
    files?: Pick<FilesService, 'storeBufferCopies' | 'attach'>;
    progress?: SeedContext['progress'];
  } = {},
): Promise<{ reports: number; photos: number }> {
  const started = performance.now();
  const count = opts.count ?? 300;
  const now = opts.now ?? Date.now();
  const rand = rng(opts.seed ?? 2026);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const calendar = createCalendarService({ db: trx, audit });

  const wards = await trx
    .selectFrom('org_units')
    .select(['id', 'boundary'])
    .where('kind', '=', 'ward')
    .where('boundary', 'is not', null)
    .execute();
  const shapes = wards.map((w) => {
    const g = w.boundary as unknown as Polygon | MultiPolygon;
    const pts = (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).flat();
    const xs = pts.map((p) => p[0]!);
    const ys = pts.map((p) => p[1]!);
    return { id: w.id, g, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const };
  });
  const categories = await trx
    .selectFrom('report_categories as c')
    .innerJoin('report_categories as p', 'p.id', 'c.parent_id')
    .select([
      'c.id',
      'c.code',
      'p.code as root',
      'p.name as root_name',
      'c.handling_days',
      'c.responsible_kind',
      'c.responsible_unit_id',
    ])
    .select(['c.sop_items', 'c.public_by_default'])
    .where('c.active', '=', true)
    .execute();
  const users = await trx.selectFrom('auth_user_names').select(['id', 'username', 'full_name']).execute();
  const user = (name: string) => users.find((u) => u.username === name);
  const citizen = user('nguoidan');
  const operator = user('trucioc');
  if (!shapes.length || !categories.length || !operator) return { reports: 0, photos: 0 };

  const totalWeight = PLAN.reduce((a, p) => a + p.weight, 0);
  const planFor = () => {
    let x = rand() * totalWeight;
    for (const p of PLAN) if ((x -= p.weight) < 0) return p.status;
    return 'received' as const;
  };

  const reports: Insertable<Database['reports']>[] = [];
  const reporters: Insertable<Database['report_reporters']>[] = [];
  const history: Insertable<Database['report_history']>[] = [];
  const checklist: Insertable<Database['report_checklist_items']>[] = [];
  const handledSoFar: { id: string; category: string }[] = [];
  const counters = new Map<number, number>();

  // Oldest first, so codes grow with time and duplicates point back.
  const times = Array.from({ length: count }, () => now - rand() * 90 * DAY_MS).sort((a, b) => a - b);
  for (let i = 0; i < count; i++) {
    const id = crypto.randomUUID();
    const created = new Date(times[i]!);
    const cat = pick(categories);
    const ward = pick(shapes);
    let lat = 0;
    let lon = 0;
    for (let k = 0; k < 200; k++) {
      lon = ward.box[0] + rand() * (ward.box[2] - ward.box[0]);
      lat = ward.box[1] + rand() * (ward.box[3] - ward.box[1]);
      if (inGeometry(lon, lat, ward.g)) break;
    }
    const texts = DEMO_TEXTS[cat.code];
    const [title, description] = texts ? pick(texts) : GENERIC_TEXT;
    const place = pick(PLACES);
    const year = vnYear(created);
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    let plan = planFor();
    const dupOf = plan === 'duplicate' ? handledSoFar.find((h) => h.category === cat.id) : undefined;
    if (plan === 'duplicate' && !dupOf) plan = 'spam';
    const unit = cat.responsible_kind === 'agency' ? cat.responsible_unit_id! : ward.id;

    const r: Insertable<Database['reports']> = {
      id,
      code: '', // set below from the counter
      channel: pick(['web', 'web', 'web', 'hotline', 'email', 'social'] as const),
      category_id: cat.id,
      title: `${title} ${place}`.slice(0, 200),
      description,
      lat,
      lon,
      address: place,
      location_source: pick(['map', 'gps'] as const),
      area_unit_id: ward.id,
      status: 'received',
      is_public: cat.public_by_default,
      created_at: created,
      updated_at: created,
      created_by: null,
    };
    const h = (at: Date, action: string, from: ReportStatusColumn | null, to: ReportStatusColumn, extra = {}) => {
      history.push({
        report_id: id,
        at,
        action,
        from_status: from,
        to_status: to,
        actor_id: action === 'submit' || action === 'rate' ? null : operator.id,
        actor_label: action === 'submit' || action === 'rate' ? null : (operator.full_name ?? 'Trực IOC'),
        unit_id: null,
        note: null,
        visibility: 'public',
        data: null,
        ...extra,
      });
      r.status = to;
      r.updated_at = at;
    };
    (r as { _n?: number })._n = n;
    h(created, 'submit', null, 'received', { data: JSON.stringify({ channel: r.channel }) });

    let t = created.getTime();
    const step = (minH: number, maxH: number) => {
      // Capped an hour before now, yet strictly after the previous step (one timeline order).
      t = Math.max(t + 60_000, Math.min(now - HOUR_MS, t + (minH + rand() * (maxH - minH)) * HOUR_MS));
      return new Date(t);
    };
    const order = ['verified', 'assigned', 'in_progress', 'answer_drafted', 'answer_approved', 'published', 'rated'];
    const target =
      plan === 'overdue' ? 'in_progress' : plan === 'spam' || plan === 'duplicate' || plan === 'received' ? null : plan;
    if (plan === 'spam' || plan === 'duplicate') {
      const at = step(1, 20);
      r.reject_reason = plan === 'spam' ? 'spam' : 'duplicate';
      r.duplicate_of = dupOf?.id ?? null;
      h(at, plan === 'spam' ? 'reject' : 'merge', 'received', 'rejected', { visibility: 'reporter' });
    } else if (target) {
      const reach = order.indexOf(target === 'closed' ? 'rated' : target);
      const v = step(1, 30);
      r.verified_at = v;
      // Overdue ones: verified long enough ago that the deadline has passed.
      if (plan === 'overdue' && now - v.getTime() < (cat.handling_days + 6) * DAY_MS)
        r.verified_at = new Date(Math.max(created.getTime(), now - (cat.handling_days + 8) * DAY_MS));
      const due = await calendar.addWorkingDays(r.verified_at, cat.handling_days);
      r.due_at = due;
      h(r.verified_at, 'verify', 'received', 'verified');
      t = r.verified_at.getTime();
      if (reach >= 1) {
        r.assigned_unit_id = unit;
        r.assigned_at = new Date(t + 60_000);
        h(r.assigned_at, 'assign', 'verified', 'assigned', { unit_id: unit, actor_id: null, actor_label: 'Hệ thống' });
      }
      if (reach >= 2) h(step(2, 48), 'start', 'assigned', 'in_progress', { unit_id: unit, visibility: 'internal' });
      if (reach >= 3) {
        r.answer = pick(ANSWERS);
        r.answer_drafted_at = step(4, 24 * cat.handling_days * 0.8);
        h(r.answer_drafted_at, 'draft_answer', 'in_progress', 'answer_drafted', {
          unit_id: unit,
          visibility: 'internal',
        });
      }
      if (reach >= 4) {
        r.answer_approved_at = step(1, 24);
        h(r.answer_approved_at, 'approve_answer', 'answer_drafted', 'answer_approved', {
          unit_id: unit,
          visibility: 'internal',
        });
      }
      if (reach >= 5) {
        r.published_at = step(1, 12);
        h(r.published_at, 'publish', 'answer_approved', 'published', { unit_id: unit, note: r.answer });
        handledSoFar.push({ id, category: cat.id });
      }
      if (reach >= 6) {
        r.rating = pick([5, 5, 4, 4, 4, 3, 2, 1] as const);
        r.rated_at = step(2, 72);
        h(r.rated_at, 'rate', 'published', 'rated', {
          visibility: 'reporter',
          data: JSON.stringify({ stars: r.rating }),
        });
      }
      if (plan === 'closed') {
        r.closed_at = step(24, 72);
        h(r.closed_at, 'close', 'rated', 'closed', { actor_id: null, actor_label: 'Hệ thống' });
      }
      // The overdue job's mark, kept after handling: due passed before the answer went out.
      const doneAt = r.published_at ? (r.published_at as Date).getTime() : now;
      if (due.getTime() < doneAt) {
        r.overdue_at = due;
        history.push({
          report_id: id,
          at: due,
          action: 'overdue',
          from_status: null,
          to_status: r.status === 'rejected' ? 'in_progress' : (r.status as ReportStatusColumn),
          actor_id: null,
          actor_label: 'Hệ thống',
          unit_id: unit,
          note: null,
          visibility: 'internal',
          data: null,
        });
      }
    }
    reports.push(r);
    reporters.push({
      report_id: id,
      user_id: i % 4 === 0 && citizen ? citizen.id : null,
      name:
        i % 4 === 0
          ? (citizen?.full_name ?? null)
          : pick(['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Minh Tâm', 'Phạm Thu Hà']),
      phone: i % 4 === 0 ? null : `09${String(10_000_000 + Math.floor(rand() * 89_999_999)).slice(0, 8)}`,
      email: null,
      contact_key: `demo:${i % 40}`,
      token_hash: null,
      ip: null,
      created_at: created,
    });
    cat.sop_items.forEach((text, position) => checklist.push({ report_id: id, position, text }));
  }

  // Codes from the year's sequence, as intake takes them, numbered in time order.
  for (const [year, n] of counters) {
    const { rows } = await sql<{ n: string | number }>`
      SELECT report_code_next(${year}::int) AS n FROM generate_series(1, ${n}::int) ORDER BY 1`.execute(trx);
    let k = 0;
    for (const r of reports) {
      const y = vnYear(r.created_at as Date);
      if (y === year) r.code = `PA-${year}-${String(rows[k++]!.n).padStart(6, '0')}`;
    }
  }
  for (const r of reports) delete (r as { _n?: number })._n;
  const chunk = <T>(xs: T[], size = 500) =>
    Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));
  // Duplicates point to earlier reports: insert in time order, chunk by chunk.
  for (const c of chunk(reports, 100)) await trx.insertInto('reports').values(c).execute();
  for (const c of chunk(reporters)) await trx.insertInto('report_reporters').values(c).execute();
  for (const c of chunk(history)) await trx.insertInto('report_history').values(c).execute();
  for (const c of chunk(checklist)) await trx.insertInto('report_checklist_items').values(c).execute();
  opts.progress?.({
    what: 'reports',
    label: 'phản ánh mẫu / demo reports',
    count: reports.length,
    ms: performance.now() - started,
  });
  const files = opts.files;
  if (!files) return { reports: reports.length, photos: 0 };
  const photosStarted = performance.now();
  const photos = await attachDemoPhotos(
    trx,
    files,
    reports.map((r) => {
      const cat = categories.find((k) => k.id === r.category_id)!;
      return { id: r.id!, unitId: r.area_unit_id, root: cat.root, rootName: cat.root_name, code: cat.code };
    }),
    rng((opts.seed ?? 2026) + 1), // apart, so the reports stay as they were without photos
  );
  opts.progress?.({ what: 'photos', label: 'ảnh mẫu / photos', count: photos, ms: performance.now() - photosStarted });
  return { reports: reports.length, photos };
}
