import { DATA_BASIS_NOTES, inProgress, type Coverage } from '@ldld/db/contracts'
import { partialYearText, yearCoverageText } from '../lib/coverage-text.ts'

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
        {partial && ` ${partialYearText(coverage.basis)}`}
      </p>
      <p className="coverage-note__basis">{DATA_BASIS_NOTES[coverage.basis]}.</p>
    </div>
  )
}
