import { describe, expect, it } from 'vitest'
import { isUnitCode, unitCodeSchema } from './unit-code.ts'

describe('unit codes', () => {
  it.each(['001', '00031', '01', 'P12', 'HN-2', 'kcn_cao'])('%s is a unit code', (code) => {
    expect(isUnitCode(code)).toBe(true)
  })

  it.each([
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '_x',
    '-1',
    '',
    'a b',
    'Hà',
    'x'.repeat(21),
  ])('%j is not', (code) => {
    expect(isUnitCode(code)).toBe(false)
    expect(unitCodeSchema.safeParse(code).success).toBe(false)
  })
})
