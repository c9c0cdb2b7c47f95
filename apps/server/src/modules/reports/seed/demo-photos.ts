/**
 * Photos for the demo reports, made here rather than shipped: one small JPEG
 * per category scene (a coloured street scene with the category's name and
 * code in a caption, drawn as SVG and rasterised by sharp), deterministic.
 * Each scene is checked and re-encoded once by files.storeBufferCopies and
 * stored as one file per report, so 300 reports cost a few dozen encodings,
 * not hundreds (bench figures in the reports README).
 */
import type { Kysely } from 'kysely';
import sharp from 'sharp';
import type { Database } from '../../../core/db/index.js';
import type { FilesService } from '../../../core/files/index.js';

const W = 640;
const H = 480;
/** Share of reports with photos, and how many each (1–3). */
const WITH_PHOTOS = 0.85;
const VARIANTS = 3;

/** Sky, ground and accent colours per top-level category. */
const PALETTE: Record<string, [string, string, string]> = {
  'giao-thong': ['#9cc9ee', '#5b5b5b', '#f2c14e'],
  'ha-tang': ['#a7c7e7', '#7a8b6f', '#ffd166'],
  'moi-truong': ['#b5d99c', '#6b8f47', '#8c5a3c'],
  'trat-tu-xay-dung': ['#d9c8a9', '#a08c6b', '#e07a2f'],
  'an-ninh': ['#3a4a6b', '#2b2b38', '#e63946'],
  'dich-vu-cong': ['#cfe3f2', '#b9b9b9', '#2a9d8f'],
  'y-te': ['#e8f4f8', '#c6d8cf', '#d62828'],
};

const esc = (t: string) =>
  t.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!);

/** One scene: sky, ground, a few shapes placed by the variant, and the caption. */
function sceneSvg(root: string, rootName: string, variant: number): string {
  const [sky, ground, accent] = PALETTE[root] ?? ['#bcd', '#777', '#fa0'];
  const shapes: string[] = [];
  for (let i = 0; i < 5; i++) {
    const x = 40 + ((i * 137 + variant * 71) % (W - 120));
    const h = 40 + ((i * 53 + variant * 29) % 120);
    shapes.push(
      i % 2
        ? `<rect x="${x}" y="${300 - h}" width="${30 + ((i * 17) % 50)}" height="${h}" fill="${accent}" opacity="0.85"/>`
        : `<circle cx="${x}" cy="${330 + ((i * 23) % 40)}" r="${14 + ((i + variant) % 4) * 6}" fill="${accent}" opacity="0.7"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
<rect width="${W}" height="300" fill="${sky}"/><rect y="300" width="${W}" height="${H - 300}" fill="${ground}"/>
<polygon points="${W / 2 - 40},300 ${W / 2 + 40},300 ${W / 2 + 160 + variant * 20},${H} ${W / 2 - 160 - variant * 20},${H}" fill="#000" opacity="0.12"/>
${shapes.join('\n')}
<rect y="${H - 84}" width="${W}" height="84" fill="#000" opacity="0.55"/>
<text x="20" y="${H - 46}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="28" fill="#fff">${esc(rootName)}</text>
<text x="20" y="${H - 16}" font-family="DejaVu Sans Mono, monospace" font-size="18" fill="#ddd">${esc(root)} · ảnh minh hoạ ${variant + 1}/${VARIANTS} · dữ liệu mẫu</text>
</svg>`;
}

async function renderScene(root: string, rootName: string, variant: number): Promise<Buffer> {
  return sharp(Buffer.from(sceneSvg(root, rootName, variant)))
    .jpeg({ quality: 80 })
    .toBuffer();
}

/**
 * Chooses 1–3 photos for most reports, renders each needed scene once, stores
 * one copy per photo in the seed's transaction and attaches them to their
 * report (in the report's ward, as intake does). Returns the photo count.
 */
export async function attachDemoPhotos(
  trx: Kysely<Database>,
  files: Pick<FilesService, 'storeBufferCopies' | 'attach'>,
  reports: readonly { id: string; unitId: string; root: string; rootName: string; code: string }[],
  rand: () => number,
): Promise<number> {
  // Which scene each photo shows, grouped by scene.
  const wanted = new Map<string, { root: string; rootName: string; variant: number; reportIds: string[] }>();
  for (const r of reports) {
    if (rand() >= WITH_PHOTOS) continue;
    const n = 1 + Math.floor(rand() * 3);
    const first = Math.floor(rand() * VARIANTS);
    for (let k = 0; k < n; k++) {
      const variant = (first + k) % VARIANTS;
      const key = `${r.root}:${variant}`;
      const scene = wanted.get(key) ?? { root: r.root, rootName: r.rootName, variant, reportIds: [] };
      scene.reportIds.push(r.id);
      wanted.set(key, scene);
    }
  }
  const byReport = new Map<string, string[]>();
  for (const scene of wanted.values()) {
    const data = await renderScene(scene.root, scene.rootName, scene.variant);
    const copies = await files.storeBufferCopies(data, scene.reportIds.length, {
      trx,
      filename: `anh-mau-${scene.root}-${scene.variant + 1}.jpg`,
    });
    scene.reportIds.forEach((id, i) => byReport.set(id, [...(byReport.get(id) ?? []), copies[i]!.id]));
  }
  let count = 0;
  for (const r of reports) {
    const ids = byReport.get(r.id);
    if (!ids) continue;
    await files.attach(trx, ids, { type: 'report', id: r.id, unitId: r.unitId });
    count += ids.length;
  }
  return count;
}
