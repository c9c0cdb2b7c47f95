import { defineErrors, type AppError } from '../http/index.js';

/**
 * The kernel's refusals. A module may answer each with a code of its own
 * (`refusals` in the workflow config) so its clients keep one catalogue;
 * these are the defaults.
 */
export const workflowErrors = defineErrors({
  WORKFLOW_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hồ sơ.', en: 'Item not found.' },
  WORKFLOW_ACTION_FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này với hồ sơ.',
    en: 'You may not do this with this item.',
  },
  WORKFLOW_TRANSITION_NOT_ALLOWED: {
    status: 409,
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại.',
    en: 'This action is not possible in the current status.',
  },
  WORKFLOW_STALE: {
    status: 409,
    vi: 'Hồ sơ vừa được người khác cập nhật. Hãy tải lại và thử lại.',
    en: 'Someone else changed this item meanwhile. Reload it and try again.',
  },
});

export type WorkflowErrorCode = keyof typeof workflowErrors.specs;

/** Why the kernel refused an action, before the module's effect ran. */
export type Refusal = 'not_found' | 'forbidden' | 'not_allowed' | 'stale';

export interface RefusalDetails {
  not_found: undefined;
  forbidden: { action: string };
  not_allowed: { action: string; status: string };
  stale: { expected: string; actual: string };
}

export type Refusals = { [K in Refusal]: (details: RefusalDetails[K]) => AppError };

export const DEFAULT_REFUSALS: Refusals = {
  not_found: () => workflowErrors.error('WORKFLOW_NOT_FOUND'),
  forbidden: (d) => workflowErrors.error('WORKFLOW_ACTION_FORBIDDEN', d),
  not_allowed: (d) => workflowErrors.error('WORKFLOW_TRANSITION_NOT_ALLOWED', d),
  stale: (d) => workflowErrors.error('WORKFLOW_STALE', d),
};
