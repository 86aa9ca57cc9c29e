// What an administrator adds to the catalogue: an indicator to a year's plan (the city's list of
// targets changes between years) and a unit with a parent and a validity period (the ward and
// commune unions founded on 2025-10-01).
import type {
  createIndicatorBodySchema,
  createOrganisationBodySchema,
  Indicator,
  Organisation,
} from '@ldld/db/contracts'
import type { z } from 'zod'
import { HttpError, unprocessable } from '../errors.ts'
import { toOrganisation, type Repositories } from '../repositories/index.ts'

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

export function createOrganisation(
  repos: Repositories,
  input: z.output<typeof createOrganisationBodySchema>,
): Organisation {
  const { parentCode, ...unit } = input
  if (unit.validTo !== null && unit.validTo < unit.validFrom) {
    throw unprocessable('invalid_validity', 'Ngày kết thúc phải sau ngày bắt đầu.', [
      { path: 'validTo', message: 'Ngày kết thúc phải sau ngày bắt đầu.' },
    ])
  }
  if (parentCode === null && unit.kind !== 'city') {
    throw unprocessable('unknown_parent', 'Đơn vị cần có đơn vị cấp trên.', [
      { path: 'parentCode', message: 'Chọn đơn vị cấp trên.' },
    ])
  }
  if (unit.kind === 'city' && parentCode !== null) {
    throw unprocessable('invalid_parent', 'LĐLĐ thành phố là cấp cao nhất, không có đơn vị cấp trên.', [
      { path: 'parentCode', message: 'Bỏ trống đơn vị cấp trên cho LĐLĐ thành phố.' },
    ])
  }
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
    repos.organisations.insert({ ...unit, parentId: parent?.id ?? null })
    const created = repos.organisations.findByCode(unit.code)
    if (!created) throw new Error(`unit ${unit.code} vanished`)
    return toOrganisation(created)
  })
}
