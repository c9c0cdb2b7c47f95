/**
 * What an uploaded file really is, decided from its bytes (never its name or
 * Content-Type), and the re-encoding of photos: decode, auto-rotate, cap the
 * size, encode afresh. Re-encoding drops everything but pixels: metadata,
 * appended payloads, polyglot tricks.
 */
import fs from 'node:fs';
import exifr from 'exifr';
import { fileTypeFromFile } from 'file-type';
import sharp, { type Metadata } from 'sharp';
import { VN_OFFSET } from '@vioc/contracts';
import { filesErrors } from './files.errors.js';

export const FILE_KINDS = ['photo', 'video', 'document'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Accepted content, by the MIME type file-type reports. */
const ACCEPTED: Record<string, FileKind> = {
  'image/jpeg': 'photo',
  'image/png': 'photo',
  'image/webp': 'photo',
  'image/heic': 'photo',
  'image/heif': 'photo',
  'image/heic-sequence': 'photo',
  'image/heif-sequence': 'photo',
  // AVIF is HEIF with AV1 inside; phones produce it and this sharp decodes it.
  'image/avif': 'photo',
  'video/mp4': 'video',
  'video/quicktime': 'video',
  'video/webm': 'video',
  'application/pdf': 'document',
};

/** Containers that could carry anything (and zip bombs): never accepted, never unpacked. */
const ARCHIVES = new Set([
  'zip',
  'rar',
  '7z',
  'gz',
  'bz2',
  'xz',
  'zst',
  'tar',
  'cab',
  'lz',
  'lzh',
  'ar',
  'cpio',
  'arj',
  'ace',
  'jar',
  'apk',
  'xpi',
  'crx',
  'deb',
  'rpm',
  'dmg',
  'Z',
  'lz4',
  'tar.gz',
  'asar',
]);

export interface Detected {
  kind: FileKind;
  mime: string;
  ext: string;
}

/**
 * Reads the leading bytes only; file-type bounds whatever it inflates inside
 * a ZIP to 1 MB, and a parser error on hostile bytes is a refusal, not a 500.
 */
export async function detectType(filePath: string): Promise<Detected> {
  let found: Awaited<ReturnType<typeof fileTypeFromFile>>;
  try {
    found = await fileTypeFromFile(filePath);
  } catch {
    if (await startsWithZipMagic(filePath)) throw filesErrors.error('FILE_ARCHIVE_NOT_ALLOWED');
    throw filesErrors.error('FILE_TYPE_NOT_ALLOWED');
  }
  if (!found) throw filesErrors.error('FILE_TYPE_NOT_ALLOWED');
  if (ARCHIVES.has(found.ext)) throw filesErrors.error('FILE_ARCHIVE_NOT_ALLOWED', { detected: found.mime });
  const kind = ACCEPTED[found.mime];
  if (!kind) throw filesErrors.error('FILE_TYPE_NOT_ALLOWED', { detected: found.mime });
  return { kind, mime: found.mime, ext: found.ext };
}

async function startsWithZipMagic(filePath: string): Promise<boolean> {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7);
  } finally {
    await handle.close();
  }
}

export interface PhotoFacts {
  gps: { lat: number; lon: number } | null;
  takenAt: Date | null;
}

/**
 * GPS position and capture time from EXIF, read before re-encoding drops them.
 * EXIF times carry no zone unless OffsetTimeOriginal says so; a camera's
 * clock is local time, and local time here is Asia/Ho_Chi_Minh (UTC+7, no DST).
 */
export async function readPhotoFacts(filePath: string, defaultOffset = VN_OFFSET): Promise<PhotoFacts> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(filePath, {
      tiff: true,
      exif: true,
      gps: true,
      ifd1: false,
      xmp: false,
      icc: false,
      iptc: false,
      jfif: false,
      ihdr: false,
      reviveValues: false,
    })) as Record<string, unknown> | undefined;
  } catch {
    return { gps: null, takenAt: null }; // no EXIF or a format exifr does not read (WebP): nothing to offer
  }
  if (!tags) return { gps: null, takenAt: null };
  const lat = Number(tags.latitude);
  const lon = Number(tags.longitude);
  const gps =
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    !(lat === 0 && lon === 0) // 0,0 is what cameras write without a fix
      ? { lat, lon }
      : null;
  const raw = typeof tags.DateTimeOriginal === 'string' ? tags.DateTimeOriginal : tags.CreateDate;
  const offset = typeof tags.OffsetTimeOriginal === 'string' ? tags.OffsetTimeOriginal : defaultOffset;
  return { gps, takenAt: typeof raw === 'string' ? exifTime(raw, offset) : null };
}

function exifTime(raw: string, offset: string): Date | null {
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(raw.trim());
  if (!m) return null;
  const zone = /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : VN_OFFSET;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1970 ? null : d;
}

export interface ImageLimits {
  maxPixels: number;
  maxSide: number;
  thumbSide: number;
}

export interface EncodedImage {
  data: Buffer;
  mime: 'image/jpeg' | 'image/webp';
  ext: 'jpg' | 'webp';
  width: number;
  height: number;
  thumbnail: Buffer;
}

/**
 * Decodes and re-encodes a photo. The pixel limit is checked from the header
 * before any decoding (a 100000×100000 PNG is a few hundred bytes), and sharp
 * enforces it again while decoding. Images with transparency become WebP,
 * the rest JPEG.
 */
export function reencodeImage(filePath: string, detected: Detected, limits: ImageLimits): Promise<EncodedImage> {
  return withDecodeSlot(() => reencode(filePath, detected, limits));
}

/**
 * A decoded 40-megapixel photo takes ~160 MB; a burst of uploads must not
 * decode all at once. Two at a time (libvips uses several threads for each);
 * the others wait their turn.
 */
const DECODE_SLOTS = 2;
let decoding = 0;
const waiting: (() => void)[] = [];

async function withDecodeSlot<T>(work: () => Promise<T>): Promise<T> {
  if (decoding < DECODE_SLOTS) decoding++;
  else await new Promise<void>((resolve) => waiting.push(resolve)); // the slot is handed over, not re-counted
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else decoding--;
  }
}

async function reencode(filePath: string, detected: Detected, limits: ImageLimits): Promise<EncodedImage> {
  const options = { limitInputPixels: limits.maxPixels, failOn: 'error' as const };
  let meta: Metadata;
  try {
    meta = await sharp(filePath, options).metadata();
  } catch (err) {
    throw decodeError(err, detected);
  }
  if (!meta.width || !meta.height) throw filesErrors.error('FILE_CORRUPT');
  if (meta.width * meta.height > limits.maxPixels) {
    throw filesErrors.error('FILE_IMAGE_TOO_LARGE', {
      width: meta.width,
      height: meta.height,
      maxPixels: limits.maxPixels,
    });
  }
  const webp = meta.hasAlpha === true;
  try {
    const pipeline = sharp(filePath, options)
      .rotate() // apply the EXIF orientation to the pixels; the tag itself goes with the metadata
      .resize({ width: limits.maxSide, height: limits.maxSide, fit: 'inside', withoutEnlargement: true });
    const { data, info } = await (
      webp ? pipeline.webp({ quality: 85 }) : pipeline.jpeg({ quality: 85, mozjpeg: true })
    ).toBuffer({ resolveWithObject: true });
    const thumb = sharp(data).resize({
      width: limits.thumbSide,
      height: limits.thumbSide,
      fit: 'inside',
      withoutEnlargement: true,
    });
    const thumbnail = await (
      webp ? thumb.webp({ quality: 75 }) : thumb.jpeg({ quality: 75, mozjpeg: true })
    ).toBuffer();
    return {
      data,
      mime: webp ? 'image/webp' : 'image/jpeg',
      ext: webp ? 'webp' : 'jpg',
      width: info.width,
      height: info.height,
      thumbnail,
    };
  } catch (err) {
    throw decodeError(err, detected);
  }
}

function decodeError(err: unknown, detected: Detected) {
  const message = String((err as Error)?.message ?? err);
  if (/exceeds pixel limit/i.test(message)) return filesErrors.error('FILE_IMAGE_TOO_LARGE');
  // The sharp build shipped in npm has libheif with AV1 only; HEVC (iPhone HEIC) needs libde265.
  if (
    detected.mime.startsWith('image/hei') &&
    /not been built in|unsupported codec|decoder plugin|no decoder/i.test(message)
  ) {
    return filesErrors.error('FILE_HEIC_NOT_SUPPORTED');
  }
  return filesErrors.error('FILE_CORRUPT');
}
