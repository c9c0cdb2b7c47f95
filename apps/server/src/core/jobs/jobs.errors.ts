import { defineErrors } from '../http/index.js';

export const jobsErrors = defineErrors({
  JOB_NOT_FOUND: { status: 404, vi: 'Không tìm thấy công việc.', en: 'Job not found.' },
  JOB_NOT_FAILED: {
    status: 409,
    vi: 'Chỉ chạy lại được công việc đã thất bại.',
    en: 'Only a failed job can be retried.',
  },
});
