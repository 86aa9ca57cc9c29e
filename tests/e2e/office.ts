// LibreOffice and poppler for the browser tests: a downloaded PowerPoint is opened the way a
// reader's office suite opens it and read back as PDF text. Both are Debian packages
// (libreoffice-impress, poppler-utils); .ci/run installs them.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function need(command: string, pkg: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
  } catch {
    throw new Error(`${command} not found: install Debian's ${pkg} (sudo apt-get install -y ${pkg})`)
  }
}

/** Converts `bytes` (a .pptx) to PDF with LibreOffice, in a profile of its own; returns the PDF's path. */
export function officeToPdf(bytes: Buffer, name: string): string {
  need('soffice', 'libreoffice-impress')
  const dir = mkdtempSync(join(tmpdir(), 'ldld-office-'))
  const file = join(dir, name)
  writeFileSync(file, bytes)
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  )
  return file.replace(/\.[a-z]+$/, '.pdf')
}

/** The PDF's text, page by page (pdftotext puts a form feed between pages). */
export function pdfPages(pdf: string): string[] {
  need('pdftotext', 'poppler-utils')
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  return text.split('\f').slice(0, -1)
}
