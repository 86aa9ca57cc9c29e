// `pnpm audit:figures`: docs/audit-figures.md from the seed (issue 11, "Done means"). Every real
// figure with its source, quote, qualifier, timing and note, and the words every page, slide and
// export shows for it — computed with the same contracts the API uses (cellKpi, targetNote,
// quoteText, markedChange), so the table stays true. A test checks the committed file is current.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  DERIVED_BOUND_PREFIX,
  DERIVED_MARK_LABELS,
  PERIOD_LABELS,
  STATUS_LABELS,
  cellKpi,
  markedChange,
  quoteText,
  sourceSilentOnTarget,
  targetNote,
  type Qualifier,
} from '@ldld/db/contracts'
import {
  formatChange,
  formatCount,
  formatDayMonth,
  formatMoneyExact,
  formatPercent,
  formatValue,
} from '@ldld/db/format'
import { demoFigures } from './illustrative.ts'
import { INDICATORS } from './indicators.ts'
import { ORGANISATIONS } from './organisations.ts'
import { REAL_FIGURES } from './real-figures.ts'
import { cellKey, type SeedFigure } from './seed-figure.ts'
import { SOURCES } from './sources.ts'

/** Where the audit is written, relative to the repository root. */
export const AUDIT_FILE = 'docs/audit-figures.md'

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: 'chính xác',
  at_least: 'hơn (cận dưới)',
  at_most: 'gần (cận trên)',
  about: 'khoảng',
}

/** A table cell: no line breaks, no pipes. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()

function sourceLine(slug: string | null | undefined): string {
  const s = SOURCES.find((x) => x.slug === slug)
  if (!s) return '—'
  const meta = [s.publisher, s.publishedOn ? formatDayMonth(s.publishedOn) : null].filter(Boolean)
  return `“${s.title}”${meta.length > 0 ? ` (${meta.join(', ')})` : ''}, \`${s.file ?? ''}\``
}

/** What every view shows for one real figure, in the contracts' words. */
function shownAs(f: SeedFigure, all: ReadonlyMap<string, SeedFigure>): string {
  const indicator = INDICATORS.find((i) => i.key === f.indicator)
  if (!indicator) throw new Error(`unknown indicator ${f.indicator}`)
  const qualifier = f.actualQualifier ?? 'exact'
  const target = f.target ?? null
  const stated = f.statedPercent ?? null
  const parts: string[] = []
  if (f.actual !== null) {
    parts.push(`“${formatValue(f.actual, indicator.unitKind, indicator.unitLabel, qualifier)}”`)
    if (indicator.unitKind === 'money') {
      parts.push(`số đầy đủ “${qualifier === 'exact' ? '' : 'hơn '}${formatMoneyExact(f.actual)}”`)
    }
  } else if (stated !== null) {
    parts.push(`“đạt ${formatPercent(stated)} (nguồn nêu)”`)
  }
  if (target !== null) {
    const note = targetNote({ targetDerived: f.targetDerived ?? false, statedPercent: stated, target })
    parts.push(`chỉ tiêu ${formatCount(target)}${note ? ` (${note})` : ''}`)
  }
  const kpi = cellKpi(
    {
      actual: f.actual,
      target,
      statedPercent: stated,
      targetSilent: sourceSilentOnTarget({
        illustrative: false,
        sourceId: 1,
        target,
        takesTarget: indicator.takesTarget,
      }),
    },
    null,
    indicator.higherIsBetter,
  )
  if (kpi.percent !== null) parts.push(`% đạt ${formatPercent(kpi.percent)}`)
  parts.push(`trạng thái “${STATUS_LABELS[kpi.status]}”`)
  if ((f.period ?? 'year') !== 'year')
    parts.push(`kỳ: ${PERIOD_LABELS[f.period ?? 'year'].toLocaleLowerCase('vi')}`)
  // The change from last year, with the marks it inherits (issue 11 item 1).
  const previous = all.get(cellKey(f.unit, f.indicator, f.year - 1))
  if (f.actual !== null && previous && previous.actual !== null) {
    const change = markedChange(
      { value: f.actual, qualifier, illustrative: false, partialYear: (f.period ?? 'year') !== 'year' },
      {
        value: previous.actual,
        qualifier: previous.actualQualifier ?? 'exact',
        illustrative: previous.illustrative ?? false,
        partialYear: (previous.period ?? 'year') !== 'year',
      },
    )
    const marks = [
      change.derivedFrom.illustrative ? DERIVED_MARK_LABELS.illustrative : null,
      change.derivedFrom.partialYear ? DERIVED_MARK_LABELS.partialYear : null,
    ].filter(Boolean)
    const value =
      change.yoy === null
        ? 'không nêu (hai cận cùng chiều)'
        : `${DERIVED_BOUND_PREFIX[change.derivedFrom.bound]}${formatChange(change.yoy)}`
    parts.push(`so với ${f.year - 1}: ${value}${marks.length > 0 ? ` — đánh dấu “${marks.join(', ')}”` : ''}`)
  } else {
    parts.push(`so với ${f.year - 1}: không có`)
  }
  return parts.join(' · ')
}

export function auditFiguresMarkdown(): string {
  const all = new Map(demoFigures().map((f) => [cellKey(f.unit, f.indicator, f.year), f]))
  const name = (code: string) => ORGANISATIONS.find((o) => o.code === code)?.fullName ?? code
  const rows = [...REAL_FIGURES].sort(
    (a, b) =>
      a.year - b.year ||
      a.unit.localeCompare(b.unit) ||
      INDICATORS.findIndex((i) => i.key === a.indicator) - INDICATORS.findIndex((i) => i.key === b.indicator),
  )
  const lines = [
    '# Audit of the real figures',
    '',
    'Generated by `pnpm audit:figures` from the seed (`seed/src/real-figures-*.ts`, `seed/src/sources.ts`);',
    'do not edit by hand — `seed/src/audit-figures.test.ts` fails when this file is out of date.',
    '',
    `${rows.length} real figures. Everything else in the demo database is illustrative and marked so.`,
    'The last column is what every page, slide and export shows for the figure: the words come from the',
    "contracts the API uses (`formatValue`, `targetNote`, `cellKpi`, `markedChange`), so the overview's",
    'cards and table, the unit page, the ranking, the deck, the PowerPoint, the print report and the',
    'CSV/XLSX exports all read the same: value with its qualifier, target with "suy ra từ …" when',
    'worked back from a printed %, the status, and the change from last year with the marks it inherits',
    '(an invented or part-year previous year; "ít nhất" from a lower bound). Quotes of several passages',
    'show each passage in its own quotation marks, joined by " · ".',
    '',
    '| Đơn vị, năm | Chỉ tiêu | Số liệu (cách nêu) | Nguồn | Trích dẫn | Thời điểm | Ghi chú | Các trang hiển thị |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const f of rows) {
    const indicator = INDICATORS.find((i) => i.key === f.indicator)
    const value =
      f.actual === null
        ? `— (nguồn chỉ nêu ${formatPercent(f.statedPercent ?? 0)})`
        : `${formatCount(f.actual)} (${QUALIFIER_WORDS[f.actualQualifier ?? 'exact']})`
    const timing =
      (f.period ?? 'year') === 'year'
        ? (f.timing ?? 'cả năm')
        : `${PERIOD_LABELS[f.period ?? 'year']}: ${f.timing ?? ''}`
    lines.push(
      `| ${[
        `${name(f.unit)}, ${f.year}`,
        indicator?.nameVi ?? f.indicator,
        value,
        sourceLine(f.source),
        quoteText(f.quote ?? null) ?? '—',
        timing,
        f.note ?? '—',
        shownAs(f, all),
      ]
        .map(cell)
        .join(' | ')} |`,
    )
  }
  return `${lines.join('\n')}\n`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = fileURLToPath(new URL(`../../${AUDIT_FILE}`, import.meta.url))
  writeFileSync(file, auditFiguresMarkdown())
  console.log(`Đã ghi ${AUDIT_FILE}.`)
}
