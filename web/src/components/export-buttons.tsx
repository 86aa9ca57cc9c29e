import { useState } from 'react'
import { csvBlob } from '../lib/export/csv.ts'
import { downloadBlob } from '../lib/export/download.ts'
import type { ExportTable } from '../lib/export/table-model.ts'

interface ExportButtonsProps {
  /** Built on click only: a page pays nothing for a download nobody asks for. */
  table: () => ExportTable
  /** What is downloaded, read to screen readers with the buttons: "bảng xếp hạng năm 2024". */
  what: string
}

type State = 'idle' | 'busy' | 'error'

/** "Tải CSV" / "Tải Excel" for any table; the Excel writer is loaded on the first click. */
export function ExportButtons({ table, what }: ExportButtonsProps) {
  const [state, setState] = useState<State>('idle')
  const downloadCsv = () => {
    const model = table()
    downloadBlob(csvBlob(model), `${model.fileName}.csv`)
  }
  const downloadXlsx = async () => {
    setState('busy')
    try {
      const { xlsxBlob } = await import('../lib/export/xlsx.ts')
      const model = table()
      downloadBlob(await xlsxBlob(model), `${model.fileName}.xlsx`)
      setState('idle')
    } catch {
      setState('error')
    }
  }
  return (
    <div className="export-buttons" role="group" aria-label={`Tải ${what}`}>
      <button type="button" className="button button--small" onClick={downloadCsv}>
        Tải CSV
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => void downloadXlsx()}
        disabled={state === 'busy'}
      >
        {state === 'busy' ? 'Đang tạo tệp…' : 'Tải Excel'}
      </button>
      {state === 'error' && (
        <p className="export-buttons__error" role="alert">
          Không tạo được tệp Excel. Vui lòng thử lại.
        </p>
      )}
    </div>
  )
}
