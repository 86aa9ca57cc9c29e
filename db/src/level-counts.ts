// Issue 8: what each level adds is kept in `level_sums` (class sums of its children's figures) and
// `level_units` (its children per report state) by triggers on every write (migrations 0007, 0009).
// `figure_packs` (each unit-year's figures as one JSON text, migration 0010) is kept the same way.
// Here: the same counts recomputed from their views, to check the kept ones (tests) or to fill them
// again after a bulk load made without the triggers (the scale benchmark's generated files).
import type Database from 'better-sqlite3'
import { FIGURE_PACKS_FROM_SCRATCH } from './figure-packs.ts'

/** `level_sums` as its view gives it, recomputed from every figure. */
export const LEVEL_SUMS_FROM_SCRATCH = `SELECT parent_id, year, indicator_key, kind, k, count(*) AS units,
  sum(actual) AS actual, sum(target) AS target, sum(previous) AS previous
  FROM level_contributions GROUP BY parent_id, year, indicator_key, kind, k`

/** `level_units` as its view gives it, recomputed from every report and entered figure. */
export const LEVEL_UNITS_FROM_SCRATCH = `SELECT parent_id, year, status, entered, count(*) AS units
  FROM level_unit_states GROUP BY parent_id, year, status, entered`

/** Empties the three kept tables and fills them from their views (a pass over the figures each). */
export function refillLevelCounts(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    sqlite.exec(`DELETE FROM level_sums; DELETE FROM level_units; DELETE FROM figure_packs;
      INSERT INTO level_sums (parent_id, year, indicator_key, kind, k, units, actual, target, previous)
        ${LEVEL_SUMS_FROM_SCRATCH};
      INSERT INTO level_units (parent_id, year, status, entered, units) ${LEVEL_UNITS_FROM_SCRATCH};
      INSERT INTO figure_packs (org_id, year, entered, figures) ${FIGURE_PACKS_FROM_SCRATCH};`)
  })()
}

/**
 * Runs `write` (a bulk load: a million figures) with the level triggers set aside, then puts them back
 * exactly as the migrations made them and refills the counts: a trigger per row would multiply the
 * load's time by seven. Only for a file no one else is writing to.
 */
export function withoutLevelTriggers(sqlite: Database.Database, write: () => void): void {
  const triggers = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger'
         AND (name LIKE 'level_sums_%' OR name LIKE 'level_units_%' OR name LIKE 'figure_packs_%')`,
    )
    .all() as Array<{ name: string; sql: string }>
  for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name}"`)
  try {
    write()
  } finally {
    sqlite.transaction(() => {
      for (const t of triggers) sqlite.exec(t.sql)
    })()
    refillLevelCounts(sqlite)
  }
}
