import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** Inclusive byte range, as in HTTP. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredObject {
  body: Readable;
  /** Bytes in body (the range's length when a range was asked). */
  length: number;
}

/**
 * Where file bytes live. Keys are server-made (`2026/03/<uuid>.jpg`), never
 * from user input. Objects are written once and never changed.
 */
export interface FileStorage {
  readonly driver: 'local' | 's3';
  /** Stores the file at sourcePath; the source may be moved away. */
  putFile(key: string, sourcePath: string, mime: string): Promise<void>;
  putBuffer(key: string, data: Buffer, mime: string): Promise<void>;
  /** Undefined when the object does not exist. */
  read(key: string, range?: ByteRange): Promise<StoredObject | undefined>;
  /** Idempotent: removing a missing object is not an error. */
  remove(key: string): Promise<void>;
}

const KEY_RE = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

function assertKey(key: string): void {
  if (!KEY_RE.test(key) || key.includes('..')) throw new Error(`invalid storage key ${JSON.stringify(key)}`);
}

/** Files under one directory (DATA_DIR/files); writes are atomic (temp name, then rename). */
export function localStorage(root: string): FileStorage {
  const abs = path.resolve(root);
  const fileOf = (key: string) => {
    assertKey(key);
    return path.join(abs, ...key.split('/'));
  };
  const partOf = (dest: string) => `${dest}.${process.pid}.${Date.now()}.part`;

  async function moveInto(dest: string, sourcePath: string): Promise<void> {
    await fs.promises.mkdir(path.dirname(dest), { recursive: true });
    const part = partOf(dest);
    try {
      await fs.promises.rename(sourcePath, part);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      await fs.promises.copyFile(sourcePath, part);
    }
    await fs.promises.rename(part, dest).catch(async (err: unknown) => {
      await fs.promises.rm(part, { force: true });
      throw err;
    });
  }

  return {
    driver: 'local',
    putFile: (key, sourcePath) => moveInto(fileOf(key), sourcePath),
    async putBuffer(key, data) {
      const dest = fileOf(key);
      await fs.promises.mkdir(path.dirname(dest), { recursive: true });
      const part = partOf(dest);
      try {
        await fs.promises.writeFile(part, data, { flag: 'wx' });
        await fs.promises.rename(part, dest);
      } catch (err) {
        await fs.promises.rm(part, { force: true });
        throw err;
      }
    },
    async read(key, range) {
      let handle: fs.promises.FileHandle;
      try {
        handle = await fs.promises.open(fileOf(key), 'r');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
      try {
        const { size } = await handle.stat();
        const start = range?.start ?? 0;
        const end = Math.min(range?.end ?? size - 1, size - 1);
        // The handle is opened before answering, so a missing file is a 404, not a broken 200.
        const body = handle.createReadStream({ start, end, autoClose: true });
        return { body, length: Math.max(0, end - start + 1) };
      } catch (err) {
        await handle.close();
        throw err;
      }
    },
    async remove(key) {
      await fs.promises.rm(fileOf(key), { force: true });
    },
  };
}

export interface S3Options {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

/**
 * S3-compatible object storage (MinIO, Ceph, AWS). The SDK is loaded on first
 * use so a server on local disk never pays for it. Not exercised by the test
 * suite: there is no S3 server in the test environment.
 */
export function s3Storage(opts: S3Options): FileStorage {
  let sdk: Promise<{ client: import('@aws-sdk/client-s3').S3Client; mod: typeof import('@aws-sdk/client-s3') }>;
  const load = () =>
    (sdk ??= import('@aws-sdk/client-s3').then((mod) => ({
      mod,
      client: new mod.S3Client({
        region: opts.region,
        endpoint: opts.endpoint,
        forcePathStyle: opts.forcePathStyle,
        credentials:
          opts.accessKeyId && opts.secretAccessKey
            ? { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey }
            : undefined,
      }),
    })));

  return {
    driver: 's3',
    async putFile(key, sourcePath, mime) {
      assertKey(key);
      const { client, mod } = await load();
      const { size } = await fs.promises.stat(sourcePath);
      await client.send(
        new mod.PutObjectCommand({
          Bucket: opts.bucket,
          Key: key,
          Body: fs.createReadStream(sourcePath),
          ContentLength: size,
          ContentType: mime,
        }),
      );
    },
    async putBuffer(key, data, mime) {
      assertKey(key);
      const { client, mod } = await load();
      await client.send(
        new mod.PutObjectCommand({
          Bucket: opts.bucket,
          Key: key,
          Body: data,
          ContentLength: data.length,
          ContentType: mime,
        }),
      );
    },
    async read(key, range) {
      assertKey(key);
      const { client, mod } = await load();
      try {
        const res = await client.send(
          new mod.GetObjectCommand({
            Bucket: opts.bucket,
            Key: key,
            Range: range ? `bytes=${range.start}-${range.end}` : undefined,
          }),
        );
        return { body: res.Body as Readable, length: Number(res.ContentLength ?? 0) };
      } catch (err) {
        const name = (err as { name?: string }).name;
        if (name === 'NoSuchKey' || name === 'NotFound') return undefined;
        throw err;
      }
    },
    async remove(key) {
      assertKey(key);
      const { client, mod } = await load();
      await client.send(new mod.DeleteObjectCommand({ Bucket: opts.bucket, Key: key }));
    },
  };
}
