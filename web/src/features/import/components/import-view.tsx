import { useState, type FormEvent } from 'react'
import {
  currentReportingYear,
  defaultEntryYear,
  existsInYear,
  IMPORT_LAYOUT_LABELS,
  IMPORT_PREVIEW_TTL_MINUTES,
  unitFullName,
  type ImportApplyResult,
  type ImportPreview,
} from '@ldld/db/contracts'
import { formatNumber } from '@ldld/db/format'
import { useIndicators } from '../../../api/get-indicators.ts'
import { useOrganisations } from '../../../api/get-organisations.ts'
import { useYears } from '../../../api/get-years.ts'
import { ChangedReports, ImportPreviewView } from '../../../components/import-preview.tsx'
import { errorNotice, NoticeLine, type Notice } from '../../../components/notice-line.tsx'
import { ImportConflictError } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { useApplyImport, useImportMapping, useImportPreview } from '../api/imports.ts'
import { MappingEditor } from './mapping-editor.tsx'

interface ImportViewProps {
  /** A unit officer's own unit; null for city staff and admins (every unit). */
  ownUnit: string | null
}

/** "Nhập từ Excel": download the template, upload a file, read the preview, confirm. */
export function ImportView({ ownUnit }: ImportViewProps) {
  const years = useYears().data
  const indicators = useIndicators().data ?? []
  const units = useOrganisations().data ?? []
  const own = units.find((u) => u.code === ownUnit)
  // A unit officer's template opens on the unit's own year (a district that has ended: its last).
  const [chosenYear, setYear] = useState<number | null>(null)
  const year = chosenYear ?? (own ? defaultEntryYear(own, new Date()) : currentReportingYear(new Date()))
  const [unit, setUnit] = useState(ownUnit ?? '')
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [done, setDone] = useState<ImportApplyResult | null>(null)
  const [conflict, setConflict] = useState<ImportConflictError | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const previewing = useImportPreview()
  const mapping = useImportMapping()
  const applying = useApplyImport()

  const from = years?.writable.from ?? year
  const to = years?.writable.to ?? year
  const yearOptions: number[] = []
  for (let y = to; y >= from; y -= 1) yearOptions.push(y)
  const unitOptions = units.filter((u) => u.kind !== 'city' && existsInYear(u, year))
  const ownYears = own ? yearOptions.filter((y) => existsInYear(own, y)) : yearOptions

  const reset = () => {
    setPreview(null)
    setDone(null)
    setConflict(null)
    setNotice(null)
  }

  const onUpload = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const file = new FormData(event.currentTarget).get('file')
    reset()
    if (!(file instanceof File) || file.size === 0) {
      setNotice({ kind: 'error', text: 'Chọn tệp Excel (.xlsx) hoặc CSV trước.' })
      return
    }
    previewing.mutate(file, { onSuccess: setPreview, onError: (e) => setNotice(errorNotice(e)) })
  }

  const onApply = () => {
    if (!preview) return
    setNotice(null)
    applying.mutate(preview.id, {
      onSuccess: (result) => {
        setPreview(null)
        setDone(result)
        setNotice({
          kind: 'success',
          text: `Đã lưu ${formatNumber(result.applied)} ô vào ${formatNumber(result.reports.length)} báo cáo.`,
        })
      },
      onError: (error) => {
        if (error instanceof ImportConflictError) {
          setPreview(null)
          setConflict(error)
        } else setNotice(errorNotice(error))
      },
    })
  }

  const canApply =
    preview !== null && preview.mappingConfirmed && preview.errors.length === 0 && preview.changes.length > 0

  return (
    <div className="import-view">
      <section aria-labelledby="template-title" className="import-step">
        <h2 id="template-title">1. Tải mẫu nhập</h2>
        <p>
          Mẫu Excel có sẵn mã đơn vị, mã chỉ tiêu, chỉ tiêu được giao và số năm trước; chỉ các ô nền vàng là ô
          bạn được điền.
        </p>
        <div className="import-template">
          <div className="field">
            <label htmlFor="template-year">Năm</label>
            <select id="template-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {ownYears.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          {ownUnit === null && (
            <div className="field">
              <label htmlFor="template-unit">Đơn vị</label>
              <select id="template-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
                <option value="">Mọi đơn vị báo cáo năm {year}</option>
                {unitOptions.map((u) => (
                  <option key={u.code} value={u.code}>
                    {unitFullName(u)} ({u.code})
                  </option>
                ))}
              </select>
            </div>
          )}
          <a className="button button--secondary" href={apiPaths.template(year, unit || undefined)} download>
            Tải mẫu Excel năm {year}
          </a>
        </div>
      </section>

      <section aria-labelledby="upload-title" className="import-step">
        <h2 id="upload-title">2. Tải tệp lên để xem trước</h2>
        <p>
          Nhận: mẫu nhập ở trên; tệp tải về từ trang Tổng quan (bảng dọc: đơn vị, năm, chỉ tiêu, thực hiện,
          chỉ tiêu giao — được nhiều năm một lúc); hoặc bảng khác có đơn vị theo dòng và chỉ tiêu theo cột
          (bạn xác nhận cách ghép). Chưa có gì được lưu cho đến khi bạn bấm “Lưu các thay đổi”.
        </p>
        <form onSubmit={onUpload} className="import-upload">
          <div className="field">
            <label htmlFor="import-file">Tệp Excel (.xlsx) hoặc CSV</label>
            <input id="import-file" name="file" type="file" accept=".xlsx,.csv,text/csv" />
          </div>
          <button type="submit" className="button" disabled={previewing.isPending}>
            {previewing.isPending ? 'Đang đọc tệp…' : 'Xem trước'}
          </button>
        </form>
      </section>

      <NoticeLine notice={notice} />

      {preview && (
        <section aria-labelledby="preview-title" className="import-step">
          <h2 id="preview-title">3. Xem trước: {preview.fileName}</h2>
          <p>
            Cách trình bày: {IMPORT_LAYOUT_LABELS[preview.layout]}. Bản xem trước giữ{' '}
            {IMPORT_PREVIEW_TTL_MINUTES} phút.
          </p>
          {preview.mapping && !preview.mappingConfirmed && (
            <MappingEditor
              key={preview.id}
              mapping={preview.mapping}
              indicators={indicators}
              units={units}
              busy={mapping.isPending}
              onConfirm={(m) =>
                mapping.mutate(
                  { id: preview.id, mapping: m },
                  { onSuccess: setPreview, onError: (e) => setNotice(errorNotice(e)) },
                )
              }
            />
          )}
          <ImportPreviewView preview={preview} indicators={indicators} />
          <div className="import-actions">
            <button
              type="button"
              className="button"
              disabled={!canApply || applying.isPending}
              onClick={onApply}
            >
              {applying.isPending ? 'Đang lưu…' : 'Lưu các thay đổi'}
            </button>
            {!preview.mappingConfirmed && <span>Xác nhận cách ghép trước khi lưu.</span>}
          </div>
        </section>
      )}

      {conflict && (
        <section aria-labelledby="conflict-title" className="import-step import-conflict" role="alert">
          <h2 id="conflict-title">Chưa lưu: có ô đã bị người khác sửa</h2>
          <p>{conflict.message}</p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Đơn vị</th>
                <th scope="col">Năm</th>
                <th scope="col">Chỉ tiêu</th>
                <th scope="col">Trong tệp</th>
                <th scope="col">Hiện tại</th>
                <th scope="col">Người sửa</th>
              </tr>
            </thead>
            <tbody>
              {conflict.cells.map((c) => (
                <tr key={`${c.unit}-${c.year}-${c.indicator}-${c.field}`}>
                  <td>{c.unitName}</td>
                  <td>{c.year}</td>
                  <td>{indicators.find((i) => i.key === c.indicator)?.shortNameVi ?? c.indicator}</td>
                  <td>{c.yours === null ? '(trống)' : String(c.yours)}</td>
                  <td>{c.theirs === null ? '(trống)' : String(c.theirs)}</td>
                  <td>{c.by ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ChangedReports reports={conflict.cells} />
        </section>
      )}

      {done && (
        <section aria-labelledby="done-title" className="import-step">
          <h2 id="done-title">Đã lưu</h2>
          <ChangedReports reports={done.reports} />
        </section>
      )}
    </div>
  )
}
