import nodemailer from 'nodemailer';
import webpush from 'web-push';
import { toGsm7 } from './notify.text.js';

/** The provider refused this message for good (bad address, malformed): retrying cannot help. */
export class PermanentDeliveryError extends Error {}

/** The browser's push subscription is gone (404/410): it is removed, and the delivery fails. */
export class SubscriptionGoneError extends PermanentDeliveryError {}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}
export interface SmsContent {
  text: string;
}
export interface PushContent {
  title: string;
  body: string;
  url: string | null;
  notificationId: string | null;
  tag: string;
}
export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** Each sender returns the provider's id for the message, when it gives one. */
export interface Senders {
  email?: (to: string, content: EmailContent, ref: string) => Promise<string | null>;
  sms?: (to: string, content: SmsContent, ref: string) => Promise<string | null>;
  push?: (target: PushTarget, content: PushContent, ref: string) => Promise<string | null>;
}

const HTTP_TIMEOUT_MS = 15_000;

export function smtpSender(opts: { url: string; from: string }): NonNullable<Senders['email']> {
  // One connection per message: notification mail is light, and a fresh
  // connection recovers by itself after the SMTP server restarts.
  const transport = nodemailer.createTransport({
    url: opts.url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  const domain = /@([^>\s]+)>?\s*$/.exec(opts.from)?.[1] ?? 'vioc.local';
  return async (to, content, ref) => {
    try {
      const info = await transport.sendMail({
        from: opts.from,
        to,
        subject: content.subject,
        text: content.text,
        html: content.html,
        messageId: `<${ref}@${domain}>`,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
      });
      return String(info.messageId ?? '') || null;
    } catch (err) {
      // 5xx replies (no such mailbox, rejected) are final; connection errors and 4xx are retried.
      const code = (err as { responseCode?: number }).responseCode;
      if (code && code >= 500 && code < 600)
        throw new PermanentDeliveryError(`SMTP ${code}: ${(err as Error).message}`);
      throw err;
    }
  };
}

/** HTTP statuses of a gateway that mean "this message will never go": the others are retried. */
const FINAL_HTTP = new Set([400, 413, 422]);

async function readDetail(res: Response): Promise<string> {
  return (await res.text().catch(() => '')).slice(0, 300);
}

/**
 * The SMS adapter: one HTTP call per message, the contract in README.md.
 * `unaccent` sends Vietnamese without diacritics (GSM-7), as brandname gateways require.
 */
export function httpSmsSender(opts: {
  url: string;
  token?: string;
  sender?: string;
  unaccent: boolean;
}): NonNullable<Senders['sms']> {
  return async (to, content, ref) => {
    const text = opts.unaccent ? toGsm7(content.text) : content.text;
    let res: Response;
    try {
      res = await fetch(opts.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': ref,
          ...(opts.token && { authorization: `Bearer ${opts.token}` }),
        },
        body: JSON.stringify({ to, text, ref, ...(opts.sender && { sender: opts.sender }) }),
        signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
      });
    } catch (err) {
      throw new Error(`SMS gateway unreachable: ${causeOf(err)}`, { cause: err });
    }
    if (res.ok) {
      const body = (await res.json().catch(() => ({}))) as { id?: unknown; status?: unknown };
      if (body.status === 'rejected') throw new PermanentDeliveryError(`SMS gateway rejected the message`);
      return body.id === undefined || body.id === null ? null : String(body.id);
    }
    const detail = await readDetail(res);
    if (FINAL_HTTP.has(res.status)) throw new PermanentDeliveryError(`SMS gateway refused (${res.status}): ${detail}`);
    throw new Error(`SMS gateway error (${res.status}): ${detail}`);
  };
}

/**
 * Web Push (RFC 8030) with VAPID (RFC 8292) and aes128gcm payload encryption
 * (RFC 8291), prepared by `web-push` and sent with fetch.
 */
export function webPushSender(opts: {
  publicKey: string;
  privateKey: string;
  subject: string;
}): NonNullable<Senders['push']> {
  // Malformed keys stop the start here rather than failing every delivery later.
  webpush.getVapidHeaders('https://push.example', opts.subject, opts.publicKey, opts.privateKey, 'aes128gcm');
  return async (target, content, ref) => {
    const payload = JSON.stringify({ ...content, body: content.body.slice(0, 1000), ref });
    const details = webpush.generateRequestDetails(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      payload,
      {
        vapidDetails: { subject: opts.subject, publicKey: opts.publicKey, privateKey: opts.privateKey },
        TTL: 24 * 3600,
        contentEncoding: 'aes128gcm',
      },
    );
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(details.headers))
      if (k.toLowerCase() !== 'content-length') headers[k] = String(v);
    let res: Response;
    try {
      res = await fetch(details.endpoint, {
        method: 'POST',
        headers,
        body: details.body,
        signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
        redirect: 'error',
      });
    } catch (err) {
      throw new Error(`push service unreachable: ${causeOf(err)}`, { cause: err });
    }
    if (res.ok) return res.headers.get('location');
    const detail = await readDetail(res);
    if (res.status === 404 || res.status === 410)
      throw new SubscriptionGoneError(`push subscription expired (${res.status})`);
    if (FINAL_HTTP.has(res.status)) throw new PermanentDeliveryError(`push service refused (${res.status}): ${detail}`);
    throw new Error(`push service error (${res.status}): ${detail}`);
  };
}

function causeOf(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message;
}
