CREATE TABLE `level_sums` (
	`parent_id` integer NOT NULL,
	`year` integer NOT NULL,
	`indicator_key` text NOT NULL,
	`kind` text NOT NULL,
	`k` integer NOT NULL,
	`units` integer NOT NULL,
	`actual` integer,
	`target` integer,
	`previous` integer,
	PRIMARY KEY(`parent_id`, `year`, `indicator_key`, `kind`, `k`)
);

--> statement-breakpoint
-- Issue 8: what each figure of a level's child adds to its level's totals (see db/src/schema/level-sums.ts).
-- A child counts in its parent's level of a year when it is valid in that year and not a sector
-- (organisations.childrenOf); `k` packs, bit by bit (LEVEL_BITS in server/src/repositories/figures.ts):
-- 0 the unit entered figures that year, 1 its report is accepted, 2–3 the same the year before,
-- 4 it existed the whole year, 5 the whole year before (coversWholeYear); 6 an actual, 7 a target,
-- 8 illustrative, 9 a source, 10 last year's actual, 11 it is illustrative; 12–14 the qualifier,
-- 15–17 the period, 18–20 and 21–23 last year's (indexes in QUALIFIERS and PERIODS, 7 unknown).
-- Which of these count (latest or accepted only) is decided when the level is read.
CREATE VIEW `level_contributions` AS
SELECT o.parent_id AS parent_id, f.org_id AS org_id, f.year AS year, f.indicator_key AS indicator_key,
  o.kind AS kind, f.actual AS actual, f.target AS target, p.actual AS previous,
  (EXISTS (SELECT 1 FROM figures e WHERE e.org_id = f.org_id AND e.year = f.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  | ((EXISTS (SELECT 1 FROM reports r WHERE r.org_id = f.org_id AND r.year = f.year AND r.status = 'accepted')) << 1)
  | ((EXISTS (SELECT 1 FROM figures e WHERE e.org_id = f.org_id AND e.year = f.year - 1 AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL))) << 2)
  | ((EXISTS (SELECT 1 FROM reports r WHERE r.org_id = f.org_id AND r.year = f.year - 1 AND r.status = 'accepted')) << 3)
  | ((o.valid_from <= (f.year || '-01-01') AND (o.valid_to IS NULL OR o.valid_to >= (f.year || '-12-31'))) << 4)
  | ((o.valid_from <= ((f.year - 1) || '-01-01') AND (o.valid_to IS NULL OR o.valid_to >= ((f.year - 1) || '-12-31'))) << 5)
  | ((f.actual IS NOT NULL) << 6) | ((f.target IS NOT NULL) << 7) | ((f.illustrative <> 0) << 8)
  | ((f.source_id IS NOT NULL) << 9) | ((p.actual IS NOT NULL) << 10) | ((coalesce(p.illustrative, 0) <> 0) << 11)
  | ((CASE f.actual_qualifier WHEN 'exact' THEN 0 WHEN 'at_least' THEN 1 WHEN 'at_most' THEN 2 WHEN 'about' THEN 3 ELSE 7 END) << 12)
  | ((CASE f.period WHEN 'year' THEN 0 WHEN 'part_year' THEN 1 WHEN 'multi_year' THEN 2 ELSE 7 END) << 15)
  | (CASE WHEN p.actual IS NULL THEN 0 ELSE ((CASE p.actual_qualifier WHEN 'exact' THEN 0 WHEN 'at_least' THEN 1 WHEN 'at_most' THEN 2 WHEN 'about' THEN 3 ELSE 7 END) << 18) END)
  | (CASE WHEN p.actual IS NULL THEN 0 ELSE ((CASE p.period WHEN 'year' THEN 0 WHEN 'part_year' THEN 1 WHEN 'multi_year' THEN 2 ELSE 7 END) << 21) END) AS k
FROM figures f
JOIN organisations o ON o.id = f.org_id
LEFT JOIN figures p ON p.org_id = f.org_id AND p.indicator_key = f.indicator_key AND p.year = f.year - 1
  AND p.actual IS NOT NULL
WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
  AND o.valid_from <= (f.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (f.year || '-01-01'));
--> statement-breakpoint
CREATE TRIGGER `level_sums_figure_insert_first_before` BEFORE INSERT ON figures
WHEN NOT EXISTS (SELECT 1 FROM figures c WHERE c.org_id = NEW.org_id AND c.indicator_key = NEW.indicator_key AND c.year = NEW.year) AND (NEW.actual IS NOT NULL OR NEW.stated_percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM figures e WHERE e.org_id = NEW.org_id AND e.year = NEW.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL))
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, -1, -actual, -target, -previous
  FROM level_contributions WHERE org_id = NEW.org_id AND year IN (NEW.year, NEW.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_figure_insert_before` BEFORE INSERT ON figures
WHEN NOT EXISTS (SELECT 1 FROM figures c WHERE c.org_id = NEW.org_id AND c.indicator_key = NEW.indicator_key AND c.year = NEW.year) AND NOT ((NEW.actual IS NOT NULL OR NEW.stated_percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM figures e WHERE e.org_id = NEW.org_id AND e.year = NEW.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, -1, -actual, -target, -previous
  FROM level_contributions WHERE org_id = NEW.org_id AND indicator_key = NEW.indicator_key AND year IN (NEW.year, NEW.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_figure_insert_first_after` AFTER INSERT ON figures
WHEN (NEW.actual IS NOT NULL OR NEW.stated_percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM figures e WHERE e.org_id = NEW.org_id AND e.year = NEW.year AND e.id <> NEW.id AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL))
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, 1, actual, target, previous
  FROM level_contributions WHERE org_id = NEW.org_id AND year IN (NEW.year, NEW.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_figure_insert_after` AFTER INSERT ON figures
WHEN NOT ((NEW.actual IS NOT NULL OR NEW.stated_percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM figures e WHERE e.org_id = NEW.org_id AND e.year = NEW.year AND e.id <> NEW.id AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, 1, actual, target, previous
  FROM level_contributions WHERE org_id = NEW.org_id AND indicator_key = NEW.indicator_key AND year IN (NEW.year, NEW.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_figure_delete_last_before` BEFORE DELETE ON figures
WHEN (OLD.actual IS NOT NULL OR OLD.stated_percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM figures e WHERE e.org_id = OLD.org_id AND e.year = OLD.year AND e.id <> OLD.id AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL))
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, -1, -actual, -target, -previous
  FROM level_contributions WHERE org_id = OLD.org_id AND year IN (OLD.year, OLD.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_figure_delete_before` BEFORE DELETE ON figures
WHEN NOT ((OLD.actual IS NOT NULL OR OLD.stated_percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM figures e WHERE e.org_id = OLD.org_id AND e.year = OLD.year AND e.id <> OLD.id AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, -1, -actual, -target, -previous
  FROM level_contributions WHERE org_id = OLD.org_id AND indicator_key = OLD.indicator_key AND year IN (OLD.year, OLD.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_figure_delete_last_after` AFTER DELETE ON figures
WHEN (OLD.actual IS NOT NULL OR OLD.stated_percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM figures e WHERE e.org_id = OLD.org_id AND e.year = OLD.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL))
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, 1, actual, target, previous
  FROM level_contributions WHERE org_id = OLD.org_id AND year IN (OLD.year, OLD.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_figure_delete_after` AFTER DELETE ON figures
WHEN NOT ((OLD.actual IS NOT NULL OR OLD.stated_percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM figures e WHERE e.org_id = OLD.org_id AND e.year = OLD.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, 1, actual, target, previous
  FROM level_contributions WHERE org_id = OLD.org_id AND indicator_key = OLD.indicator_key AND year IN (OLD.year, OLD.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_figure_update_before` BEFORE UPDATE OF org_id, indicator_key, year, actual, target, stated_percent, illustrative, source_id, actual_qualifier, period ON figures
WHEN NEW.org_id = OLD.org_id AND NEW.indicator_key = OLD.indicator_key AND NEW.year = OLD.year AND (NEW.actual IS NOT NULL OR NEW.stated_percent IS NOT NULL) = (OLD.actual IS NOT NULL OR OLD.stated_percent IS NOT NULL)
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, -1, -actual, -target, -previous
  FROM level_contributions WHERE org_id = OLD.org_id AND indicator_key = OLD.indicator_key AND year IN (OLD.year, OLD.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_figure_update_after` AFTER UPDATE OF org_id, indicator_key, year, actual, target, stated_percent, illustrative, source_id, actual_qualifier, period ON figures
WHEN NEW.org_id = OLD.org_id AND NEW.indicator_key = OLD.indicator_key AND NEW.year = OLD.year AND (NEW.actual IS NOT NULL OR NEW.stated_percent IS NOT NULL) = (OLD.actual IS NOT NULL OR OLD.stated_percent IS NOT NULL)
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, 1, actual, target, previous
  FROM level_contributions WHERE org_id = NEW.org_id AND indicator_key = NEW.indicator_key AND year IN (NEW.year, NEW.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_figure_move_before` BEFORE UPDATE OF org_id, indicator_key, year, actual, target, stated_percent, illustrative, source_id, actual_qualifier, period ON figures
WHEN NOT (NEW.org_id = OLD.org_id AND NEW.indicator_key = OLD.indicator_key AND NEW.year = OLD.year AND (NEW.actual IS NOT NULL OR NEW.stated_percent IS NOT NULL) = (OLD.actual IS NOT NULL OR OLD.stated_percent IS NOT NULL))
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, -1, -actual, -target, -previous
  FROM level_contributions WHERE (org_id = OLD.org_id AND year IN (OLD.year, OLD.year + 1)) OR (org_id = NEW.org_id AND year IN (NEW.year, NEW.year + 1))
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_figure_move_after` AFTER UPDATE OF org_id, indicator_key, year, actual, target, stated_percent, illustrative, source_id, actual_qualifier, period ON figures
WHEN NOT (NEW.org_id = OLD.org_id AND NEW.indicator_key = OLD.indicator_key AND NEW.year = OLD.year AND (NEW.actual IS NOT NULL OR NEW.stated_percent IS NOT NULL) = (OLD.actual IS NOT NULL OR OLD.stated_percent IS NOT NULL))
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, 1, actual, target, previous
  FROM level_contributions WHERE (org_id = OLD.org_id AND year IN (OLD.year, OLD.year + 1)) OR (org_id = NEW.org_id AND year IN (NEW.year, NEW.year + 1))
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_report_insert_before` BEFORE INSERT ON reports
WHEN NEW.status = 'accepted' AND NOT EXISTS (SELECT 1 FROM reports c WHERE c.org_id = NEW.org_id AND c.year = NEW.year)
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, -1, -actual, -target, -previous
  FROM level_contributions WHERE org_id = NEW.org_id AND year IN (NEW.year, NEW.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_report_insert_after` AFTER INSERT ON reports
WHEN NEW.status = 'accepted'
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, 1, actual, target, previous
  FROM level_contributions WHERE org_id = NEW.org_id AND year IN (NEW.year, NEW.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_report_update_before` BEFORE UPDATE OF org_id, year, status ON reports
WHEN (OLD.status = 'accepted') <> (NEW.status = 'accepted') OR ((OLD.org_id <> NEW.org_id OR OLD.year <> NEW.year) AND (OLD.status = 'accepted' OR NEW.status = 'accepted'))
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, -1, -actual, -target, -previous
  FROM level_contributions WHERE (org_id = OLD.org_id AND year IN (OLD.year, OLD.year + 1)) OR (org_id = NEW.org_id AND year IN (NEW.year, NEW.year + 1))
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_report_update_after` AFTER UPDATE OF org_id, year, status ON reports
WHEN (OLD.status = 'accepted') <> (NEW.status = 'accepted') OR ((OLD.org_id <> NEW.org_id OR OLD.year <> NEW.year) AND (OLD.status = 'accepted' OR NEW.status = 'accepted'))
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, 1, actual, target, previous
  FROM level_contributions WHERE (org_id = OLD.org_id AND year IN (OLD.year, OLD.year + 1)) OR (org_id = NEW.org_id AND year IN (NEW.year, NEW.year + 1))
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_report_delete_before` BEFORE DELETE ON reports
WHEN OLD.status = 'accepted'
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, -1, -actual, -target, -previous
  FROM level_contributions WHERE org_id = OLD.org_id AND year IN (OLD.year, OLD.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_report_delete_after` AFTER DELETE ON reports
WHEN OLD.status = 'accepted'
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, 1, actual, target, previous
  FROM level_contributions WHERE org_id = OLD.org_id AND year IN (OLD.year, OLD.year + 1)
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_unit_update_before` BEFORE UPDATE OF parent_id, kind, valid_from, valid_to ON organisations
WHEN OLD.parent_id IS NOT NEW.parent_id OR OLD.kind <> NEW.kind OR OLD.valid_from <> NEW.valid_from OR OLD.valid_to IS NOT NEW.valid_to
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, -1, -actual, -target, -previous
  FROM level_contributions WHERE org_id = OLD.id
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_unit_update_after` AFTER UPDATE OF parent_id, kind, valid_from, valid_to ON organisations
WHEN OLD.parent_id IS NOT NEW.parent_id OR OLD.kind <> NEW.kind OR OLD.valid_from <> NEW.valid_from OR OLD.valid_to IS NOT NEW.valid_to
BEGIN
  INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
  SELECT parent_id, year, indicator_key, kind, k, 1, actual, target, previous
  FROM level_contributions WHERE org_id = NEW.id
  ON CONFLICT (parent_id, year, indicator_key, kind, k) DO UPDATE SET units = units + excluded.units,
    actual = actual + excluded.actual, target = target + excluded.target, previous = previous + excluded.previous;
END;
--> statement-breakpoint
-- A figure or report moved onto a cell already taken is refused whatever the statement's conflict
-- clause (UPDATE OR IGNORE / OR REPLACE would skip or delete rows behind the triggers' back).
CREATE TRIGGER `level_sums_figure_move_guard` BEFORE UPDATE OF org_id, indicator_key, year ON figures
WHEN (NEW.org_id <> OLD.org_id OR NEW.indicator_key <> OLD.indicator_key OR NEW.year <> OLD.year)
  AND EXISTS (SELECT 1 FROM figures c WHERE c.org_id = NEW.org_id AND c.indicator_key = NEW.indicator_key AND c.year = NEW.year)
BEGIN
  SELECT RAISE(ABORT, 'UNIQUE constraint: a figure of this unit, indicator and year already exists');
END;
--> statement-breakpoint
CREATE TRIGGER `level_sums_report_move_guard` BEFORE UPDATE OF org_id, year ON reports
WHEN (NEW.org_id <> OLD.org_id OR NEW.year <> OLD.year)
  AND EXISTS (SELECT 1 FROM reports c WHERE c.org_id = NEW.org_id AND c.year = NEW.year)
BEGIN
  SELECT RAISE(ABORT, 'UNIQUE constraint: a report of this unit and year already exists');
END;
--> statement-breakpoint
-- The sums of the data already there.
INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
SELECT parent_id, year, indicator_key, kind, k, count(*), sum(actual), sum(target), sum(previous)
FROM level_contributions WHERE true GROUP BY parent_id, year, indicator_key, kind, k;
