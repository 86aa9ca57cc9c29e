import { describe, expect, it } from 'vitest'
import { z } from './zod.ts'
import './zod.ts'

const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message

describe('zod checks in Vietnamese', () => {
  it.each([
    [z.string().min(3), 'ab', 'Cần ít nhất 3 ký tự.'],
    [z.string().min(1), '', 'Không được để trống.'],
    [z.string().max(5), 'abcdef', 'Tối đa 5 ký tự.'],
    [z.string().length(4), 'abc', 'Phải có đúng 4 ký tự.'],
    [z.array(z.string()).min(2), ['a'], 'Cần ít nhất 2 mục.'],
    [z.number().min(2000), 1999, 'Phải từ 2000 trở lên.'],
    [z.number().min(0), -1, 'Không được là số âm.'],
    [z.number().positive(), 0, 'Phải lớn hơn 0.'],
    [z.number().max(2100), 2101, 'Không được lớn hơn 2100.'],
    [z.number().max(0.5), 0.75, 'Không được lớn hơn 0,5.'],
    [z.number(), 'ba', 'Phải là một số.'],
    [z.number().int(), 1.5, 'Phải là một số nguyên.'],
    [z.object({ a: z.string() }), {}, 'Thiếu thông tin này.'],
    [z.enum(['count', 'money']), 'percent', 'Hãy chọn một giá trị trong danh sách.'],
    [z.email(), 'lan@', 'Địa chỉ email không đúng.'],
    [z.string().regex(/^\d+$/), 'x', 'Không đúng định dạng.'],
    [z.strictObject({}), { extra: 1 }, 'Tham số "extra" không được hỗ trợ.'],
  ])('%#: %s', (schema, value, message) => {
    expect(messageOf(schema, value)).toBe(message)
  })

  it('a message written on the rule wins', () => {
    expect(messageOf(z.string().min(3, { error: 'Tên quá ngắn.' }), 'a')).toBe('Tên quá ngắn.')
  })
})
