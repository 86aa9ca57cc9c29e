import { describe, expect, it } from 'vitest'
import { HttpError } from '../errors.ts'
import { readGrid } from './unit-file.ts'

const texts = async (content: Buffer | string) =>
  (await readGrid(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'))).rows.map((r) =>
    r.cells.map((c) => c.text),
  )

async function refusal(content: Buffer): Promise<HttpError> {
  try {
    await readGrid(content)
  } catch (error) {
    if (error instanceof HttpError) return error
    throw error
  }
  throw new Error('not refused')
}

describe('readGrid (CSV)', () => {
  it('reads a UTF-8 CSV with a BOM and CRLF, quoted commas kept inside their cell', async () => {
    expect(await texts('\uFEFFMã,Tên\r\n"001","Ba Đình, Hà Nội"\r\n')).toEqual([
      ['Mã', 'Tên'],
      ['001', 'Ba Đình, Hà Nội'],
    ])
  })

  it('takes the semicolon of a Vietnamese-locale Excel when the heading row uses it', async () => {
    expect(await texts('Mã;Tên;Hiệu lực từ\n00256;Hai Bà Trưng;1/10/2025\n')).toEqual([
      ['Mã', 'Tên', 'Hiệu lực từ'],
      ['00256', 'Hai Bà Trưng', '1/10/2025'],
    ])
  })

  it('refuses binary content, Windows-1258/Latin-1 text and an empty file, in Vietnamese', async () => {
    expect((await refusal(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).code).toBe('not_a_spreadsheet')
    expect((await refusal(Buffer.from('Mã,Tên\n1,Ph\xfa\n', 'latin1'))).code).toBe('not_utf8')
    expect((await refusal(Buffer.alloc(0))).message).toBe('Tệp trống.')
  })
})
