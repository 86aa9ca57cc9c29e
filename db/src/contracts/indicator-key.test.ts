import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { createIndicatorBodySchema } from './admin.ts'
import { historyQuerySchema, saveValueSchema } from './entry.ts'
import { figureInputSchema } from './figure-input.ts'
import { INDICATOR_KEY_RULE, isIndicatorKey } from './indicator-key.ts'
import { saveTargetsBodySchema } from './targets.ts'

// Every place a key is read from outside: each must take and refuse the same keys, with one message.
const KEY_FIELDS: [string, z.ZodType][] = [
  ['new indicator', createIndicatorBodySchema.shape.key],
  ['saved value', saveValueSchema.shape.indicator],
  ['history filter', historyQuerySchema.shape.indicator],
  ['figure import', figureInputSchema.shape.indicator],
  ['target cell', saveTargetsBodySchema.shape.values.element.shape.indicator],
]

describe('indicator key', () => {
  it('is lower-case ASCII, digits and underscores, starting with a letter', () => {
    expect(['new_members', 'unions_25plus', 'ab'].every(isIndicatorKey)).toBe(true)
    expect(
      ['', 'a', 'New_members', '1st', '_x', 'đoàn_viên', 'new-members', 'a'.repeat(42)].some(isIndicatorKey),
    ).toBe(false)
  })

  it.each(KEY_FIELDS)('%s: the same rule and the same Vietnamese message', (_, schema) => {
    expect(schema.safeParse('welfare_spending').success).toBe(true)
    const refused = schema.safeParse('Welfare-Spending')
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]?.message).toBe(INDICATOR_KEY_RULE)
  })
})
