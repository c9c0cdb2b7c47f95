import { REPORT_STATUSES, type PublicReportStatus, type ReportStatus } from '@vioc/contracts';
import {
  actionNames,
  allowedActions as allowedBy,
  canTake as canTakeBy,
  defineMachine,
  type ActionOf,
} from '../../core/workflow/index.js';
import { WHO, type Who } from './access.js';

/**
 * The report state machine, written once: for each action, the statuses it
 * starts from, the status it leads to (null: the status stays) and who may
 * take it, declared for the workflow kernel (core/workflow), which enforces
 * it in steps.ts; allowedActions() tells the UI from the same table.
 *
 *   received ─verify→ verified ─(routing)→ assigned ─start→ in_progress ─draft_answer→ answer_drafted
 *      │ reject/merge     │ reject/merge     │ transfer ↺ (to assigned)                   │ approve_answer
 *      ▼                  ▼                  ▼                                             ▼
 *   rejected           rejected         in_progress ←─return_answer── answer_drafted / answer_approved
 *                                                                           │ publish
 *   in_progress ←─object / reopen / low rating── published ─rate→ rated ─close→ closed
 */
export const REPORT_MACHINE = defineMachine({
  states: REPORT_STATUSES,
  roles: WHO,
  actions: {
    verify: { from: ['received'], to: 'verified', who: ['operator'] },
    reject: { from: ['received', 'verified'], to: 'rejected', who: ['operator'] },
    merge: { from: ['received', 'verified', 'assigned'], to: 'rejected', who: ['operator'] },
    assign: { from: ['verified', 'assigned'], to: 'assigned', who: ['operator', 'system'] },
    start: { from: ['assigned'], to: 'in_progress', who: ['handler'] },
    transfer: { from: ['assigned', 'in_progress'], to: 'assigned', who: ['handler', 'operator'] },
    set_assignee: { from: ['assigned', 'in_progress', 'answer_drafted'], to: null, who: ['unit_leader'] },
    request_info: { from: ['in_progress'], to: null, who: ['handler'] },
    provide_info: { from: ['assigned', 'in_progress', 'answer_drafted'], to: null, who: ['reporter'] },
    request_extension: { from: ['assigned', 'in_progress', 'answer_drafted'], to: null, who: ['handler'] },
    decide_extension: {
      from: ['assigned', 'in_progress', 'answer_drafted', 'answer_approved'],
      to: null,
      who: ['unit_leader'],
    },
    draft_answer: { from: ['in_progress', 'answer_drafted'], to: 'answer_drafted', who: ['handler'] },
    return_answer: { from: ['answer_drafted', 'answer_approved'], to: 'in_progress', who: ['unit_leader'] },
    approve_answer: { from: ['answer_drafted'], to: 'answer_approved', who: ['unit_leader'] },
    publish: { from: ['answer_approved'], to: 'published', who: ['unit_leader', 'operator'] },
    rate: { from: ['published'], to: 'rated', who: ['reporter'] },
    object: { from: ['published', 'rated'], to: 'in_progress', who: ['reporter'] },
    reopen: { from: ['published', 'rated', 'closed'], to: 'in_progress', who: ['operator', 'system'] },
    close: { from: ['published', 'rated'], to: 'closed', who: ['operator', 'system'] },
    tick_checklist: {
      from: ['received', 'verified', 'assigned', 'in_progress', 'answer_drafted', 'answer_approved'],
      to: null,
      who: ['handler', 'operator'],
    },
    comment: {
      from: [
        'received',
        'verified',
        'rejected',
        'assigned',
        'in_progress',
        'answer_drafted',
        'answer_approved',
        'published',
        'rated',
        'closed',
      ],
      to: null,
      who: ['viewer'],
    },
  },
});

export const MACHINE = REPORT_MACHINE.actions;
export type Action = ActionOf<typeof REPORT_MACHINE>;
export const ACTIONS: Action[] = actionNames(REPORT_MACHINE);

export function canTake(action: Action, status: ReportStatus, who: ReadonlySet<Who>): boolean {
  return canTakeBy(REPORT_MACHINE, action, status, who);
}

export function allowedActions(status: ReportStatus, who: ReadonlySet<Who>): Action[] {
  return allowedBy(REPORT_MACHINE, status, who);
}

/** Statuses in which the deadline runs. */
export const OPEN: readonly ReportStatus[] = [
  'verified',
  'assigned',
  'in_progress',
  'answer_drafted',
  'answer_approved',
];

/** The status the public sees; null while the report is not public (received, rejected). */
export function publicStatusOf(status: ReportStatus): PublicReportStatus | null {
  switch (status) {
    case 'received':
    case 'rejected':
      return null;
    case 'verified':
      return 'received';
    case 'published':
    case 'rated':
      return 'answered';
    case 'closed':
      return 'closed';
    default:
      return 'processing';
  }
}

/**
 * The status the reporter sees, in the same public vocabulary, also before
 * publication: a report not yet verified is already "received" for the one who
 * sent it, and a refused one is "closed" (the reason is told apart).
 */
export function reporterStatusOf(status: ReportStatus): PublicReportStatus {
  if (status === 'received') return 'received';
  if (status === 'rejected') return 'closed';
  return publicStatusOf(status) ?? 'processing';
}

/**
 * A timeline as the public and the reporter read it: each public step once,
 * at the instant it was reached. Internal moves inside one public step
 * (verify → assign → start → draft → approve are all "processing"; a rating
 * after the answer is still "answered") collapse into the step's first entry;
 * a step reached again later (a reopened report) is a new step.
 */
export function publicSteps<E extends { status: PublicReportStatus }>(entries: readonly E[]): E[] {
  return entries.filter((e, i) => i === 0 || entries[i - 1]!.status !== e.status);
}

/** The internal statuses behind a public one (list filters). */
export function statusesOfPublic(p: PublicReportStatus): ReportStatus[] {
  switch (p) {
    case 'received':
      return ['verified'];
    case 'processing':
      return ['assigned', 'in_progress', 'answer_drafted', 'answer_approved'];
    case 'answered':
      return ['published', 'rated'];
    case 'closed':
      return ['closed'];
  }
}
