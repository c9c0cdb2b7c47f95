-- Working-day calendar (lịch làm việc): official per-day decisions that the
-- rules in core/calendar cannot compute (the exact Tết days of a year, bridge
-- days, Saturdays worked in exchange). Weekends, Labour Code holidays and
-- compensatory days are computed, not stored.
--
-- kind 'off'  = the day is a day off; 'work' = the day is a working day.
-- holiday     = the statutory holiday this day belongs to. When a year has any
--               row for a holiday, those rows ARE that holiday for the year and
--               the computed days of that holiday are dropped.

CREATE TABLE calendar_overrides (
  date date PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('off', 'work')),
  holiday text CHECK (holiday IN ('new_year', 'tet', 'hung_kings', 'reunification', 'labour_day', 'national_day')),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 300),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (holiday IS NULL OR kind = 'off')
);

-- OFFICIAL DATA, year 2026 (public administration: state agencies and public
-- service units; the 40-hour week, Saturday and Sunday off).
--  - Tết Dương lịch: Thu 1/1 (Labour Code); the Government agreed on 25/12/2025
--    to swap Fri 2/1/2026 with Sat 10/1/2026 (off 1/1–4/1, 10/1 worked).
--  - Tết Bính Ngọ: Mon 16/2 – Fri 20/2 (29 tháng Chạp Ất Tỵ – mùng 4 Tết; with
--    the weekends 14/2 – 22/2, nine days).
--  - Giỗ Tổ Hùng Vương 10/3 Bính Ngọ = Sun 26/4, compensatory Mon 27/4.
--  - 30/4 Thu, 1/5 Fri.
--  - Quốc khánh: Wed 2/9 and the adjacent Tue 1/9.
-- Later years are entered by an administrator (PUT /api/calendar/overrides/:date).
INSERT INTO calendar_overrides (date, kind, holiday, reason) VALUES
  ('2026-01-01', 'off', 'new_year', 'Tết Dương lịch 2026'),
  ('2026-01-02', 'off', NULL, 'Nghỉ hoán đổi dịp Tết Dương lịch 2026 (làm bù thứ Bảy 10/01/2026)'),
  ('2026-01-10', 'work', NULL, 'Làm bù cho ngày nghỉ thứ Sáu 02/01/2026'),
  ('2026-02-16', 'off', 'tet', 'Tết Nguyên Đán Bính Ngọ — 29 tháng Chạp'),
  ('2026-02-17', 'off', 'tet', 'Tết Nguyên Đán Bính Ngọ — mùng 1'),
  ('2026-02-18', 'off', 'tet', 'Tết Nguyên Đán Bính Ngọ — mùng 2'),
  ('2026-02-19', 'off', 'tet', 'Tết Nguyên Đán Bính Ngọ — mùng 3'),
  ('2026-02-20', 'off', 'tet', 'Tết Nguyên Đán Bính Ngọ — mùng 4'),
  ('2026-04-26', 'off', 'hung_kings', 'Giỗ Tổ Hùng Vương (10/3 Bính Ngọ, Chủ nhật)'),
  ('2026-04-27', 'off', 'hung_kings', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 trùng Chủ nhật)'),
  ('2026-04-30', 'off', 'reunification', 'Ngày Chiến thắng 30/4'),
  ('2026-05-01', 'off', 'labour_day', 'Ngày Quốc tế Lao động 1/5'),
  ('2026-09-01', 'off', 'national_day', 'Quốc khánh — ngày liền kề 1/9'),
  ('2026-09-02', 'off', 'national_day', 'Quốc khánh 2/9');
