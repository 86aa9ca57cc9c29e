CREATE TABLE `figure_packs` (
	`org_id` integer NOT NULL,
	`year` integer NOT NULL,
	`entered` integer NOT NULL,
	`figures` text NOT NULL,
	PRIMARY KEY(`org_id`, `year`)
);
--> statement-breakpoint
-- Issue 8: a unit's figures of a year as one JSON text (see db/src/schema/figure-packs.ts and
-- db/src/figure-packs.ts): ["key,key,…", figures, actual, actual_qualifier, target, target_derived,
-- stated_percent, note, illustrative, source_id, quote, period, timing], each column an array (a value
-- per key, in the keys' order) or, when every figure of the pack holds the same value, that value.
-- The stored values as they are: no rule is applied here. `entered`: an amount or a stated % entered.
CREATE VIEW `figure_pack_rows` AS
SELECT org_id, year, max(actual IS NOT NULL OR stated_percent IS NOT NULL) AS entered,
  '[' || json_quote(group_concat(indicator_key, ',')) || ',' || count(*)
  || ',' || CASE WHEN min(actual) IS max(actual) AND count(actual) IN (0, count(*)) THEN json_quote(min(actual))
    ELSE json_group_array(actual) END
  || ',' || CASE WHEN min(actual_qualifier) IS max(actual_qualifier) AND count(actual_qualifier) IN (0, count(*)) THEN json_quote(min(actual_qualifier))
    ELSE json_group_array(actual_qualifier) END
  || ',' || CASE WHEN min(target) IS max(target) AND count(target) IN (0, count(*)) THEN json_quote(min(target))
    ELSE json_group_array(target) END
  || ',' || CASE WHEN min(target_derived) IS max(target_derived) AND count(target_derived) IN (0, count(*)) THEN json_quote(min(target_derived))
    ELSE json_group_array(target_derived) END
  || ',' || CASE WHEN min(stated_percent) IS max(stated_percent) AND count(stated_percent) IN (0, count(*)) THEN json_quote(min(stated_percent))
    ELSE json_group_array(stated_percent) END
  || ',' || CASE WHEN min(note) IS max(note) AND count(note) IN (0, count(*)) THEN json_quote(min(note))
    ELSE json_group_array(note) END
  || ',' || CASE WHEN min(illustrative) IS max(illustrative) AND count(illustrative) IN (0, count(*)) THEN json_quote(min(illustrative))
    ELSE json_group_array(illustrative) END
  || ',' || CASE WHEN min(source_id) IS max(source_id) AND count(source_id) IN (0, count(*)) THEN json_quote(min(source_id))
    ELSE json_group_array(source_id) END
  || ',' || CASE WHEN min(quote) IS max(quote) AND count(quote) IN (0, count(*)) THEN json_quote(min(quote))
    ELSE json_group_array(quote) END
  || ',' || CASE WHEN min(period) IS max(period) AND count(period) IN (0, count(*)) THEN json_quote(min(period))
    ELSE json_group_array(period) END
  || ',' || CASE WHEN min(timing) IS max(timing) AND count(timing) IN (0, count(*)) THEN json_quote(min(timing))
    ELSE json_group_array(timing) END
  || ']' AS figures
FROM figures GROUP BY org_id, year;
--> statement-breakpoint
-- Kept by repacking the touched unit-years from the view after every insert, update and delete of a
-- figure, in the same transaction (so whatever writes figures — saves, imports, restore, seed, a
-- hand-written statement — keeps them). Not supported behind their back: INSERT OR REPLACE with
-- another figure's id (SQLite deletes the replaced row without delete triggers); refillLevelCounts
-- (db/src/level-counts.ts) repairs.
CREATE TRIGGER `figure_packs_insert` AFTER INSERT ON figures
BEGIN
  DELETE FROM figure_packs WHERE org_id = NEW.org_id AND year = NEW.year;
  INSERT INTO figure_packs (org_id, year, entered, figures)
  SELECT org_id, year, entered, figures FROM figure_pack_rows WHERE org_id = NEW.org_id AND year = NEW.year;
END;
--> statement-breakpoint
CREATE TRIGGER `figure_packs_update` AFTER UPDATE OF org_id, indicator_key, year, actual, actual_qualifier, target,
  target_derived, stated_percent, note, illustrative, source_id, quote, period, timing ON figures
BEGIN
  -- A figure moved to another unit or year: its old unit-year first.
  DELETE FROM figure_packs WHERE org_id = OLD.org_id AND year = OLD.year
    AND (OLD.org_id IS NOT NEW.org_id OR OLD.year IS NOT NEW.year);
  INSERT INTO figure_packs (org_id, year, entered, figures)
  SELECT org_id, year, entered, figures FROM figure_pack_rows WHERE org_id = OLD.org_id AND year = OLD.year
    AND (OLD.org_id IS NOT NEW.org_id OR OLD.year IS NOT NEW.year);
  DELETE FROM figure_packs WHERE org_id = NEW.org_id AND year = NEW.year;
  INSERT INTO figure_packs (org_id, year, entered, figures)
  SELECT org_id, year, entered, figures FROM figure_pack_rows WHERE org_id = NEW.org_id AND year = NEW.year;
END;
--> statement-breakpoint
CREATE TRIGGER `figure_packs_delete` AFTER DELETE ON figures
BEGIN
  DELETE FROM figure_packs WHERE org_id = OLD.org_id AND year = OLD.year;
  INSERT INTO figure_packs (org_id, year, entered, figures)
  SELECT org_id, year, entered, figures FROM figure_pack_rows WHERE org_id = OLD.org_id AND year = OLD.year;
END;
--> statement-breakpoint
-- A file made before this migration (a restore of an older backup too): every unit-year packed once.
INSERT INTO figure_packs (org_id, year, entered, figures) SELECT org_id, year, entered, figures FROM figure_pack_rows;
