import { DATA_BASIS_NOTES, inProgress, type Coverage } from '@ldld/db/contracts'
import { yearCoverageText } from '../lib/coverage-text.ts'

interface CoverageNoteProps {
  year: number
  coverage: Coverage
}

/**
 * How much of the year a page shows: "12/30 đơn vị đã báo cáo (5 đã duyệt, …)" and, while units are
 * missing, that totals and comparisons count only those that reported: a year in progress is not a
 * failure. Also says which figures were read.
 */
export function CoverageNote({ year, coverage }: CoverageNoteProps) {
  const partial = inProgress(coverage)
  return (
    <div
      className={`coverage-note${partial ? ' coverage-note--partial' : ''}`}
      role="note"
      data-testid="coverage"
    >
      <p className="coverage-note__line">
        <strong>Năm {year}:</strong> {yearCoverageText(coverage)}.
        {partial &&
          ' Tổng, % đạt và so sánh với năm trước chỉ tính trên các đơn vị đã báo cáo; đơn vị chưa báo cáo để trống, không tính là chưa đạt.'}
      </p>
      <p className="coverage-note__basis">{DATA_BASIS_NOTES[coverage.basis]}.</p>
    </div>
  )
}
