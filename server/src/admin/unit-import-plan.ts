// What an imported unit list would do to the current one, computed without writing anything: each
// unit new, changed, ended, unchanged or removed, and every reason to refuse (unknown parent, a
// parent loop, a second city, a period that would leave figures outside it, a removal of a unit
// that still has figures, accounts, children or successors). The preview shows it; apply runs it.
import {
  unitFullName,
  type PredecessorLink,
  type UnitImportEntry,
  type UnitImportIssue,
  type UnitImportMode,
  type UnitImportStatus,
} from '@ldld/db/contracts'
import { formatDate } from '@ldld/db/format'
import { validInYear, type OrganisationRow, type UnitUsage } from '../repositories/index.ts'
import { diffUnit } from './unit-diff.ts'
import { COLUMN_HEADING, type FileUnit, type ParsedFile } from './unit-file-rows.ts'
import { unitRuleIssues, withImpliedAdminType } from './unit-rules.ts'

export interface CurrentUnits {
  units: OrganisationRow[]
  links: PredecessorLink[]
  usage: Map<number, UnitUsage>
}

export interface ImportPlan {
  entries: UnitImportEntry[]
  errors: UnitImportIssue[]
  /** Units of the file to insert or update, in file order. */
  upserts: Array<{ unit: FileUnit; existing: OrganisationRow | undefined; status: UnitImportStatus }>
  removals: OrganisationRow[]
  hasPredecessors: boolean
}

const usageText = (usage: UnitUsage | undefined): string | null => {
  if (!usage || usage.years.length === 0) return null
  const [first] = usage.years
  const last = usage.years.at(-1)
  return first === last ? `năm ${first}` : `các năm ${first}–${last}`
}

type After = Map<string, { parentCode: string | null; kind: string }>
type Issue = (u: FileUnit, column: keyof typeof COLUMN_HEADING, message: string) => void

function checkReferences(units: FileUnit[], after: After, existingCity: string | undefined, issue: Issue) {
  for (const unit of units) {
    if (unit.parentCode !== null && !after.has(unit.parentCode)) {
      issue(
        unit,
        'parent',
        `Không có đơn vị cấp trên mã "${unit.parentCode}" (trong tệp hoặc trong danh sách hiện có).`,
      )
    }
    // Walk up the parents: a loop would hide every unit in it from every page.
    const seen = new Set([unit.code])
    for (let p = unit.parentCode; p !== null; p = after.get(p)?.parentCode ?? null) {
      if (seen.has(p)) {
        issue(unit, 'parent', `Đơn vị cấp trên tạo thành vòng lặp (${[...seen, p].join(' → ')}).`)
        break
      }
      seen.add(p)
    }
    for (const p of unit.predecessors ?? []) {
      if (p === unit.code) issue(unit, 'predecessors', 'Đơn vị không thể tiếp nhận từ chính mình.')
      else if (!after.has(p)) issue(unit, 'predecessors', `Không có đơn vị tiền thân mã "${p}".`)
    }
  }
  // One city federation: a second root would split the territory (and its units vanish from pages).
  const cities = [...after].filter(([, u]) => u.kind === 'city').map(([code]) => code)
  const keep = cities.find((code) => code === existingCity) ?? cities[0]
  for (const unit of units) {
    if (cities.length > 1 && unit.kind === 'city' && unit.code !== keep) {
      issue(unit, 'kind', 'Chỉ có một LĐLĐ thành phố (đơn vị cấp cao nhất), và danh sách đã có.')
    }
  }
}

/** A changed period must still cover every year in which the unit has figures, targets or reports. */
function orphanIssue(unit: FileUnit, usage: UnitUsage | undefined): string | null {
  const outside = (usage?.years ?? []).filter((y) => !validInYear(unit, y))
  if (outside.length === 0) return null
  const period = `${formatDate(unit.validFrom)}–${unit.validTo ? formatDate(unit.validTo) : 'nay'}`
  return `Hiệu lực mới (${period}) bỏ ra ngoài số liệu, chỉ tiêu hoặc báo cáo đã có của năm ${outside.join(', ')}: sửa lại ngày.`
}

/** Links after the import: a file with the column states them, otherwise the stored ones stay. */
function linksAfter(units: FileUnit[], current: CurrentUnits, hasPredecessors: boolean, after: After) {
  const stated = new Set(hasPredecessors ? units.map((u) => u.code) : [])
  return [
    ...current.links.filter((l) => !stated.has(l.unit) && after.has(l.unit)),
    ...units.flatMap((u) => (u.predecessors ?? []).map((predecessor) => ({ unit: u.code, predecessor }))),
  ]
}

function removalIssue(
  unit: OrganisationRow,
  current: CurrentUnits,
  after: After,
  links: ReadonlyArray<{ unit: string; predecessor: string }>,
): string | null {
  const usage = current.usage.get(unit.id)
  const reasons: string[] = []
  const years = usageText(usage)
  if (years) reasons.push(`còn số liệu, chỉ tiêu hoặc báo cáo ${years}`)
  if (usage && usage.users > 0) reasons.push(`còn ${usage.users} tài khoản gắn với đơn vị`)
  const children = [...after].filter(([, u]) => u.parentCode === unit.code).map(([code]) => code)
  if (children.length > 0) reasons.push(`là cấp trên của ${children.join(', ')}`)
  const successors = links.filter((l) => l.predecessor === unit.code)
  if (successors.length > 0) reasons.push(`là tiền thân của ${successors.map((l) => l.unit).join(', ')}`)
  if (reasons.length === 0) return null
  return `Không thể xóa ${unit.fullName} (mã ${unit.code}) vì ${reasons.join('; ')}. Hãy giữ đơn vị trong tệp và ghi ngày kết thúc hiệu lực.`
}

export function planImport(file: ParsedFile, current: CurrentUnits, mode: UnitImportMode): ImportPlan {
  const errors = [...file.issues]
  const issue = (u: FileUnit, column: keyof typeof COLUMN_HEADING, message: string) =>
    errors.push({ row: u.row, column: COLUMN_HEADING[column], code: u.code, message })
  const existing = new Map(current.units.map((u) => [u.code, u]))
  const seen = new Map<string, number>()
  const units: FileUnit[] = []
  for (const raw of file.units) {
    const unit = withImpliedAdminType(raw)
    const first = seen.get(unit.code)
    if (first !== undefined) {
      issue(unit, 'code', `Mã "${unit.code}" trùng với dòng ${first}.`)
      continue
    }
    seen.set(unit.code, unit.row)
    for (const r of unitRuleIssues(unit)) issue(unit, r.column, r.message)
    units.push(unit)
  }
  const after = new Map<string, { parentCode: string | null; kind: string }>()
  if (mode === 'merge') for (const u of current.units) after.set(u.code, u)
  for (const u of units) after.set(u.code, u)
  checkReferences(units, after, current.units.find((u) => u.kind === 'city')?.code, issue)

  const upserts: ImportPlan['upserts'] = []
  const entries: UnitImportEntry[] = []
  for (const unit of units) {
    const old = existing.get(unit.code)
    const orphan = old ? orphanIssue(unit, current.usage.get(old.id)) : null
    if (orphan)
      issue(unit, unit.validTo !== null && old?.validTo !== unit.validTo ? 'validTo' : 'validFrom', orphan)
    const { status, changes } = diffUnit(unit, old, current.links, file.hasPredecessors)
    upserts.push({ unit, existing: old, status })
    entries.push({ row: unit.row, code: unit.code, fullName: unitFullName(unit), status, changes })
  }
  const removals = mode === 'full' ? current.units.filter((u) => !seen.has(u.code)) : []
  const links = linksAfter(units, current, file.hasPredecessors, after)
  for (const unit of removals) {
    const message = removalIssue(unit, current, after, links)
    if (message) errors.push({ row: null, column: null, code: unit.code, message })
    entries.push({ row: null, code: unit.code, fullName: unit.fullName, status: 'removed', changes: [] })
  }
  errors.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity))
  return { entries, errors, upserts, removals, hasPredecessors: file.hasPredecessors }
}
