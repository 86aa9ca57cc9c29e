// What an administrator adds to the catalogue: an indicator to a year's plan (the city's list of
// targets changes between years) and a unit with a parent and a validity period (the ward and
// commune unions founded on 2025-10-01).
import {
  unitFullName,
  unitShortName,
  type createIndicatorBodySchema,
  type createOrganisationBodySchema,
  type Indicator,
  type Organisation,
} from '@ldld/db/contracts'
import type { z } from 'zod'
import { HttpError, unprocessable } from '../errors.ts'
import { toOrganisation, type Repositories } from '../repositories/index.ts'
import { unitRuleIssues, withImpliedAdminType, type UnitDraft } from './unit-rules.ts'

export function createIndicator(
  repos: Repositories,
  input: z.output<typeof createIndicatorBodySchema>,
): Indicator {
  return repos.write(() => {
    if (repos.indicators.findByKey(input.key)) {
      throw new HttpError(409, 'indicator_exists', `Đã có chỉ tiêu mã "${input.key}".`)
    }
    return repos.indicators.insert({ ...input, lastYear: null })
  })
}

const RULE_CODES: Record<string, { code: string; path: string }> = {
  validTo: { code: 'invalid_validity', path: 'validTo' },
  adminType: { code: 'invalid_admin_type', path: 'adminType' },
}

/** The rules of unit-rules.ts, as the one-unit form's 422s (the import reports them per row). */
function checkRules(unit: UnitDraft): void {
  for (const issue of unitRuleIssues(unit)) {
    if (issue.column === 'parent') {
      const code = unit.kind === 'city' ? 'invalid_parent' : 'unknown_parent'
      throw unprocessable(code, issue.message, [{ path: 'parentCode', message: issue.message }])
    }
    const known = RULE_CODES[issue.column] ?? { code: 'invalid_unit', path: issue.column }
    throw unprocessable(known.code, issue.message, [{ path: known.path, message: issue.message }])
  }
}

export function createOrganisation(
  repos: Repositories,
  input: z.output<typeof createOrganisationBodySchema>,
): Organisation {
  const draft = withImpliedAdminType({ ...input, name: unitShortName(input) })
  checkRules(draft)
  const { parentCode, ...unit } = draft
  return repos.write(() => {
    if (repos.organisations.findByCode(unit.code)) {
      throw new HttpError(409, 'unit_exists', `Đã có đơn vị mã "${unit.code}".`)
    }
    // One city federation (the root every district, ward and commune hangs from): a second root
    // would split the territory, and its units would vanish from targets and the dashboard.
    const city = unit.kind === 'city' ? repos.organisations.list().find((o) => o.kind === 'city') : undefined
    if (city) {
      throw new HttpError(
        409,
        'city_exists',
        `Đã có LĐLĐ thành phố (${city.name}, mã "${city.code}"); chỉ có một đơn vị cấp thành phố.`,
      )
    }
    const parent = parentCode === null ? null : repos.organisations.findByCode(parentCode)
    if (parent === undefined) {
      throw unprocessable('unknown_parent', `Không có đơn vị cấp trên mã "${parentCode ?? ''}".`, [
        { path: 'parentCode', message: `Không có đơn vị mã "${parentCode ?? ''}".` },
      ])
    }
    // The full name is derived, never typed: "Công đoàn phường …", not "LĐLĐ phường …".
    repos.organisations.insert({ ...unit, fullName: unitFullName(unit), parentId: parent?.id ?? null })
    const created = repos.organisations.findByCode(unit.code)
    if (!created) throw new Error(`unit ${unit.code} vanished`)
    return toOrganisation(created)
  })
}
