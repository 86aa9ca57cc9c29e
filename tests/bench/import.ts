// `pnpm bench`, imports (issue 9): one spreadsheet of 126 units × 12 indicators (actual and target
// of each, the city's whole year in one file) uploaded to the real app on a real SQLite file:
// time to the preview (read, check every cell through the entry form's rules, write nothing) and
// to the apply (every report saved in one transaction). The demo's 85 unions of 2026 are joined by
// 41 more wards (Hà Nội has 126 communes and wards), and every 2026 report is reopened as a draft
// so nothing is locked.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { prepareDatabase } from '@ldld/server/database'
import { importApplyResultSchema, importPreviewSchema, type Indicator } from '@ldld/db/contracts'
import { buildApp } from '../../server/src/app.ts'
import { openDatabase } from '@ldld/db/client'
import { multipartBody } from '../fixtures/upload.ts'

const YEAR = 2026
const UNITS = 126

export interface ImportBenchResult {
  units: number
  indicators: number
  cells: number
  bytes: number
  previewMs: number
  applyMs: number
  changes: number
  errors: number
}

/** A value of the file's own for each cell, consistent with the entry checks (members ≤ workers …). */
function valueOf(key: string, i: number): { actual: number; target: number | null } {
  const base: Record<string, number> = {
    new_unions: 30,
    new_unions_25plus: 10,
    new_members: 1500,
    party_referrals: 40,
    cla_signed: 20,
    union_fee: 12_000_000_000,
    dues: 3_000_000_000,
    welfare_spending: 2_500_000_000,
    welfare_beneficiaries: 9000,
    unions_total: 400,
    members_total: 40_000,
    workers_total: 90_000,
  }
  const actual = (base[key] ?? 100) + i * 3 + 1
  return { actual, target: actual - 1 }
}

export async function benchImport(dbFile: string): Promise<ImportBenchResult> {
  const db = openDatabase(dbFile)
  const sqlite = db.$client
  // Setup, not measured: 126 units in 2026, every report a draft.
  const count = () =>
    Number(
      sqlite
        .prepare(
          `SELECT count(*) FROM organisations o JOIN organisations p ON p.id = o.parent_id
           WHERE p.kind = 'city' AND o.kind <> 'city' AND o.valid_from <= '${YEAR}-12-31'
             AND (o.valid_to IS NULL OR o.valid_to >= '${YEAR}-01-01')`,
        )
        .pluck()
        .get(),
    )
  const cityId = Number(sqlite.prepare(`SELECT id FROM organisations WHERE kind = 'city'`).pluck().get())
  for (let n = 1; count() < UNITS; n += 1) {
    sqlite
      .prepare(
        `INSERT OR IGNORE INTO organisations (code, name, full_name, kind, admin_type, parent_id, valid_from, sort_order)
         VALUES (?, ?, ?, 'ward', 'phuong', ?, '2025-10-01', 9000)`,
      )
      .run(`B${String(n).padStart(4, '0')}`, `Thử nghiệm ${n}`, `Công đoàn phường Thử nghiệm ${n}`, cityId)
  }
  sqlite.prepare(`UPDATE reports SET status = 'draft' WHERE year = ?`).run(YEAR)

  const app = await buildApp({ db })
  await app.ready()
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'demo1234' },
    })
    const session = login.json<{ csrfToken: string }>()
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
    const headers = { cookie, 'x-csrf-token': session.csrfToken }

    const units = (await app.inject({ method: 'GET', url: `/api/reports?year=${YEAR}`, headers })).json<{
      reports: Array<{ unit: string; unitName: string }>
    }>().reports
    const indicators = (await app.inject({ method: 'GET', url: '/api/indicators' })).json<{
      indicators: Indicator[]
    }>().indicators

    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet(`Số liệu ${YEAR}`)
    sheet.addRow(['Năm', 'Mã đơn vị', 'Đơn vị', 'Mã chỉ tiêu', 'Thực hiện', 'Chỉ tiêu giao'])
    units.forEach((u, i) => {
      for (const ind of indicators) {
        const v = valueOf(ind.key, i)
        sheet.addRow([YEAR, u.unit, u.unitName, ind.key, v.actual, ind.takesTarget ? v.target : null])
      }
    })
    const content = Buffer.from(await workbook.xlsx.writeBuffer())
    const { payload, contentType } = multipartBody({}, { name: 'ca-nam-2026.xlsx', content })

    // Warm-up (not measured): the first upload loads the XLSX reader's modules.
    const small = new ExcelJS.Workbook()
    small.addWorksheet('x').addRow(['Năm', 'Mã đơn vị', 'Mã chỉ tiêu', 'Thực hiện'])
    const warm = multipartBody({}, { name: 'x.xlsx', content: Buffer.from(await small.xlsx.writeBuffer()) })
    await app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { ...headers, 'content-type': warm.contentType },
      payload: warm.payload,
    })

    let t0 = performance.now()
    const res = await app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { ...headers, 'content-type': contentType },
      payload,
    })
    const previewMs = performance.now() - t0
    if (res.statusCode !== 200) throw new Error(`preview ${res.statusCode}: ${res.body.slice(0, 300)}`)
    const preview = importPreviewSchema.parse(res.json())
    if (preview.errors.length > 0)
      throw new Error(`preview errors: ${JSON.stringify(preview.errors.slice(0, 3))}`)

    t0 = performance.now()
    const applied = await app.inject({
      method: 'POST',
      url: `/api/imports/${preview.id}/apply`,
      headers,
      payload: {},
    })
    const applyMs = performance.now() - t0
    if (applied.statusCode !== 200)
      throw new Error(`apply ${applied.statusCode}: ${applied.body.slice(0, 300)}`)
    const result = importApplyResultSchema.parse(applied.json())
    return {
      units: units.length,
      indicators: indicators.length,
      cells: preview.read,
      bytes: content.length,
      previewMs,
      applyMs,
      changes: result.applied,
      errors: preview.errors.length,
    }
  } finally {
    await app.close()
    sqlite.close()
  }
}

export function printImportBench(r: ImportBenchResult): void {
  console.log(
    `\nimport of ${r.units} units × ${r.indicators} indicators (${r.cells} values, XLSX ${(r.bytes / 1024).toFixed(0)} KB, in-process, after a warm-up upload): ` +
      `preview ${r.previewMs.toFixed(0)} ms, apply ${r.applyMs.toFixed(0)} ms (${r.changes} cells written, one transaction)`,
  )
}

/** On a fresh demo database of its own (the other sections' database stays as they left it). */
export async function benchImportFresh(): Promise<ImportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ldld-import-bench-'))
  try {
    const file = join(dir, 'bench.db')
    prepareDatabase(file, undefined, { demo: true }).db.$client.close()
    return await benchImport(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// `node tests/bench/import.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) printImportBench(await benchImportFresh())
