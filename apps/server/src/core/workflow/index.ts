/**
 * core/workflow — the kernel every case-handling module stands on (reports,
 * incidents, directives, warnings, dossiers): a state machine declared as
 * data, actions run in one transaction with optimistic concurrency, history
 * rows in the module's own table, audit, an event per transition, working-day
 * deadlines with pause, and the reminder/overdue jobs. See README.md.
 */
export {
  defineMachine,
  canTake,
  allowedActions,
  actionNames,
  type Machine,
  type ActionSpec,
  type StateOf,
  type ActionOf,
  type RoleOf,
} from './machine.js';
export {
  createWorkflow,
  SYSTEM_ACTOR_LABEL,
  type Workflow,
  type WorkflowConfig,
  type ActRequest,
  type ActionHandlers,
  type BoundActions,
  type WorkflowStore,
  type WorkflowCaller,
  type FlowTypes,
  type Step,
  type HistoryEntry,
  type HistoryAction,
  type MoveEntry,
  type Transition,
} from './engine.js';
export { workflowErrors, type WorkflowErrorCode, type Refusal, type Refusals } from './workflow.errors.js';
export { AuditBuffer } from './audit-buffer.js';
export {
  createDeadlinePause,
  workingDaysLeft,
  resumedDueAt,
  type DeadlinePause,
  type PauseAdapter,
  type PauseSubject,
  type PausedDeadline,
} from './deadlines.js';
export {
  createDeadlineJobs,
  isCurrent,
  isNewlyOverdue,
  inReminderWindow,
  type DeadlineJobs,
  type DeadlineQueues,
  type DeadlineHandlers,
} from './deadline-jobs.js';
