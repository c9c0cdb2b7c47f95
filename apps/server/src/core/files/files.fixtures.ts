/**
 * Test inputs made in code (no binary fixtures): photos with EXIF, hostile
 * files, and multipart bodies for app.inject.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Kysely } from 'kysely';
import sharp from 'sharp';
import type { Database } from '../db/schema.js';

export interface Part {
  data: Buffer;
  name: string;
  type?: string;
}

/** A multipart/form-data body built by the platform's own FormData encoder. */
export async function multipartBody(fields: Record<string, string | Part>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.append(key, value);
    else
      form.append(
        key,
        new Blob([new Uint8Array(value.data)], { type: value.type ?? 'application/octet-stream' }),
        value.name,
      );
  }
  const res = new Response(form);
  return {
    payload: Buffer.from(await res.arrayBuffer()),
    contentType: res.headers.get('content-type')!,
  };
}

/** A JPEG photo with EXIF GPS (Tây Ninh) and capture time, as a phone writes them. */
export async function jpegWithExif(opts: { width?: number; height?: number } = {}): Promise<Buffer> {
  return sharp({
    create: {
      width: opts.width ?? 800,
      height: opts.height ?? 600,
      channels: 3,
      background: { r: 30, g: 120, b: 200 },
    },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: 'VIOC', Model: 'Test camera' },
      IFD2: { DateTimeOriginal: '2026:03:04 10:20:30' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '11/1 18/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '106/1 6/1 1200/100',
      },
    })
    .toBuffer();
}

/** A landscape image whose EXIF says "rotate 90° clockwise to view". */
export async function rotatedJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 60, channels: 3, background: '#888' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

export async function pngWithAlpha(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 64, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 0.5 } } })
    .png()
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid PNG header declaring 100000×100000 pixels (10 gigapixels) in a few hundred bytes. */
export function pngDeclaring(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(1024))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A ZIP whose one entry inflates to `inflated` bytes of zeros (≈1000:1, like a zip bomb's layers). */
export function zipBomb(inflated = 50 * 1024 * 1024): Buffer {
  const data = Buffer.alloc(inflated);
  const comp = zlib.deflateRawSync(data, { level: 9 });
  const name = Buffer.from('bomb.txt');
  const crc = zlib.crc32(data) >>> 0;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(comp.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(comp.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const cd = Buffer.concat([central, name]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(30 + name.length + comp.length, 16);
  return Buffer.concat([local, name, comp, cd, end]);
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
const box = (type: string, ...body: Buffer[]) => {
  const payload = Buffer.concat(body);
  return Buffer.concat([u32(8 + payload.length), Buffer.from(type, 'latin1'), payload]);
};
const fullBox = (type: string, version: number, ...body: Buffer[]) =>
  box(type, Buffer.from([version, 0, 0, 0]), ...body);

/** An ISO-BMFF video: ftyp + mdat filled with a byte pattern, so ranges can be checked. */
export function mp4(size: number): Buffer {
  const ftyp = box('ftyp', Buffer.from('isom'), u32(512), Buffer.from('isomiso2avc1mp41'));
  const payload = Buffer.alloc(size - ftyp.length - 8);
  for (let i = 0; i < payload.length; i++) payload[i] = (i * 7 + 3) & 0xff;
  return Buffer.concat([ftyp, box('mdat', payload)]);
}

/**
 * A structurally valid HEIF image whose one item is HEVC-coded (what an
 * iPhone writes). The coded data is not real HEVC: a build without an HEVC
 * decoder refuses it before reading it.
 */
export function heic(width = 64, height = 48): Buffer {
  const ftyp = box('ftyp', Buffer.from('heic'), u32(0), Buffer.from('mif1heic'));
  const hvcC = box(
    'hvcC',
    Buffer.from([1, 0x01, 0x60, 0, 0, 0, 0x90, 0, 0, 0, 0, 0, 0x5d, 0xf0, 0, 0xfc, 0xfd, 0xf8, 0xf8, 0, 0, 0x0f, 0]),
  );
  const ipco = box('ipco', hvcC, fullBox('ispe', 0, u32(width), u32(height)));
  const iprp = box('iprp', ipco, fullBox('ipma', 0, u32(1), u16(1), Buffer.from([2, 0x81, 0x02])));
  const hdlr = fullBox('hdlr', 0, u32(0), Buffer.from('pict'), Buffer.alloc(12), Buffer.from([0]));
  const pitm = fullBox('pitm', 0, u16(1));
  const iinf = fullBox('iinf', 0, u16(1), fullBox('infe', 2, u16(1), u16(0), Buffer.from('hvc1'), Buffer.from([0])));
  const coded = Buffer.concat([u32(16), Buffer.alloc(16, 0x26)]);
  const meta = (offset: number) =>
    fullBox(
      'meta',
      0,
      hdlr,
      pitm,
      iinf,
      fullBox('iloc', 0, Buffer.from([0x44, 0x00]), u16(1), u16(1), u16(0), u16(1), u32(offset), u32(coded.length)),
      iprp,
    );
  const metaLength = meta(0).length;
  return Buffer.concat([ftyp, meta(ftyp.length + metaLength + 8), box('mdat', coded)]);
}

/** A small but real PDF. */
export function pdf(padTo = 0): Buffer {
  const head =
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n';
  const pad = padTo > head.length ? '%' + 'x'.repeat(padTo - head.length - 20) + '\n' : '';
  return Buffer.from(`${head}${pad}trailer << /Root 1 0 R >>\n%%EOF\n`);
}

/**
 * What a test server's file storage holds, for "nothing left behind" checks:
 * objects of the local driver (relative to DATA_DIR/files), spooled uploads and `files` rows.
 */
export function storageProbe(dataDir: string, db: Kysely<Database>) {
  return {
    storedObjects(): string[] {
      const root = path.join(dataDir, 'files');
      if (!fs.existsSync(root)) return [];
      return (fs.readdirSync(root, { recursive: true }) as string[])
        .filter((f) => fs.statSync(path.join(root, f)).isFile())
        .sort();
    },
    spoolEntries(): string[] {
      const dir = path.join(dataDir, 'tmp', 'uploads');
      return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
    },
    async countRows(): Promise<number> {
      const r = await db
        .selectFrom('files')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
