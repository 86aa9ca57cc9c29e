// `pnpm bench`, issue 8: what the kept tables' triggers (level_sums, level_units: migrations 0007/0009;
// figure_packs: 0010) add to a write, per figure written. On a fresh demo file: the same writes
// (360 figures across units updated in one transaction; every figure of one unit-year; 20 units ×
// every indicator inserted) timed with every trigger, without the figure packs' and without any kept
// table's. Figures, not tests. `node tests/bench/write-cost.ts` runs this section alone.
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareDatabase } from '@ldld/server/database'

const ROUNDS = 15

export interface WriteCost {
  label: string
  /** µs per figure written (median of ROUNDS transactions). */
  spread: number
  unitYear: number
  inserted: number
}

export function benchWriteCost(): { unitYearSize: number; inserts: number; rows: WriteCost[] } {
  const dir = mkdtempSync(join(tmpdir(), 'ldld-write-cost-'))
  const db = prepareDatabase(join(dir, 'bench.db'), undefined, { demo: true }).db
  const sql = db.$client
  try {
    const triggersLike = (pattern: string) =>
      sql
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?`)
        .pluck()
        .all(pattern) as string[]
    const packs = triggersLike('figure_packs_%')
    const levels = [...triggersLike('level_sums_%'), ...triggersLike('level_units_%')]
    const ids360 = sql
      .prepare(`SELECT id FROM figures WHERE year = 2024 AND actual IS NOT NULL ORDER BY id LIMIT 360`)
      .pluck()
      .all() as number[]
    const unitYear = sql
      .prepare(
        `SELECT org_id AS org, year, count(*) AS n FROM figures WHERE year = 2024 GROUP BY org_id, year
         ORDER BY count(*) DESC LIMIT 1`,
      )
      .get() as { org: number; year: number; n: number }
    const keys = sql.prepare(`SELECT key FROM indicators`).pluck().all() as string[]
    const orgs = sql
      .prepare(`SELECT id FROM organisations WHERE parent_id IS NOT NULL ORDER BY id LIMIT 20`)
      .pluck()
      .all() as number[]
    const bump = sql.prepare(`UPDATE figures SET actual = actual + ? WHERE id = ?`)
    const bumpUnitYear = sql.prepare(
      `UPDATE figures SET actual = actual + ? WHERE org_id = ? AND year = ? AND actual IS NOT NULL`,
    )
    const insert = sql.prepare(
      `INSERT INTO figures (org_id, indicator_key, year, actual, target, updated_at)
       VALUES (?, ?, 2031, ?, ?, 'x')`,
    )
    const clear = sql.prepare(`DELETE FROM figures WHERE year = 2031`)
    const median = (write: () => number): number => {
      const per: number[] = []
      for (let r = 0; r < ROUNDS; r += 1) {
        const t0 = performance.now()
        const n = sql.transaction(write)()
        per.push(((performance.now() - t0) * 1000) / n)
      }
      per.sort((a, b) => a - b)
      return per[Math.floor(per.length / 2)] as number
    }
    let sign = 1
    const measure = (label: string): WriteCost => {
      const spread = median(() => {
        sign = -sign
        for (const id of ids360) bump.run(sign, id)
        return ids360.length
      })
      const oneUnitYear = median(() => {
        sign = -sign
        return bumpUnitYear.run(sign, unitYear.org, unitYear.year).changes
      })
      const inserted = median(() => {
        clear.run()
        for (const org of orgs) for (const key of keys) insert.run(org, key, 100, 120)
        return orgs.length * keys.length
      })
      clear.run()
      return { label, spread, unitYear: oneUnitYear, inserted }
    }
    const rows = [measure('every trigger')]
    for (const name of packs) sql.exec(`DROP TRIGGER "${name}"`)
    rows.push(measure('without the figure packs’ triggers'))
    for (const name of levels) sql.exec(`DROP TRIGGER "${name}"`)
    rows.push(measure('without any kept table’s trigger'))
    return { unitYearSize: unitYear.n, inserts: orgs.length * keys.length, rows }
  } finally {
    sql.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function printWriteCost(result: ReturnType<typeof benchWriteCost>): void {
  const us = (v: number) => `${v.toFixed(1).padStart(7)} µs`
  console.log(
    `\nwrite cost per figure written, demo file (median of ${ROUNDS} transactions; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}):`,
  )
  console.log(
    `  ${''.padEnd(36)} ${'360 across units'.padStart(17)} ${`a unit-year (${result.unitYearSize})`.padStart(17)} ${`${result.inserts} inserted`.padStart(17)}`,
  )
  for (const r of result.rows)
    console.log(
      `  ${r.label.padEnd(36)} ${us(r.spread).padStart(17)} ${us(r.unitYear).padStart(17)} ${us(r.inserted).padStart(17)}`,
    )
}

if (import.meta.url === `file://${process.argv[1]}`) printWriteCost(benchWriteCost())
