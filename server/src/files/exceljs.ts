// exceljs, loaded the first time a spreadsheet is read or written rather than at start: with the
// zip reader it brings it is the largest module the server loads (~30 MB of heap made while loading,
// kept or collected on the first requests after a restart). Types come from `import type`.
import type ExcelJS from 'exceljs'

let loading: Promise<typeof ExcelJS> | undefined

/** exceljs' default export (`Workbook`, …), loaded once. */
export function excelJs(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default)
  return loading
}
