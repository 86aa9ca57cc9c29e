// The one pattern of a unit code, for route params, the admin's unit form, target grids and imports.
// GSO codes are digits ("001", "00031"); letters, "-" and "_" are allowed for units without one. A code
// starts with a letter or a digit and is never the name of a property every JavaScript object has
// (`__proto__`, `constructor`, `toString`…): such a code was accepted once, and its targets could
// never be saved, because `{ "__proto__": 3 }` loses that key on its way into an object.
import { z } from './zod.ts'

/** The city federation (Hà Nội, GSO code 01): the parent of the districts and the holder of the city's own targets. */
export const CITY_CODE = '01'

export const UNIT_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z_-]{0,19}$/

export const UNIT_CODE_RULE =
  'Mã đơn vị gồm chữ số, chữ cái không dấu, gạch ngang hoặc gạch dưới (tối đa 20 ký tự, bắt đầu bằng chữ hoặc số), ví dụ 007 hoặc 00031.'

const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype))

export function isUnitCode(text: string): boolean {
  return UNIT_CODE_PATTERN.test(text) && !RESERVED.has(text)
}

export const unitCodeSchema = z
  .string({ error: 'Thiếu mã đơn vị.' })
  .refine(isUnitCode, { error: UNIT_CODE_RULE })
