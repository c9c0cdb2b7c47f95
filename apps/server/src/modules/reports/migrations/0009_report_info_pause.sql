-- The handling deadline stops while the unit waits for information it asked
-- the reporter for (thời hạn tạm dừng khi chờ bổ sung thông tin) and resumes
-- with the working days it had left when the reporter replies (or when the
-- unit carries on and drafts its answer without the reply). While paused,
-- due_at is NULL — no deadline runs, so no list, statistic or job counts the
-- report as overdue — and the due date held at the pause is kept here.

ALTER TABLE reports
  ADD COLUMN deadline_paused_at timestamptz,
  ADD COLUMN paused_due_at timestamptz,
  ADD CHECK ((deadline_paused_at IS NULL) = (paused_due_at IS NULL));
