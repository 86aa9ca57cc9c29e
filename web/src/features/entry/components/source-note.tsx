import type { ReportValue, Source } from '@ldld/db/contracts'
import { formatDate, formatPercent } from '@ldld/db/format'

interface SourceNoteProps {
  id: string
  value: ReportValue
  /** What this user may change on the row, and whether the typed figures already differ. */
  mayEditActual: boolean
  mayEditTarget: boolean
  actualChanged: boolean
  targetChanged: boolean
}

const KIND_WORDS: Record<Source['kind'], string> = {
  article: 'bài báo',
  report: 'báo cáo',
  entry: 'nguồn',
  illustrative: 'nguồn',
}

/** What a save will do to the source's statement, in the words of the row. */
function consequence(props: SourceNoteProps, source: Source): string | null {
  const { value, mayEditActual, mayEditTarget, actualChanged, targetChanged } = props
  const of = KIND_WORDS[source.kind]
  const stated = value.statedPercent === null ? null : `tỷ lệ ${formatPercent(value.statedPercent)} ${of} nêu`
  const what = value.actual === null ? stated : `số liệu của ${of}`
  if (actualChanged)
    return `Khi lưu, số bạn nhập sẽ thay ${what ?? `số liệu của ${of}`}; ${of} và số cũ vẫn còn trong lịch sử.`
  if (targetChanged && stated) return `Khi lưu, chỉ tiêu bạn nhập sẽ bỏ ${stated}.`
  if (mayEditActual)
    return value.actual === null
      ? `Nhập số thực hiện sẽ thay ${stated ?? `số liệu của ${of}`} bằng số bạn nhập.`
      : `Sửa số này sẽ thay số liệu của ${of} bằng số bạn nhập.`
  if (mayEditTarget && stated) return `Sửa chỉ tiêu sẽ bỏ ${stated}.`
  return null
}

/**
 * Under a real figure: the article or report it comes from, its words, and what an edit will do to
 * them (a typed number is the editor's statement; the source stays in the history).
 */
export function SourceNote(props: SourceNoteProps) {
  const { id, value } = props
  const { source } = value
  // A figure saved from report text (issue 9) keeps its words without an article behind them.
  if (!source) {
    if (!value.quote || value.illustrative) return null
    return (
      <div id={id} className="entry-source">
        <p>
          <span className="entry-source__label">Trích từ văn bản báo cáo: </span>
          <q className="entry-source__quote">{value.quote}</q>
        </p>
      </div>
    )
  }
  const by = [source.publisher, source.publishedOn ? formatDate(source.publishedOn) : null].filter(Boolean)
  const title = source.url ? (
    <a href={source.url} target="_blank" rel="noreferrer">
      {source.title}
    </a>
  ) : (
    <cite>{source.title}</cite>
  )
  const next = consequence(props, source)
  return (
    <div id={id} className="entry-source">
      <p>
        <span className="entry-source__label">Nguồn: </span>
        {title}
        {by.length > 0 && <> ({by.join(', ')})</>}
        {value.quote && (
          <>
            {' — '}
            <q className="entry-source__quote">{value.quote}</q>
          </>
        )}
      </p>
      {next && (
        <p
          className={
            props.actualChanged || props.targetChanged ? 'entry-source__pending' : 'entry-source__edit'
          }
        >
          {next}
        </p>
      )}
    </div>
  )
}
