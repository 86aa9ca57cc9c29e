CREATE TABLE `level_units` (
	`parent_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text NOT NULL,
	`entered` integer NOT NULL,
	`units` integer NOT NULL,
	PRIMARY KEY(`parent_id`, `year`, `status`, `entered`)
);

--> statement-breakpoint
-- Issue 8: the report state of each child of a level in a year with a report or an entered figure
-- (see db/src/schema/level-units.ts); `level_units` holds it counted, kept by the triggers below.
CREATE VIEW `level_unit_states` AS
SELECT o.parent_id AS parent_id, uy.org_id AS org_id, uy.year AS year,
  coalesce((SELECT r.status FROM reports r WHERE r.org_id = uy.org_id AND r.year = uy.year), 'none') AS status,
  EXISTS (SELECT 1 FROM figures e WHERE e.org_id = uy.org_id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)) AS entered
FROM (SELECT org_id, year FROM reports UNION SELECT org_id, year FROM figures WHERE (figures.actual IS NOT NULL OR figures.stated_percent IS NOT NULL)) uy
JOIN organisations o ON o.id = uy.org_id
WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
  AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'));
--> statement-breakpoint
CREATE TRIGGER `level_units_figure_insert_before` BEFORE INSERT ON figures
WHEN NOT EXISTS (SELECT 1 FROM figures c WHERE c.org_id = NEW.org_id AND c.indicator_key = NEW.indicator_key AND c.year = NEW.year) AND (NEW.actual IS NOT NULL OR NEW.stated_percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM figures e WHERE e.org_id = NEW.org_id AND e.year = NEW.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL))
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), -1
  FROM (SELECT NEW.org_id AS org_id, NEW.year AS year) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_figure_insert_after` AFTER INSERT ON figures
WHEN (NEW.actual IS NOT NULL OR NEW.stated_percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM figures e WHERE e.org_id = NEW.org_id AND e.year = NEW.year AND e.id <> NEW.id AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL))
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), 1
  FROM (SELECT NEW.org_id AS org_id, NEW.year AS year) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_figure_delete_before` BEFORE DELETE ON figures
WHEN (OLD.actual IS NOT NULL OR OLD.stated_percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM figures e WHERE e.org_id = OLD.org_id AND e.year = OLD.year AND e.id <> OLD.id AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL))
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), -1
  FROM (SELECT OLD.org_id AS org_id, OLD.year AS year) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_figure_delete_after` AFTER DELETE ON figures
WHEN (OLD.actual IS NOT NULL OR OLD.stated_percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM figures e WHERE e.org_id = OLD.org_id AND e.year = OLD.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL))
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), 1
  FROM (SELECT OLD.org_id AS org_id, OLD.year AS year) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_figure_update_before` BEFORE UPDATE OF org_id, year, actual, stated_percent ON figures
WHEN NOT (NEW.org_id = OLD.org_id AND NEW.year = OLD.year AND (NEW.actual IS NOT NULL OR NEW.stated_percent IS NOT NULL) = (OLD.actual IS NOT NULL OR OLD.stated_percent IS NOT NULL))
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), -1
  FROM (SELECT OLD.org_id AS org_id, OLD.year AS year UNION SELECT NEW.org_id, NEW.year) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_figure_update_after` AFTER UPDATE OF org_id, year, actual, stated_percent ON figures
WHEN NOT (NEW.org_id = OLD.org_id AND NEW.year = OLD.year AND (NEW.actual IS NOT NULL OR NEW.stated_percent IS NOT NULL) = (OLD.actual IS NOT NULL OR OLD.stated_percent IS NOT NULL))
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), 1
  FROM (SELECT OLD.org_id AS org_id, OLD.year AS year UNION SELECT NEW.org_id, NEW.year) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_report_insert_before` BEFORE INSERT ON reports
WHEN NOT EXISTS (SELECT 1 FROM reports c WHERE c.org_id = NEW.org_id AND c.year = NEW.year)
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), -1
  FROM (SELECT NEW.org_id AS org_id, NEW.year AS year) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_report_insert_after` AFTER INSERT ON reports
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), 1
  FROM (SELECT NEW.org_id AS org_id, NEW.year AS year) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_report_update_before` BEFORE UPDATE OF org_id, year, status ON reports
WHEN OLD.status <> NEW.status OR OLD.org_id <> NEW.org_id OR OLD.year <> NEW.year
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), -1
  FROM (SELECT OLD.org_id AS org_id, OLD.year AS year UNION SELECT NEW.org_id, NEW.year) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_report_update_after` AFTER UPDATE OF org_id, year, status ON reports
WHEN OLD.status <> NEW.status OR OLD.org_id <> NEW.org_id OR OLD.year <> NEW.year
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), 1
  FROM (SELECT OLD.org_id AS org_id, OLD.year AS year UNION SELECT NEW.org_id, NEW.year) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_report_delete_before` BEFORE DELETE ON reports
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), -1
  FROM (SELECT OLD.org_id AS org_id, OLD.year AS year) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_report_delete_after` AFTER DELETE ON reports
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), 1
  FROM (SELECT OLD.org_id AS org_id, OLD.year AS year) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_unit_update_before` BEFORE UPDATE OF parent_id, kind, valid_from, valid_to ON organisations
WHEN OLD.parent_id IS NOT NEW.parent_id OR OLD.kind <> NEW.kind OR OLD.valid_from <> NEW.valid_from OR OLD.valid_to IS NOT NEW.valid_to
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), -1
  FROM (SELECT OLD.id AS org_id, y.year AS year FROM (SELECT year FROM reports WHERE org_id = OLD.id UNION SELECT year FROM figures WHERE org_id = OLD.id AND actual IS NOT NULL UNION SELECT year FROM figures WHERE org_id = OLD.id AND stated_percent IS NOT NULL) y) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
CREATE TRIGGER `level_units_unit_update_after` AFTER UPDATE OF parent_id, kind, valid_from, valid_to ON organisations
WHEN OLD.parent_id IS NOT NEW.parent_id OR OLD.kind <> NEW.kind OR OLD.valid_from <> NEW.valid_from OR OLD.valid_to IS NOT NEW.valid_to
BEGIN
  INSERT INTO level_units (parent_id, year, status, entered, units)
  SELECT o.parent_id, uy.year,
    coalesce((SELECT r.status FROM reports r WHERE r.org_id = o.id AND r.year = uy.year), 'none'),
    EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)), 1
  FROM (SELECT NEW.id AS org_id, y.year AS year FROM (SELECT year FROM reports WHERE org_id = NEW.id UNION SELECT year FROM figures WHERE org_id = NEW.id AND actual IS NOT NULL UNION SELECT year FROM figures WHERE org_id = NEW.id AND stated_percent IS NOT NULL) y) uy JOIN organisations o ON o.id = uy.org_id
  WHERE o.parent_id IS NOT NULL AND o.kind <> 'sector'
    AND o.valid_from <= (uy.year || '-12-31') AND (o.valid_to IS NULL OR o.valid_to >= (uy.year || '-01-01'))
    AND (EXISTS (SELECT 1 FROM reports r WHERE r.org_id = o.id AND r.year = uy.year)
      OR EXISTS (SELECT 1 FROM figures e WHERE e.org_id = o.id AND e.year = uy.year AND (e.actual IS NOT NULL OR e.stated_percent IS NOT NULL)))
  ON CONFLICT (parent_id, year, status, entered) DO UPDATE SET units = units + excluded.units;
END;
--> statement-breakpoint
-- The states of the data already there.
INSERT INTO level_units (parent_id, year, status, entered, units)
SELECT parent_id, year, status, entered, count(*) FROM level_unit_states WHERE true
GROUP BY parent_id, year, status, entered;
