// Shared by the import tests: the template as a real workbook, uploads, previews and applies.
import type ExcelJS from 'exceljs'
import { importApplyResultSchema, importPreviewSchema, type ImportPreview } from '@ldld/db/contracts'
import type { App } from '@ldld/server/app'
import { expect } from 'vitest'
import { as, type Injected, type TestSession } from '../fixtures/auth.ts'
import { upload, type UploadFile } from '../fixtures/upload.ts'
import { loadWorkbook, sheetWorkbook, workbookBytes } from '../fixtures/xlsx.ts'

export async function downloadTemplate(
  app: App,
  session: TestSession,
  year: number,
  unit?: string,
): Promise<ExcelJS.Workbook> {
  const res = await as(app, session).get(`/api/templates/${year}.xlsx${unit ? `?unit=${unit}` : ''}`)
  expect(res.statusCode, res.body).toBe(200)
  expect(res.headers['content-type']).toContain('spreadsheetml')
  return loadWorkbook(res.rawPayload)
}

export async function xlsxFile(workbook: ExcelJS.Workbook, name = 'bao-cao-2026.xlsx'): Promise<UploadFile> {
  return { name, content: await workbookBytes(workbook) }
}

/** A workbook of one sheet from rows (the first row is the header). */
export async function sheetFile(
  rows: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>>,
  name = 'bang.xlsx',
  sheetName = 'Trang1',
): Promise<UploadFile> {
  return xlsxFile(sheetWorkbook(sheetName, rows), name)
}

export const importUpload = (app: App, session: TestSession | null, file: UploadFile): Promise<Injected> =>
  upload(app, session, '/api/imports', {}, file)

export async function previewOf(app: App, session: TestSession, file: UploadFile): Promise<ImportPreview> {
  const res = await importUpload(app, session, file)
  expect(res.statusCode, res.body).toBe(200)
  return importPreviewSchema.parse(res.json())
}

export const applyImport = (app: App, session: TestSession, id: string): Promise<Injected> =>
  as(app, session).send('POST', `/api/imports/${id}/apply`, {})

export async function applied(app: App, session: TestSession, id: string) {
  const res = await applyImport(app, session, id)
  expect(res.statusCode, res.body).toBe(200)
  return importApplyResultSchema.parse(res.json())
}

/** Rows of the template's data sheet by unit and indicator key → row number. */
export function templateRows(workbook: ExcelJS.Workbook): Map<string, number> {
  const sheet = workbook.worksheets[0]
  const rows = new Map<string, number>()
  sheet?.eachRow((row, n) => {
    const unit = row.getCell(1).text
    const key = row.getCell(3).text
    if (/^[a-z_0-9]+$/.test(key)) rows.set(`${unit}:${key}`, n)
  })
  return rows
}
