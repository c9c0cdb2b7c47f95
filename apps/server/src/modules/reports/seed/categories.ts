import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/index.js';

interface SeedCategory {
  code: string;
  name: string;
  nameEn: string;
  days: number;
  /** 'ward' = the People's Committee of the ward where it happened; otherwise an agency key of the demo seed. */
  responsible: 'ward' | string;
  sop: string[];
  isPublic?: boolean;
  children?: SeedCategory[];
}

const VERIFY = 'Xác minh thông tin, kiểm tra hiện trường';
const REPORT = 'Báo cáo kết quả, dự thảo trả lời người dân';

/** The demo province's categories: what Vietnamese IOCs commonly take (Hue-S, Bình Dương, Đà Nẵng). */
export const DEMO_CATEGORIES: SeedCategory[] = [
  {
    code: 'giao-thong',
    name: 'Giao thông',
    nameEn: 'Transport',
    days: 5,
    responsible: 'ward',
    sop: [VERIFY, REPORT],
    children: [
      {
        code: 'giao-thong.mat-duong',
        name: 'Hư hỏng mặt đường, ổ gà',
        nameEn: 'Damaged road surface, potholes',
        days: 5,
        responsible: 'ward',
        sop: [VERIFY, 'Cắm biển cảnh báo, rào chắn tạm', 'Lập phương án sửa chữa', 'Sửa chữa, nghiệm thu', REPORT],
      },
      {
        code: 'giao-thong.den-tin-hieu',
        name: 'Đèn tín hiệu giao thông hư hỏng',
        nameEn: 'Broken traffic lights',
        days: 3,
        responsible: 'sxd',
        sop: [VERIFY, 'Báo đơn vị quản lý vận hành đèn', 'Sửa chữa, thay thế', REPORT],
      },
      {
        code: 'giao-thong.bien-bao',
        name: 'Biển báo, vạch sơn mất hoặc hư hỏng',
        nameEn: 'Missing or damaged signs and markings',
        days: 7,
        responsible: 'sxd',
        sop: [VERIFY, 'Bổ sung, thay thế biển báo, vạch sơn', REPORT],
      },
      {
        code: 'giao-thong.lan-chiem',
        name: 'Lấn chiếm lòng đường, vỉa hè',
        nameEn: 'Encroachment on roads and pavements',
        days: 5,
        responsible: 'ward',
        sop: [VERIFY, 'Nhắc nhở, yêu cầu tháo dỡ', 'Lập biên bản xử lý vi phạm (nếu có)', REPORT],
      },
    ],
  },
  {
    code: 'ha-tang',
    name: 'Hạ tầng đô thị',
    nameEn: 'Urban infrastructure',
    days: 5,
    responsible: 'ward',
    sop: [VERIFY, REPORT],
    children: [
      {
        code: 'ha-tang.chieu-sang',
        name: 'Đèn chiếu sáng công cộng hư hỏng',
        nameEn: 'Broken street lights',
        days: 3,
        responsible: 'ward',
        sop: [VERIFY, 'Báo đơn vị quản lý chiếu sáng', 'Sửa chữa, thay thế', REPORT],
      },
      {
        code: 'ha-tang.ngap-ung',
        name: 'Ngập úng, tắc cống thoát nước',
        nameEn: 'Flooding, blocked drains',
        days: 3,
        responsible: 'ward',
        sop: [VERIFY, 'Khơi thông cống, hút nước', 'Cảnh báo người dân khu vực', REPORT],
      },
      {
        code: 'ha-tang.cay-xanh',
        name: 'Cây xanh gãy đổ, nguy cơ gãy đổ',
        nameEn: 'Fallen or dangerous trees',
        days: 2,
        responsible: 'ward',
        sop: [VERIFY, 'Khoanh vùng nguy hiểm', 'Cắt tỉa, di dời cây', REPORT],
      },
      {
        code: 'ha-tang.cap-nuoc',
        name: 'Sự cố cấp nước sinh hoạt',
        nameEn: 'Water supply failures',
        days: 2,
        responsible: 'sxd',
        sop: [VERIFY, 'Yêu cầu đơn vị cấp nước khắc phục', REPORT],
      },
    ],
  },
  {
    code: 'moi-truong',
    name: 'Môi trường',
    nameEn: 'Environment',
    days: 7,
    responsible: 'ward',
    sop: [VERIFY, REPORT],
    children: [
      {
        code: 'moi-truong.rac-thai',
        name: 'Rác thải, vệ sinh môi trường',
        nameEn: 'Waste and sanitation',
        days: 3,
        responsible: 'ward',
        sop: [VERIFY, 'Yêu cầu đơn vị thu gom xử lý', 'Xử lý hành vi xả rác (nếu có)', REPORT],
      },
      {
        code: 'moi-truong.o-nhiem',
        name: 'Ô nhiễm không khí, nguồn nước',
        nameEn: 'Air and water pollution',
        days: 10,
        responsible: 'snnmt',
        sop: [VERIFY, 'Lấy mẫu, quan trắc', 'Xử lý cơ sở gây ô nhiễm', REPORT],
      },
      {
        code: 'moi-truong.tieng-on',
        name: 'Tiếng ồn, karaoke gây ồn',
        nameEn: 'Noise',
        days: 5,
        responsible: 'ward',
        sop: [VERIFY, 'Nhắc nhở, xử lý vi phạm', REPORT],
      },
    ],
  },
  {
    code: 'trat-tu-xay-dung',
    name: 'Trật tự xây dựng, đất đai',
    nameEn: 'Construction order and land',
    days: 10,
    responsible: 'ward',
    sop: [VERIFY, REPORT],
    children: [
      {
        code: 'trat-tu-xay-dung.xay-dung',
        name: 'Xây dựng không phép, sai phép',
        nameEn: 'Unlicensed construction',
        days: 10,
        responsible: 'ward',
        sop: [VERIFY, 'Kiểm tra giấy phép xây dựng', 'Lập biên bản, đình chỉ thi công (nếu vi phạm)', REPORT],
      },
      {
        code: 'trat-tu-xay-dung.dat-cong',
        name: 'Lấn chiếm đất công',
        nameEn: 'Encroachment on public land',
        days: 10,
        responsible: 'ward',
        sop: [VERIFY, 'Đối chiếu hồ sơ địa chính', 'Xử lý vi phạm', REPORT],
      },
    ],
  },
  {
    code: 'an-ninh',
    name: 'An ninh trật tự',
    nameEn: 'Public security and order',
    days: 3,
    responsible: 'ca',
    sop: [VERIFY, REPORT],
    children: [
      {
        code: 'an-ninh.trat-tu',
        name: 'Gây rối trật tự công cộng',
        nameEn: 'Public disorder',
        days: 3,
        responsible: 'ca',
        sop: [VERIFY, 'Phối hợp công an xã/phường xử lý', REPORT],
      },
      {
        code: 'an-ninh.chay-no',
        name: 'Nguy cơ cháy nổ',
        nameEn: 'Fire and explosion hazards',
        days: 2,
        responsible: 'pccc',
        sop: [VERIFY, 'Kiểm tra an toàn PCCC', 'Yêu cầu khắc phục nguy cơ', REPORT],
      },
    ],
  },
  {
    code: 'dich-vu-cong',
    name: 'Dịch vụ công, thủ tục hành chính',
    nameEn: 'Public services and procedures',
    days: 10,
    responsible: 'ward',
    sop: [VERIFY, REPORT],
    children: [
      {
        code: 'dich-vu-cong.thu-tuc',
        name: 'Thủ tục hành chính chậm, phiền hà',
        nameEn: 'Slow or burdensome procedures',
        days: 10,
        responsible: 'ward',
        sop: [VERIFY, 'Kiểm tra hồ sơ trên hệ thống một cửa', REPORT],
      },
      {
        code: 'dich-vu-cong.thai-do',
        name: 'Thái độ, tác phong cán bộ, công chức',
        nameEn: 'Conduct of officials',
        days: 10,
        responsible: 'ward',
        // About named people: handled, but not published by default.
        isPublic: false,
        sop: [VERIFY, 'Làm việc với cán bộ liên quan', REPORT],
      },
    ],
  },
  {
    code: 'y-te',
    name: 'Y tế, an toàn thực phẩm',
    nameEn: 'Health and food safety',
    days: 7,
    responsible: 'syt',
    sop: [VERIFY, REPORT],
    children: [
      {
        code: 'y-te.attp',
        name: 'Vi phạm an toàn thực phẩm',
        nameEn: 'Food safety violations',
        days: 7,
        responsible: 'syt',
        sop: [VERIFY, 'Kiểm tra cơ sở, lấy mẫu', 'Xử lý vi phạm', REPORT],
      },
    ],
  },
  {
    code: 'khac',
    name: 'Lĩnh vực khác',
    nameEn: 'Other',
    days: 10,
    responsible: 'ward',
    sop: [VERIFY, REPORT],
  },
];

/**
 * Seeds the demo categories and one ward-limited routing rule (the national
 * road through two urban wards belongs to the Department of Construction).
 */
export async function seedReportCategories(
  trx: Kysely<Database>,
  opts: { provinceId: string; agencyIds: ReadonlyMap<string, string>; wardIds: ReadonlyMap<string, string> },
): Promise<{ categories: number; rules: number }> {
  let count = 0;
  let order = 0;
  const ids = new Map<string, string>();
  const insert = async (c: SeedCategory, parentId: string | null) => {
    const agency = c.responsible === 'ward' ? null : opts.agencyIds.get(c.responsible);
    if (c.responsible !== 'ward' && !agency) throw new Error(`demo agency ${c.responsible} missing`);
    const { id } = await trx
      .insertInto('report_categories')
      .values({
        parent_id: parentId,
        code: c.code,
        name: c.name,
        name_en: c.nameEn,
        handling_days: c.days,
        responsible_kind: agency ? 'agency' : 'ward',
        responsible_unit_id: agency ?? null,
        sop_items: c.sop,
        public_by_default: c.isPublic ?? true,
        sort_order: order++,
        unit_id: opts.provinceId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(c.code, id);
    count++;
    for (const child of c.children ?? []) await insert(child, id);
  };
  for (const c of DEMO_CATEGORIES) await insert(c, null);

  const roadWards = ['25654', '25708'].map((code) => opts.wardIds.get(code)).filter((w): w is string => !!w);
  await trx
    .insertInto('report_routing_rules')
    .values({
      category_id: ids.get('giao-thong.mat-duong')!,
      target_unit_id: opts.agencyIds.get('sxd')!,
      ward_ids: roadWards,
      note: 'Quốc lộ 22 đoạn qua Phường Gò Dầu và Phường Trảng Bàng do Sở Xây dựng quản lý',
      unit_id: opts.provinceId,
    })
    .execute();
  return { categories: count, rules: 1 };
}
