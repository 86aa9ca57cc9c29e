import { describe, expect, it } from 'vitest'
import { htmlToText, readReportFile } from './read-file.ts'

/** The refusal's message, or a marker that the file was read. */
const message = async (file: File) => {
  const read = await readReportFile(file)
  return read.ok ? 'read' : read.message
}

describe('reading a report file in the browser', () => {
  it('turns paragraphs into lines and table rows into tab-separated cells', () => {
    const html =
      '<h1>Báo cáo tổng kết năm 2024</h1><p>Kết nạp 1.200 đoàn viên.</p>' +
      '<table><tr><td><p>Chỉ tiêu</p></td><td><p>Kế hoạch</p></td><td><p>Thực hiện</p></td></tr>' +
      '<tr><td><p>Thành lập CĐCS mới</p></td><td><p>20</p></td><td><p>25</p></td></tr></table><ul><li>Ghi chú</li></ul>'
    expect(htmlToText(html)).toBe(
      'Báo cáo tổng kết năm 2024\nKết nạp 1.200 đoàn viên.\nChỉ tiêu\tKế hoạch\tThực hiện\nThành lập CĐCS mới\t20\t25\nGhi chú',
    )
  })
  it('reads a UTF-8 .txt, without its byte-order mark or Windows line ends', async () => {
    const file = new File(['\ufeffKết nạp 450 đoàn viên.\r\nNăm 2024.'], 'bao-cao.txt', {
      type: 'text/plain',
    })
    expect(await readReportFile(file)).toEqual({ ok: true, text: 'Kết nạp 450 đoàn viên.\nNăm 2024.' })
  })
  it('refuses what it cannot read, in Vietnamese', async () => {
    const latin1 = new File([new Uint8Array([0x4b, 0xe9, 0x74])], 'cu.txt')
    expect(await message(latin1)).toMatch(/UTF-8/)
    expect(await message(new File(['x'], 'bao-cao.doc'))).toMatch(/lưu thành \.docx/)
    expect(await message(new File(['x'], 'anh.png'))).toBe('Chỉ đọc được tệp .txt hoặc .docx.')
  })
  it('says a broken .docx is broken', async () => {
    expect(await message(new File(['not a zip'], 'hong.docx'))).toMatch(/tệp hỏng/)
  })
})
