// A report file opened in the browser: .txt as UTF-8, .docx converted by mammoth (loaded only when a
// .docx is opened; works offline, nothing leaves the machine until "Đọc số liệu" sends the text).
// Word tables become tab-separated rows, which the reader on the server knows as table rows.

export const ACCEPT_FILES =
  '.txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document'
/** A year-end report is well under 1 MB as .docx; a larger file is not one (or is mostly pictures). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

export type FileRead = { ok: true; text: string } | { ok: false; message: string }

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI'])

/** mammoth's HTML as plain lines: a paragraph per line, a table row per line with cells split by tabs. */
export function htmlToText(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body
  const lines: string[] = []
  const walk = (node: Element) => {
    for (const child of Array.from(node.children)) {
      if (child.tagName === 'TABLE') {
        for (const row of Array.from(child.querySelectorAll('tr'))) {
          const cells = Array.from(row.querySelectorAll('td, th')).map((c) =>
            (c.textContent ?? '').replace(/\s+/g, ' ').trim(),
          )
          lines.push(cells.join('\t'))
        }
      } else if (BLOCKS.has(child.tagName)) lines.push((child.textContent ?? '').trim())
      else walk(child)
    }
  }
  walk(body)
  return lines.filter((l) => l !== '').join('\n')
}

async function readDocx(file: File): Promise<FileRead> {
  const { default: mammoth } = await import('mammoth')
  try {
    const result = await mammoth.convertToHtml({ arrayBuffer: await file.arrayBuffer() })
    const text = htmlToText(result.value)
    return text === ''
      ? { ok: false, message: `Tệp “${file.name}” không có chữ nào để đọc.` }
      : { ok: true, text }
  } catch {
    return { ok: false, message: `Không mở được tệp “${file.name}”: tệp hỏng hoặc không phải Word .docx.` }
  }
}

async function readText(file: File): Promise<FileRead> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer())
    return { ok: true, text: text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n') }
  } catch {
    return { ok: false, message: `Tệp “${file.name}” không phải văn bản UTF-8; hãy lưu lại với mã UTF-8.` }
  }
}

export async function readReportFile(file: File): Promise<FileRead> {
  const name = file.name.toLowerCase()
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: `Tệp “${file.name}” quá lớn (tối đa 10 MB).` }
  if (name.endsWith('.docx')) return readDocx(file)
  if (name.endsWith('.txt')) return readText(file)
  if (name.endsWith('.doc'))
    return {
      ok: false,
      message: 'Tệp .doc (Word 97–2003) chưa đọc được; hãy mở bằng Word và lưu thành .docx.',
    }
  return { ok: false, message: 'Chỉ đọc được tệp .txt hoặc .docx.' }
}
