// What an import would change, before anyone confirms it: errors to fix, warnings to read, then
// every changed cell as old → new. Shared by "Nhập từ Excel" and the report-text page's save.
import { Link } from 'react-router'
import type { ImportChange, ImportIssue, ImportPreview, Indicator } from '@ldld/db/contracts'
import { formatNumber, formatValue } from '@ldld/db/format'
import { paths } from '../lib/paths.ts'

const FIELD_LABELS: Record<ImportChange['field'], string> = {
  actual: 'Thực hiện',
  target: 'Chỉ tiêu giao',
  note: 'Ghi chú',
}

function where(issue: Pick<ImportIssue, 'sheet' | 'cell'>): string | null {
  const parts = [issue.sheet ? `trang ${issue.sheet}` : null, issue.cell ? `ô ${issue.cell}` : null]
  const kept = parts.filter((p): p is string => p !== null)
  return kept.length > 0 ? kept.join(', ') : null
}

function IssueList({
  title,
  issues,
  kind,
}: {
  title: string
  issues: ImportIssue[]
  kind: 'error' | 'warning'
}) {
  if (issues.length === 0) return null
  return (
    <section className={`import-issues import-issues--${kind}`} aria-label={title}>
      <h3>
        {title} ({formatNumber(issues.length)})
      </h3>
      <ul>
        {issues.map((issue, i) => {
          const at = where(issue)
          return (
            <li key={`${issue.sheet ?? ''}-${issue.cell ?? ''}-${i}`}>
              {at && <strong>{at}: </strong>}
              {issue.message}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function shown(change: ImportChange, side: 'old' | 'new', indicator: Indicator | undefined): string {
  const value = change[side]
  if (value === null) return '(trống)'
  if (typeof value === 'string') return value
  const qualifier = (side === 'old' ? change.oldQualifier : change.newQualifier) ?? 'exact'
  return indicator
    ? formatValue(value, indicator.unitKind, indicator.unitLabel, qualifier)
    : formatNumber(value)
}

interface ImportPreviewViewProps {
  preview: ImportPreview
  indicators: readonly Indicator[]
}

/** The preview as a table; nothing here writes. */
export function ImportPreviewView({ preview, indicators }: ImportPreviewViewProps) {
  const byKey = new Map(indicators.map((i) => [i.key, i]))
  return (
    <div className="import-preview">
      <p className="import-preview__summary" role="status">
        {preview.changes.length === 0
          ? `Không có ô nào thay đổi (${formatNumber(preview.unchanged)} giá trị giống số đã lưu).`
          : `${formatNumber(preview.changes.length)} ô sẽ thay đổi trong ${formatNumber(preview.reports.length)} báo cáo; ` +
            `${formatNumber(preview.unchanged)} giá trị giống số đã lưu.`}
        {preview.errors.length > 0 &&
          ` Còn ${formatNumber(preview.errors.length)} lỗi phải sửa trước khi lưu.`}
      </p>
      <IssueList title="Lỗi cần sửa trong tệp" issues={preview.errors} kind="error" />
      <IssueList title="Cần lưu ý" issues={preview.warnings} kind="warning" />
      {preview.changes.length > 0 && (
        <div className="table-scroll">
          <table className="data-table import-changes">
            <caption>Các ô sẽ thay đổi</caption>
            <thead>
              <tr>
                <th scope="col">Đơn vị</th>
                <th scope="col">Năm</th>
                <th scope="col">Chỉ tiêu</th>
                <th scope="col">Mục</th>
                <th scope="col">Hiện tại</th>
                <th scope="col">Sẽ thành</th>
                <th scope="col">{preview.layout === 'text' ? 'Trích dẫn' : 'Ô trong tệp'}</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((c) => {
                const ind = byKey.get(c.indicator)
                return (
                  <tr key={`${c.unit}-${c.year}-${c.indicator}-${c.field}`}>
                    <td>
                      <Link to={paths.entry(c.unit, c.year)}>{c.unitName}</Link>
                    </td>
                    <td>{c.year}</td>
                    <td>{ind?.shortNameVi ?? c.indicator}</td>
                    <td>{FIELD_LABELS[c.field]}</td>
                    <td>
                      {shown(c, 'old', ind)}
                      {c.oldIllustrative && c.old !== null && (
                        <span className="import-changes__mh"> (minh họa)</span>
                      )}
                    </td>
                    <td className="import-changes__new">{shown(c, 'new', ind)}</td>
                    <td>{c.quote ? `“${c.quote}”` : (where(c) ?? '')}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}

/** After an apply: a link to each report that changed. */
export function ChangedReports({
  reports,
}: {
  reports: ReadonlyArray<{ unit: string; unitName: string; year: number }>
}) {
  const seen = new Set<string>()
  const unique = reports.filter((r) => {
    const key = `${r.unit}-${r.year}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  if (unique.length === 0) return null
  return (
    <ul className="import-done">
      {unique.map((r) => (
        <li key={`${r.unit}-${r.year}`}>
          <Link to={paths.entry(r.unit, r.year)}>
            Báo cáo {r.unitName}, năm {r.year}
          </Link>
        </li>
      ))}
    </ul>
  )
}
