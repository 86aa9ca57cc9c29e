// The city's target grid: every unit of a year × every indicator of that year's plan that takes a
// target, plus the city's own targets (unit '01'). Saved as one transaction with a version per unit.
import {
  CITY_CODE,
  MAX_COUNT,
  noTargetsText,
  reportStarted,
  takesTargetsIn,
  unitFullName,
  type ConflictCell,
  type Indicator,
  type SaveTargetsBody,
  type Targets,
} from '@ldld/db/contracts'
import { HttpError, unprocessable, type ErrorIssue } from '../errors.ts'
import { indicatorsOfYear } from '../reports/cells.ts'
import { toOrganisation, type OrganisationRow, type Repositories } from '../repositories/index.ts'
import { reportingUnits } from './units.ts'

export interface TargetScope {
  year: number
  plan: Indicator[]
  units: OrganisationRow[]
  city: OrganisationRow | undefined
}

export function targetScope(repos: Repositories, year: number): TargetScope {
  return {
    year,
    plan: indicatorsOfYear(repos.indicators.list(), year).filter((i) => i.takesTarget),
    units: reportingUnits(repos, year),
    city: repos.organisations.findByCode(CITY_CODE),
  }
}

export function buildTargets(repos: Repositories, scope: TargetScope): Targets {
  const { year, plan, units, city } = scope
  const at = new Map<string, { target: number | null; illustrative: boolean }>()
  for (const t of repos.entries.targets(year - 1, year))
    at.set(`${t.unit}|${t.indicator}|${t.year}`, { target: t.target, illustrative: t.targetIllustrative })
  const cell = (unit: string, indicator: string, y: number) => at.get(`${unit}|${indicator}|${y}`)
  const target = (unit: string, indicator: string, y: number) => cell(unit, indicator, y)?.target ?? null
  const stored = new Map(repos.reports.ofYear(year).map((r) => [r.unit, r]))
  const codes = [...units.map((u) => u.code), ...(city ? [city.code] : [])]
  const filled = new Map<string, number>()
  for (const f of repos.entries.filled(year)) filled.set(f.unit, (filled.get(f.unit) ?? 0) + 1)
  return {
    year,
    indicators: plan.map((i) => i.key),
    units: units.map(toOrganisation),
    reports: Object.fromEntries(
      codes.map((code) => {
        const r = stored.get(code)
        const status = r?.status ?? 'draft'
        return [
          code,
          { version: r?.version ?? 0, status, started: reportStarted(status, filled.get(code) ?? 0) },
        ]
      }),
    ),
    cells: units.flatMap((u) =>
      plan.map((i) => ({
        unit: u.code,
        indicator: i.key,
        target: target(u.code, i.key, year),
        illustrative: cell(u.code, i.key, year)?.illustrative ?? false,
        previousTarget: target(u.code, i.key, year - 1),
      })),
    ),
    city: plan.map((i) => ({
      indicator: i.key,
      target: city ? target(city.code, i.key, year) : null,
      illustrative: city ? (cell(city.code, i.key, year)?.illustrative ?? false) : false,
    })),
  }
}

/** Every unit and indicator named must belong to the grid; counts stay under their bound. */
export function checkTargetBody(repos: Repositories, scope: TargetScope, body: SaveTargetsBody): void {
  const units = new Map([...scope.units, ...(scope.city ? [scope.city] : [])].map((u) => [u.code, u]))
  const plan = new Map(scope.plan.map((i) => [i.key, i]))
  const seen = new Set<string>()
  const issues: ErrorIssue[] = []
  body.values.forEach((v, i) => {
    const path = `values.${i}`
    const unit = units.get(v.unit)
    if (!unit) {
      const known = repos.organisations.findByCode(v.unit)
      issues.push({
        path: `${path}.unit`,
        message: known
          ? `Đơn vị ${known.name} (${v.unit}) không hoạt động trong năm ${scope.year}.`
          : `Không có đơn vị "${v.unit}".`,
      })
    } else if (v.target !== null && !takesTargetsIn(unit, scope.year)) {
      issues.push({
        path: `${path}.target`,
        message: `${unitFullName(unit)} ${noTargetsText(unit, scope.year)}.`,
      })
    } else if (!(v.unit in body.versions)) {
      issues.push({ path: `versions.${v.unit}`, message: `Thiếu phiên bản đã đọc của đơn vị ${v.unit}.` })
    }
    const ind = plan.get(v.indicator)
    if (!ind) {
      issues.push({
        path: `${path}.indicator`,
        message: `Chỉ tiêu "${v.indicator}" không được giao chỉ tiêu trong năm ${scope.year}.`,
      })
    } else if (ind.unitKind === 'count' && v.target !== null && v.target > MAX_COUNT) {
      issues.push({ path: `${path}.target`, message: `${ind.shortNameVi}: chỉ tiêu quá lớn.` })
    }
    const key = `${v.unit}|${v.indicator}`
    if (seen.has(key)) issues.push({ path, message: `Ô ${v.unit} × ${v.indicator} được gửi hai lần.` })
    seen.add(key)
  })
  if (issues.length > 0) {
    const code = issues.some((x) => x.path.endsWith('.unit'))
      ? 'unknown_unit'
      : issues.some((x) => x.path.endsWith('.indicator'))
        ? 'unknown_indicator'
        : 'invalid_values'
    throw unprocessable(code, `Không lưu được chỉ tiêu: ${issues.map((x) => x.message).join(' ')}`, issues)
  }
}

/** 409: `cells` are targets this save changes that someone else changed after the version read. */
export function targetsConflict(current: Targets, units: string[], cells: ConflictCell[]): HttpError {
  return new HttpError(
    409,
    'version_conflict',
    `Chỉ tiêu của ${units.length} đơn vị đã được người khác thay đổi (${units.join(', ')}). Hãy xem lại rồi lưu lại.`,
    undefined,
    { details: { units, cells, current } },
  )
}
