import type { Closing } from './closing.js';
import { reportUrl, type Context } from './context.js';
import { reportsErrors } from './reports.errors.js';
import type { Caller, Steps } from './steps.js';

/**
 * Duplicates: candidates are found at intake (same category, within the
 * radius, within the window, similar folded text — intake.ts) and shown to the
 * operator, who merges: the duplicate is rejected as a duplicate of the
 * group's root, and its reporter receives the root's answer when it is
 * published (at once if it already is).
 */
export function createDuplicates(c: Context, steps: Steps, closing: Closing) {
  const { repo, deps } = c;

  async function candidates(reportId: string) {
    return (await repo.candidatesOf(reportId)).map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      status: r.status,
      createdAt: r.created_at.toISOString(),
      distanceM: Math.round(Number(r.distance_m)),
      similarity: Math.round(Number(r.similarity) * 100) / 100,
    }));
  }

  function merge(caller: Caller, id: string, body: { intoId: string; note?: string }) {
    return steps.act(caller, id, 'merge', async (s) => {
      if (body.intoId === id) throw reportsErrors.error('REPORT_MERGE_INVALID');
      let target = await repo.lock(s.trx, body.intoId);
      // Merging into a duplicate merges into its root.
      for (let hops = 0; target?.reject_reason === 'duplicate' && target.duplicate_of && hops < 10; hops++)
        target = await repo.lock(s.trx, target.duplicate_of);
      if (!target || !c.access.canView(s.reach, target)) throw reportsErrors.error('REPORT_NOT_FOUND');
      if (target.status === 'rejected' || target.id === id) throw reportsErrors.error('REPORT_MERGE_INVALID');
      await steps.move(
        s,
        'merge',
        'rejected',
        { reject_reason: 'duplicate', duplicate_of: target.id },
        {
          note: body.note ?? null,
          visibility: 'reporter',
          data: { intoId: target.id, intoCode: target.code },
          audit: { intoId: target.id, intoCode: target.code },
        },
      );
      await repo.repointDuplicates(s.trx, id, target.id);
      await repo.insertHistory(s.trx, {
        report_id: target.id,
        at: s.now,
        action: 'merged_in',
        from_status: target.status,
        to_status: target.status,
        actor_id: s.actor?.userId ?? null,
        actor_label: c.actorLabel(s.actor),
        unit_id: target.assigned_unit_id,
        note: null,
        visibility: 'internal',
        data: JSON.stringify({ reportId: id, code: s.item.code }),
      });
      const recipient = await c.reporterRecipient(s.trx, id);
      if (recipient)
        await deps.notify(
          recipient,
          'reports.merged',
          { code: s.item.code, title: s.item.title, intoCode: target.code, url: reportUrl(target.id) },
          undefined,
          { trx: s.trx },
        );
      if (['published', 'rated', 'closed'].includes(target.status) && target.answer)
        await closing.sendAnswer(s, target.id, target.answer, target.assigned_name ?? '', [id]);
    });
  }

  return { candidates, merge };
}

export type Duplicates = ReturnType<typeof createDuplicates>;
