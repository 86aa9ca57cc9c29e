// The unit import, end to end: preview (read the file, plan against the current list, write
// nothing) and apply (the same plan, refused when the list changed since the preview or when any
// row is refused; otherwise every insert, update, link and removal in one transaction).
import { createHash } from 'node:crypto'
import {
  UNIT_IMPORT_STATUSES,
  type UnitImportMode,
  type UnitImportPreview,
  type UnitImportResult,
  type UnitImportStatus,
} from '@ldld/db/contracts'
import { HttpError } from '../errors.ts'
import type { Repositories } from '../repositories/index.ts'
import { readGrid } from './unit-file.ts'
import { parseUnitRows, type ParsedFile } from './unit-file-rows.ts'
import { executePlan } from './unit-import-apply.ts'
import { planImport, type CurrentUnits, type ImportPlan } from './unit-import-plan.ts'

export function currentUnits(repos: Repositories): CurrentUnits {
  return {
    units: repos.organisations.list(),
    links: repos.unitLinks.predecessorLinks(),
    usage: repos.unitLinks.usage(),
  }
}

/** A fingerprint of the unit list and its links: a preview is only applied to the list it was made on. */
export function revisionOf({ units, links }: CurrentUnits): string {
  const stable = units.map(({ id: _id, ...u }) => u)
  return createHash('sha256')
    .update(JSON.stringify([stable, links]))
    .digest('hex')
    .slice(0, 20)
}

function countsOf(plan: ImportPlan): Record<UnitImportStatus, number> {
  const counts = Object.fromEntries(UNIT_IMPORT_STATUSES.map((s) => [s, 0])) as Record<
    UnitImportStatus,
    number
  >
  for (const e of plan.entries) counts[e.status] += 1
  return counts
}

export async function readUnitFile(buffer: Buffer): Promise<ParsedFile> {
  return parseUnitRows(await readGrid(buffer))
}

export function previewImport(
  repos: Repositories,
  file: ParsedFile,
  mode: UnitImportMode,
): UnitImportPreview {
  const current = repos.readSnapshot(() => currentUnits(repos))
  const plan = planImport(file, current, mode)
  return {
    revision: revisionOf(current),
    mode,
    format: file.format,
    rows: file.rows,
    counts: countsOf(plan),
    entries: plan.entries,
    errors: plan.errors,
  }
}

export function applyImport(
  repos: Repositories,
  file: ParsedFile,
  mode: UnitImportMode,
  revision: string,
): UnitImportResult {
  return repos.write(() => {
    const current = currentUnits(repos)
    if (revisionOf(current) !== revision) {
      throw new HttpError(
        409,
        'stale_preview',
        'Danh sách đơn vị đã thay đổi từ lúc xem trước (có người vừa sửa). Hãy xem trước lại rồi mới áp dụng.',
      )
    }
    const plan = planImport(file, current, mode)
    if (plan.errors.length > 0) {
      throw new HttpError(
        422,
        'import_refused',
        `Không nhập danh sách: ${plan.errors.length} lỗi. Sửa tệp rồi xem trước lại; chưa có gì được ghi.`,
        plan.errors.map((e) => ({
          path: [e.row === null ? 'file' : `row${e.row}`, e.column].filter(Boolean).join('.'),
          message:
            e.row === null ? e.message : `Dòng ${e.row}${e.column ? `, cột ${e.column}` : ''}: ${e.message}`,
        })),
      )
    }
    executePlan(repos, current, plan)
    return { revision: revisionOf(currentUnits(repos)), counts: countsOf(plan) }
  })
}
