import crypto from 'node:crypto';
import { submitReportBody, type ReportChannel, type SubmitReportInput } from '@vioc/contracts';
import type { AuditContext } from '../../core/audit/index.js';
import type { Actor } from '../../core/auth/index.js';
import { isPgError } from '../../core/db/index.js';
import { filesErrors } from '../../core/files/index.js';
import { httpErrors } from '../../core/http/index.js';
import { normalizePhone } from '../../core/notify/index.js';
import { canonicalJson } from '../../core/audit/index.js';
import { AuditBuffer, reportUrl, vnYear, type Context } from './context.js';
import { reportsErrors } from './reports.errors.js';
import { receivedEvent } from './reports.events.js';

export interface SubmitOptions {
  channel: ReportChannel;
  /** The signed-in caller (a citizen, or the operator entering a hotline call); null for guests and mail. */
  actor: Actor | null;
  ip: string | null;
  /** Client-chosen key: the same key from the same submitter gives back the same report. */
  idempotencyKey?: string | null;
  /** Audit context of the request; built from actor and ip when omitted (channels without HTTP). */
  ctx?: AuditContext;
  /**
   * Files a server-side channel stored itself (files.storeBuffer: the photos
   * of an intake mail); attached without an owner check. Never from a request.
   */
  storedFileIds?: readonly string[];
}

export interface Submitted {
  id: string;
  /** Only for a guest, only when the report is created (or its key replayed): shown once. */
  trackingToken: string | null;
  replayed: boolean;
}

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
export const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest();

/**
 * Intake: the one function every channel calls (web form, email listener,
 * hotline form, Open311, social webhooks). It validates the input again —
 * channels without HTTP do not pass the route's schema —, locates the place,
 * attaches the media, stores the report, its reporter (apart), its SOP
 * checklist, its first timeline entry and its duplicate candidates, announces
 * it and thanks the reporter: all in one transaction, so a refused input
 * leaves nothing behind.
 */
export function createIntake(c: Context) {
  const { repo, deps } = c;

  function reporterOf(actor: Actor | null, channel: ReportChannel): Actor | null {
    // The operator typing in a hotline call is not the reporter: the caller is.
    return actor && actor.kind === 'user' && actor.userId && channel !== 'hotline' ? actor : null;
  }

  function contactKey(reporter: Actor | null, contact: SubmitReportInput['contact']): string {
    if (reporter) return `user:${reporter.userId}`;
    if (contact?.phone) return `phone:${normalizePhone(contact.phone)}`;
    return `email:${contact!.email!.trim().toLowerCase()}`;
  }

  async function checkMedia(
    actor: Actor | null,
    ctx: AuditContext,
    fileIds: readonly string[],
    guestPhotos: SubmitReportInput['photos'],
    stored: readonly string[],
  ): Promise<void> {
    const all = [...fileIds, ...guestPhotos.map((p) => p.id), ...stored];
    if (all.length === 0) return;
    if ((fileIds.length > 0 && !actor) || new Set(all).size !== all.length)
      throw reportsErrors.error('REPORT_MEDIA_INVALID');
    const kinds: string[] = [];
    if (guestPhotos.length) {
      const found = await deps.files.checkGuestUploads(guestPhotos);
      if (!found) throw reportsErrors.error('REPORT_MEDIA_INVALID', { photos: 'token' });
      kinds.push(...found.map((f) => f.kind));
    }
    // Stored by the channel itself (mail photos): photos only, checked by files.storeBuffer.
    kinds.push(...stored.map(() => 'photo'));
    for (const id of fileIds) {
      const f = await deps.files.describe(actor, ctx, id).catch(() => null);
      if (!f || f.attachedTo) throw reportsErrors.error('REPORT_MEDIA_INVALID', { fileId: id });
      kinds.push(f.kind);
    }
    const photos = kinds.filter((k) => k === 'photo').length;
    const videos = kinds.filter((k) => k === 'video').length;
    const ok = (photos === kinds.length && photos <= 10) || (videos === 1 && kinds.length === 1);
    if (!ok)
      throw reportsErrors.error('REPORT_MEDIA_INVALID', { photos, videos, other: kinds.length - photos - videos });
  }

  async function replay(keyHash: string, requestHash: string, guest: boolean): Promise<Submitted | null> {
    const existing = await repo.findSubmission(keyHash);
    if (!existing) return null;
    if (existing.request_hash !== requestHash) throw reportsErrors.error('REPORT_IDEMPOTENCY_CONFLICT');
    let trackingToken: string | null = null;
    if (guest) {
      // The first answer may never have reached the guest (that is why they retry): issue the token again.
      trackingToken = crypto.randomBytes(24).toString('base64url');
      await repo.setTokenHash(existing.report_id, tokenHash(trackingToken));
    }
    return { id: existing.report_id, trackingToken, replayed: true };
  }

  async function submit(raw: unknown, opts: SubmitOptions): Promise<Submitted> {
    const parsed = submitReportBody.safeParse(raw);
    if (!parsed.success)
      throw httpErrors.error(
        'VALIDATION_FAILED',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    const input = parsed.data;
    const actor = opts.actor;
    const ctx: AuditContext = opts.ctx ?? {
      actorId: actor?.userId ?? actor?.id ?? null,
      actorLabel: actor?.label ?? null,
      ip: opts.ip,
      userAgent: null,
    };
    const reporter = reporterOf(actor, opts.channel);
    const contact = input.contact;
    if (!reporter && !contact?.phone && !contact?.email) throw reportsErrors.error('REPORT_CONTACT_REQUIRED');
    const key = contactKey(reporter, contact);

    const submitter = reporter ? key : actor ? `${actor.kind}:${actor.id}` : `guest:${key}`;
    const keyHash = opts.idempotencyKey ? sha256(`${submitter}\n${opts.idempotencyKey}`) : null;
    const requestHash = sha256(canonicalJson({ channel: opts.channel, input }));
    if (keyHash) {
      const again = await replay(keyHash, requestHash, !reporter);
      if (again) return again;
    }

    const now = c.now();
    if (opts.channel !== 'hotline') {
      const recent = await repo.countByContactSince(key, new Date(now.getTime() - 86_400_000));
      if (recent >= c.options.submitPerContactPerDay) throw reportsErrors.error('REPORT_RATE_LIMITED');
    }
    const category = await c.categories.find(input.categoryId);
    if (!category) throw reportsErrors.error('REPORT_CATEGORY_NOT_FOUND');
    if (!category.active) throw reportsErrors.error('REPORT_CATEGORY_INACTIVE');
    const area = await deps.org.unitAt(input.location.lat, input.location.lon);
    if (!area) throw reportsErrors.error('REPORT_OUTSIDE_PROVINCE');
    const stored = opts.storedFileIds ?? [];
    await checkMedia(actor, ctx, input.fileIds, input.photos, stored);
    const account = reporter ? await deps.contactOf(reporter.userId!) : undefined;
    const trackingToken = reporter ? null : crypto.randomBytes(24).toString('base64url');

    try {
      const id = await c.db.transaction().execute(async (trx) => {
        const report = {
          channel: opts.channel,
          category_id: category.id,
          title: input.title,
          description: input.description,
          lat: input.location.lat,
          lon: input.location.lon,
          address: input.location.address ?? null,
          location_source: input.location.source,
          area_unit_id: area.id,
          status: 'received' as const,
          is_public: category.public_by_default,
          anonymous: input.anonymous,
          confidential: input.confidential,
          created_at: now,
          updated_at: now,
          created_by: actor?.userId ?? null,
        };
        const reporterRow = {
          user_id: reporter?.userId ?? null,
          name: contact?.name ?? account?.full_name ?? null,
          phone: contact?.phone ?? account?.phone ?? null,
          email: contact?.email ?? account?.email ?? null,
          contact_key: key,
          token_hash: trackingToken ? tokenHash(trackingToken) : null,
          ip: opts.ip,
          created_at: now,
        };
        // One statement: code, report, reporter, checklist, first timeline entry, key, duplicate candidates.
        const { id, code, candidates } = await repo.insertSubmitted(trx, {
          year: vnYear(now),
          report,
          reporter: reporterRow,
          checklist: category.sop_items,
          history: {
            at: now,
            action: 'submit',
            from_status: null,
            to_status: 'received',
            actor_id: actor?.userId ?? null,
            actor_label: actor && !reporter ? c.actorLabel(actor) : null,
            unit_id: null,
            note: null,
            visibility: 'public',
            data: JSON.stringify({ channel: opts.channel }),
          },
          submission: keyHash ? { key_hash: keyHash, request_hash: requestHash } : null,
          duplicates: {
            categoryId: category.id,
            lat: input.location.lat,
            lon: input.location.lon,
            radiusM: c.options.duplicateRadiusM,
            since: new Date(now.getTime() - c.options.duplicateDays * 86_400_000),
            title: input.title,
            text: `${input.title} ${input.description}`,
            threshold: c.options.duplicateSimilarity,
            limit: 10,
          },
        });
        const target = { type: 'report', id, unitId: area.id };
        // Taken or deleted since it was checked, or not the caller's: the same answer as the check's.
        const mediaError = (err: unknown) => {
          if (filesErrors.is(err)) throw reportsErrors.error('REPORT_MEDIA_INVALID', { file: err.code });
          throw err;
        };
        if (input.fileIds.length)
          await deps.files.attach(trx, input.fileIds, target, { owner: actor! }).catch(mediaError);
        if (input.photos.length) {
          const tokens = new Map(input.photos.map((p) => [p.id, p.token]));
          await deps.files.attach(trx, [...tokens.keys()], target, { tokens }).catch(mediaError);
        }
        if (stored.length) await deps.files.attach(trx, stored, target).catch(mediaError);
        // Staff events name the operator who typed a call in, never the reporter's account.
        await deps.publish(
          trx,
          receivedEvent(
            { id, code, ...report, assigned_unit_id: null },
            opts.channel,
            reporter ? null : (actor?.userId ?? null),
          ),
        );
        // The reporter as just stored (what c.reporterRecipient would read back).
        const recipient = reporterRow.user_id
          ? reporterRow.user_id
          : reporterRow.email || reporterRow.phone
            ? {
                ...(reporterRow.email && { email: reporterRow.email }),
                ...(reporterRow.phone && { phone: reporterRow.phone }),
              }
            : null;
        if (recipient)
          await deps.notify(
            recipient,
            'reports.received',
            { code, title: input.title, url: reportUrl(id) },
            undefined,
            {
              trx,
            },
          );
        const audit = new AuditBuffer(ctx);
        // The reporter's identity and contacts stay out of the audit log, like out of every event.
        audit.add({
          action: 'report.submit',
          targetType: 'report',
          targetId: id,
          unitId: area.id,
          after: {
            code,
            channel: opts.channel,
            categoryId: category.id,
            areaUnitId: area.id,
            files: input.fileIds.length + input.photos.length + stored.length,
            anonymous: input.anonymous,
            confidential: input.confidential,
            duplicateCandidates: candidates,
          },
        });
        // Last: the audit chain's lock is held from here to the commit.
        await audit.flush(trx, deps.audit);
        return id;
      });
      return { id, trackingToken, replayed: false };
    } catch (err) {
      // Two requests with one key raced: the loser answers with the winner's report.
      if (keyHash && isPgError(err, '23505') && String((err as Error).message).includes('report_submissions')) {
        const again = await replay(keyHash, requestHash, !reporter);
        if (again) return again;
      }
      throw err;
    }
  }

  return { submit };
}

export type Intake = ReturnType<typeof createIntake>;
