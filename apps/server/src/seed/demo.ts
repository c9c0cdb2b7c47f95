import type { Kysely } from 'kysely';
import type { Role } from '@vioc/contracts';
import type { Database } from '../core/db/schema.js';
import type { AuditService } from '../core/audit/index.js';
import { hashPassword } from '../core/auth/passwords.js';
import { seedProvince } from './admin-units.js';
import type { SeedProvince } from '../core/platform/index.js';
import { seedStep, type SeedProgress } from './progress.js';

export const DEMO_PROVINCE_CODE = '80';
export const DEMO_PASSWORD = 'TayNinh@2026';
/** Published in the README so the demo admin can add it to an authenticator app. */
export const DEMO_ADMIN_TOTP_SECRET = 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD';

/** Provincial agencies of Tây Ninh after the 2025 reorganisation (sở, ban, ngành and the IOC). */
const AGENCIES: { key: string; name: string; nameEn: string }[] = [
  {
    key: 'ioc',
    name: 'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Tây Ninh',
    nameEn: 'Tay Ninh Intelligent Operations Center',
  },
  { key: 'ubnd', name: 'Ủy ban nhân dân tỉnh Tây Ninh', nameEn: "Tay Ninh Provincial People's Committee" },
  { key: 'sxd', name: 'Sở Xây dựng', nameEn: 'Department of Construction' },
  { key: 'snnmt', name: 'Sở Nông nghiệp và Môi trường', nameEn: 'Department of Agriculture and Environment' },
  { key: 'syt', name: 'Sở Y tế', nameEn: 'Department of Health' },
  { key: 'sgddt', name: 'Sở Giáo dục và Đào tạo', nameEn: 'Department of Education and Training' },
  { key: 'skhcn', name: 'Sở Khoa học và Công nghệ', nameEn: 'Department of Science and Technology' },
  { key: 'stc', name: 'Sở Tài chính', nameEn: 'Department of Finance' },
  { key: 'svhttdl', name: 'Sở Văn hóa, Thể thao và Du lịch', nameEn: 'Department of Culture, Sports and Tourism' },
  { key: 'sct', name: 'Sở Công Thương', nameEn: 'Department of Industry and Trade' },
  { key: 'sndvx', name: 'Sở Nội vụ', nameEn: 'Department of Home Affairs' },
  { key: 'ca', name: 'Công an tỉnh Tây Ninh', nameEn: 'Tay Ninh Provincial Police' },
  { key: 'pccc', name: 'Phòng Cảnh sát PCCC và CNCH - Công an tỉnh', nameEn: 'Fire and Rescue Police Division' },
];

interface DemoUser {
  username: string;
  fullName: string;
  email: string;
  accountType: 'staff' | 'citizen' | 'business';
  unit: string; // 'province' | agency key | ward admin code
  role: Role;
  totp?: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    email: 'admin@vioc.local',
    accountType: 'staff',
    unit: 'province',
    role: 'admin',
    totp: DEMO_ADMIN_TOTP_SECRET,
  },
  {
    username: 'lanhdao',
    fullName: 'Nguyễn Văn Lãnh',
    email: 'lanhdao@vioc.local',
    accountType: 'staff',
    unit: 'province',
    role: 'leader',
  },
  {
    username: 'trucioc',
    fullName: 'Trần Thị Trực',
    email: 'trucioc@vioc.local',
    accountType: 'staff',
    unit: 'ioc',
    role: 'operator',
  },
  {
    username: 'ldtanninh',
    fullName: 'Lê Văn Tân',
    email: 'ldtanninh@vioc.local',
    accountType: 'staff',
    unit: '25459',
    role: 'unit_leader',
  },
  {
    username: 'cbtanninh',
    fullName: 'Phạm Thị Ninh',
    email: 'cbtanninh@vioc.local',
    accountType: 'staff',
    unit: '25459',
    role: 'officer',
  },
  {
    username: 'cbbinhminh',
    fullName: 'Võ Văn Minh',
    email: 'cbbinhminh@vioc.local',
    accountType: 'staff',
    unit: '25480',
    role: 'officer',
  },
  {
    username: 'cbxaydung',
    fullName: 'Đặng Thị Xây',
    email: 'cbxaydung@vioc.local',
    accountType: 'staff',
    unit: 'sxd',
    role: 'officer',
  },
  {
    username: 'nguoidan',
    fullName: 'Huỳnh Văn Dân',
    email: 'nguoidan@vioc.local',
    accountType: 'citizen',
    unit: 'province',
    role: 'citizen',
  },
  {
    username: 'doanhnghiep',
    fullName: 'Công ty TNHH Tây Ninh Xanh',
    email: 'doanhnghiep@vioc.local',
    accountType: 'business',
    unit: 'province',
    role: 'business',
  },
];

/**
 * First-start picture of the demo province: its wards with boundaries, its
 * agencies and one account per role. Runs only on an empty database; each
 * module's own demo data (reports' categories and reports…) comes after, from
 * its `seed` hook (server.seedDemo).
 */
export async function seedDemo(
  db: Kysely<Database>,
  audit: AuditService,
  opts: { progress?: SeedProgress } = {},
): Promise<SeedProvince> {
  const { progress } = opts;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const units = await seedStep(
      progress,
      'units',
      async () => {
        const province = await seedProvince(trx, DEMO_PROVINCE_CODE);
        return { ...province, agencyIds: await seedAgencies(trx, province.provinceId) };
      },
      (u) => 1 + u.wardIds.size + u.agencyIds.size,
    );
    const { provinceId, wardIds, agencyIds } = units;
    await seedStep(
      progress,
      'accounts',
      () =>
        seedUsers(trx, passwordHash, (key) =>
          key === 'province' ? provinceId : (agencyIds.get(key) ?? wardIds.get(key)),
        ),
      () => DEMO_USERS.length,
    );
    await audit.record(
      trx,
      { actorId: null, actorLabel: 'system', ip: null, userAgent: null },
      {
        action: 'system.seed_demo',
        targetType: 'unit',
        targetId: provinceId,
        after: { wards: wardIds.size, agencies: AGENCIES.length, users: DEMO_USERS.length },
      },
    );
  });
  const province = await loadDemoProvince(db);
  if (!province) throw new Error('the demo province was seeded but cannot be found');
  return province;
}

/**
 * The demo province's ids as modules' seeds need them, read back from the
 * database (a module added to an existing installation is seeded on a later
 * start). Undefined when the database does not hold the demo province.
 */
export async function loadDemoProvince(db: Kysely<Database>): Promise<SeedProvince | undefined> {
  const province = await db
    .selectFrom('units')
    .select('id')
    .where('admin_code', '=', DEMO_PROVINCE_CODE)
    .where('kind', '=', 'province')
    .executeTakeFirst();
  if (!province) return undefined;
  const children = await db
    .selectFrom('units')
    .select(['id', 'kind', 'admin_code', 'name'])
    .where('parent_id', '=', province.id)
    .execute();
  const wardIds = new Map<string, string>();
  const agencyByName = new Map<string, string>();
  for (const u of children) {
    if (u.kind === 'agency') agencyByName.set(u.name, u.id);
    else if (u.admin_code) wardIds.set(u.admin_code, u.id);
  }
  const agencyIds = new Map<string, string>();
  for (const a of AGENCIES) {
    const id = agencyByName.get(a.name);
    if (id) agencyIds.set(a.key, id);
  }
  const users = await db
    .selectFrom('users')
    .select(['id', 'username'])
    .where(
      'username',
      'in',
      DEMO_USERS.map((u) => u.username),
    )
    .execute();
  const userIds = new Map(users.flatMap((u) => (u.username ? [[u.username, u.id] as const] : [])));
  return { provinceId: province.id, wardIds, agencyIds, userIds };
}

async function seedAgencies(trx: Kysely<Database>, provinceId: string): Promise<Map<string, string>> {
  const agencyIds = new Map<string, string>();
  for (const a of AGENCIES) {
    const { id } = await trx
      .insertInto('units')
      .values({
        parent_id: provinceId,
        kind: 'agency',
        name: a.name,
        full_name: a.name,
        name_en: a.nameEn,
        full_name_en: a.nameEn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    agencyIds.set(a.key, id);
  }
  return agencyIds;
}

async function seedUsers(
  trx: Kysely<Database>,
  passwordHash: string,
  unitFor: (key: string) => string | undefined,
): Promise<void> {
  for (const u of DEMO_USERS) {
    const unitId = unitFor(u.unit);
    if (!unitId) throw new Error(`demo unit ${u.unit} missing`);
    const { id } = await trx
      .insertInto('users')
      .values({
        username: u.username,
        email: u.email,
        full_name: u.fullName,
        password_hash: passwordHash,
        account_type: u.accountType,
        totp_secret: u.totp ?? null,
        totp_enabled: Boolean(u.totp),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('memberships').values({ user_id: id, unit_id: unitId, role: u.role }).execute();
  }
}
