import { useState } from 'react'
import type { ImportApplyResult, ImportPreview, Indicator, Organisation } from '@ldld/db/contracts'
import { PERIOD_LABELS } from '@ldld/db/contracts'
import { formatNumber, formatValue } from '@ldld/db/format'
import { ChangedReports, ImportPreviewView } from '../../../components/import-preview.tsx'
import { errorNotice, NoticeLine, type Notice } from '../../../components/notice-line.tsx'
import { ImportConflictError } from '../../../lib/api-client.ts'
import { federationName } from '../../../lib/org-names.ts'
import { useApplySave, usePreviewSave } from '../api/save-figures.ts'
import type { AcceptedList } from '../model/review.ts'

interface AcceptedPanelProps {
  list: AcceptedList
  indicators: readonly Indicator[]
  units: readonly Organisation[]
}

/**
 * The accepted figures as the one list a save sends: first what it would change (the same preview
 * as a spreadsheet import), then the save into each unit's report as a draft change, keeping the
 * quote, qualifier and period of every figure.
 */
export function AcceptedPanel({ list, indicators, units }: AcceptedPanelProps) {
  const previewing = usePreviewSave()
  const applying = useApplySave()
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [done, setDone] = useState<ImportApplyResult | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const blocked = list.figures.length === 0 || list.conflicts.length > 0
  const onPreview = () => {
    setNotice(null)
    setDone(null)
    previewing.mutate(
      list.figures.map((f) => ({
        unit: f.unit,
        year: f.year,
        indicator: f.indicator,
        actual: f.actual,
        target: f.target,
        statedPercent: f.statedPercent,
        qualifier: f.qualifier,
        period: f.period,
        periodText: f.periodText,
        quote: f.quote,
      })),
      { onSuccess: setPreview, onError: (e) => setNotice(errorNotice(e)) },
    )
  }
  const onSave = () => {
    if (!preview) return
    applying.mutate(preview.id, {
      onSuccess: (result) => {
        setPreview(null)
        setDone(result)
        setNotice({
          kind: 'success',
          text: `Đã lưu ${formatNumber(result.applied)} số vào báo cáo (bản nháp của đơn vị).`,
        })
      },
      onError: (error) => {
        setPreview(null)
        setNotice(
          error instanceof ImportConflictError
            ? {
                kind: 'error',
                text: error.message,
                details: error.cells.map(
                  (c) =>
                    `${c.unitName}, ${c.year}: ${c.indicator} hiện là ${String(c.theirs)} (${c.by ?? ''})`,
                ),
              }
            : errorNotice(error),
        )
      },
    })
  }
  const nameOf = (code: string) => {
    const u = units.find((o) => o.code === code)
    return u ? federationName(u) : code
  }
  const indicatorOf = (key: string) => indicators.find((i) => i.key === key)
  return (
    <section className="accepted" aria-labelledby="accepted-title">
      <h2 id="accepted-title">Danh sách sẽ lưu ({list.figures.length} số)</h2>
      {list.figures.length === 0 ? (
        <p>Chưa chấp nhận đề xuất nào.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col">Năm</th>
              <th scope="col">Chỉ tiêu</th>
              <th scope="col">Thực hiện</th>
              <th scope="col">Chỉ tiêu giao</th>
              <th scope="col">Thời gian</th>
              <th scope="col">Trích dẫn</th>
            </tr>
          </thead>
          <tbody>
            {list.figures.map((f) => {
              const ind = indicatorOf(f.indicator)
              const show = (v: number | null, q = f.qualifier) =>
                v === null ? '—' : formatValue(v, ind?.unitKind ?? 'count', ind?.unitLabel ?? '', q)
              return (
                <tr key={`${f.unit}-${f.year}-${f.indicator}`}>
                  <td>{nameOf(f.unit)}</td>
                  <td>{f.year}</td>
                  <td>{ind?.shortNameVi ?? f.indicator}</td>
                  <td>{show(f.actual)}</td>
                  <td>{show(f.target, 'exact')}</td>
                  <td>{PERIOD_LABELS[f.period]}</td>
                  <td className="accepted__quote">“{f.quote}”</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {list.conflicts.map((c) => (
        <p key={`${c.unit}-${c.year}-${c.indicator}`} className="accepted__conflict" role="alert">
          {nameOf(c.unit)}, năm {c.year}: có {c.from.length} số cho “
          {indicatorOf(c.indicator)?.shortNameVi ?? c.indicator}”; hãy bỏ qua hoặc sửa để chỉ giữ một.
        </p>
      ))}
      <div className="accepted__save">
        <button
          type="button"
          className="button"
          disabled={blocked || previewing.isPending}
          onClick={onPreview}
          aria-describedby="accepted-how"
        >
          {previewing.isPending ? 'Đang xem trước…' : 'Xem trước khi lưu'}
        </button>
        <p id="accepted-how" className="form-field__hint">
          Số được lưu vào báo cáo của đơn vị như một thay đổi bản nháp, qua đúng các kiểm tra của màn hình
          nhập số liệu, kèm trích dẫn, mức chính xác và thời gian của từng số. Xem trước để biết ô nào sẽ thay
          đổi.
        </p>
      </div>
      <NoticeLine notice={notice} />
      {preview && (
        <div className="accepted__preview">
          <ImportPreviewView preview={preview} indicators={indicators} />
          <button
            type="button"
            className="button"
            disabled={preview.errors.length > 0 || preview.changes.length === 0 || applying.isPending}
            onClick={onSave}
          >
            {applying.isPending ? 'Đang lưu…' : 'Lưu vào báo cáo'}
          </button>
        </div>
      )}
      {done && <ChangedReports reports={done.reports} />}
    </section>
  )
}
