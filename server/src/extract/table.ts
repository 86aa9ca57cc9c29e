// Rows of a table pasted as text (a Word table pastes as tab-separated cells; some reports draw
// "|"): "Thành lập CĐCS mới | 25 | 20 | 125%". Which number is the result and which the target is
// decided by a header row ("Thực hiện", "Chỉ tiêu") or, without one, by the stated percentage: a row
// is read only when one order fits it. A lone number without a header could be either: not read.
import type { TextNumber } from '@ldld/db/contracts'
import { indicatorFor, percentIndicatorFor } from './indicators.ts'
import { CUES } from './lexicon.ts'
import { PERCENT_TOLERANCE } from './relations.ts'
import type { Doc, Sentence, Span } from './text.ts'
import type { Reading } from './types.ts'

interface Cell extends Span {
  text: string
}

type Role = 'actual' | 'target' | 'percent' | null

const SEPARATOR = /\t+|\s*\|\s*/g

function cellsOf(doc: Doc, line: Span): Cell[] {
  const cells: Cell[] = []
  let at = line.start
  const raw = doc.folded.slice(line.start, line.end)
  for (const m of raw.matchAll(SEPARATOR)) {
    const end = line.start + m.index
    cells.push({ start: at, end, text: doc.folded.slice(at, end).trim() })
    at = end + m[0].length
  }
  cells.push({ start: at, end: line.end, text: doc.folded.slice(at, line.end).trim() })
  return cells.filter((c) => c.text !== '')
}

function roleOf(header: string): Role {
  if (/thực hiện|kết quả|đạt được|^th$/u.test(header)) return 'actual'
  if (/chỉ tiêu|kế hoạch|^kh$|dự toán/u.test(header)) return 'target'
  if (/tỷ lệ|%/u.test(header)) return 'percent'
  return null
}

/** The one number filling a cell, if the cell is just a number. */
function numberOf(cell: Cell, numbers: readonly TextNumber[]): TextNumber | null {
  const inCell = numbers.filter((n) => n.start >= cell.start && n.end <= cell.end + 1)
  const only = inCell[0]
  if (inCell.length !== 1 || !only?.value || only.kind !== 'quantity') return null
  return /^[\d.,\s%]+(?:đồng|đ|người|cđcs)?$/u.test(cell.text) ? only : null
}

function indicatorOfLabel(label: string, money: boolean): string | null {
  for (const { cls, re } of CUES) {
    re.lastIndex = 0
    if (!re.test(label)) continue
    if (cls === 'care')
      return money || /tiền|kinh phí|\bchi\b/u.test(label) ? 'welfare_spending' : 'welfare_beneficiaries'
    const key = indicatorFor({ cls, noun: money ? 'money' : 'none', window: label, gap: label, after: '' })
    return key ?? percentIndicatorFor(cls, label)
  }
  return null
}

interface RowValues {
  actual: TextNumber
  target: TextNumber | null
  percent: TextNumber | null
}

function assign(values: ReadonlyArray<{ value: TextNumber; role: Role }>, headed: boolean): RowValues | null {
  const pct = values.find((v) => v.value.value?.percent)?.value ?? null
  const plain = values.filter((v) => !v.value.value?.percent).map((v) => v.value)
  if (headed) {
    const actual = values.find((v) => v.role === 'actual' && !v.value.value?.percent)?.value
    if (!actual) return null
    const target = values.find((v) => v.role === 'target' && !v.value.value?.percent)?.value ?? null
    return { actual, target, percent: pct }
  }
  const [x, y] = plain
  if (plain.length !== 2 || !x?.value || !y?.value || !pct?.value) return null
  const fits = (a: number, b: number) =>
    b > 0 && Math.abs((a / b) * 100 - (pct.value?.value ?? 0)) <= PERCENT_TOLERANCE
  if (fits(x.value.value, y.value.value)) return { actual: x, target: y, percent: pct }
  if (fits(y.value.value, x.value.value)) return { actual: y, target: x, percent: pct }
  return null
}

export interface TableRead {
  readings: Reading[]
  /** Lines read as table rows: the sentence reader leaves them alone. */
  rows: Span[]
}

export function readTables(doc: Doc, numbers: readonly TextNumber[]): TableRead {
  const readings: Reading[] = []
  const rows: Span[] = []
  let roles: Role[] | null = null
  const lines = lineSpans(doc)
  for (const line of lines) {
    const cells = cellsOf(doc, line)
    if (cells.length < 2 || !/[|\t]/.test(doc.folded.slice(line.start, line.end))) {
      roles = null
      continue
    }
    const [label, ...rest] = cells
    const values = rest.map((c) => numberOf(c, numbers))
    if (!label || values.every((v) => v === null)) {
      // A header row: the roles of the columns after the label.
      roles = rest.map((c) => roleOf(c.text))
      continue
    }
    rows.push(line)
    const present = values.flatMap((v, i) => (v ? [{ value: v, role: roles?.[i] ?? null }] : []))
    const money = present.some((v) => v.value.value?.money)
    const indicator = indicatorOfLabel(label.text, money)
    const read = assign(present, roles !== null)
    if (!indicator || !read?.actual.value) continue
    const sentence = doc.sentences.find((s) => s.start >= line.start && s.start < line.end)
    if (sentence) readings.push(rowReading(sentence, line, indicator, read, money))
  }
  return { readings, rows }
}

function rowReading(
  sentence: Sentence,
  line: Span,
  indicator: string,
  read: RowValues,
  money: boolean,
): Reading {
  const { actual, target, percent } = read
  return {
    sentence,
    indicator,
    actual: actual.value?.value ?? null,
    target: target?.value?.value ?? null,
    targetDerived: false,
    statedPercent: percent?.value?.value ?? null,
    printedPercent: percent?.value?.value ?? null,
    percentReading: percent ? 'reached' : null,
    qualifier: 'exact',
    value: { start: actual.start, end: actual.end },
    quote: { start: line.start, end: line.end },
    extentEnd: line.end,
    cue: null,
    noun: money ? 'money' : 'none',
    money,
    part: false,
  }
}

function lineSpans(doc: Doc): Span[] {
  const spans: Span[] = []
  let at = 0
  for (const line of doc.text.split('\n')) {
    const trimmed = line.trimEnd()
    if (trimmed.trim() !== '')
      spans.push({ start: at + (line.length - line.trimStart().length), end: at + trimmed.length })
    at += line.length + 1
  }
  return spans
}
