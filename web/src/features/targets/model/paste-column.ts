// "Dán cả cột": a column copied from Excel (one value per line) goes down the rows as they are shown
// (filtered and ordered), one line per row. Planned first, so the user sees what goes where.
import type { Targets } from '@ldld/db/contracts'
import { inputText, parseInput, reformat } from '../../../lib/figure-text.ts'
import { cellKey, isLocked, storedTarget, type KindOf, type Texts } from './grid.ts'

export type PasteState = 'set' | 'same' | 'clear' | 'locked' | 'unreadable'

export interface PasteLine {
  unit: string
  /** 1-based line of the pasted text. */
  line: number
  /** The cell's text now, and what it becomes. */
  before: string
  after: string
  state: PasteState
  message?: string
}

export interface PastePlan {
  lines: PasteLine[]
  /** Lines beyond the last row (a total line, or a list longer than the filter shows). */
  extra: string[]
  /** Rows below the last line: left as they are. */
  untouched: number
  texts: Texts
}

/** Lines of a pasted column; only the first column of a wider selection, trailing empty lines dropped. */
export function columnLines(clipboard: string): string[] {
  const lines = clipboard.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')
  return lines.length === 1 && lines[0] === '' ? [] : lines.map((l) => (l.split('\t')[0] ?? '').trim())
}

export function planColumnPaste(
  targets: Targets,
  texts: Texts,
  order: readonly string[],
  indicator: string,
  clipboard: string,
  kindOf: KindOf,
): PastePlan {
  const kind = kindOf(indicator)
  const values = columnLines(clipboard)
  const next = { ...texts }
  const lines: PasteLine[] = []
  order.slice(0, values.length).forEach((unit, i) => {
    const raw = values[i] ?? ''
    const key = cellKey(unit, indicator)
    const before = texts[key] ?? ''
    const parsed = parseInput(raw, kind)
    const after = parsed.ok ? inputText(parsed.value, kind) : raw
    const base = { unit, line: i + 1, before, after }
    if (isLocked(targets, unit)) return lines.push({ ...base, after: before, state: 'locked' })
    next[key] = reformat(raw, kind)
    if (!parsed.ok) return lines.push({ ...base, state: 'unreadable', message: parsed.message })
    const now = parseInput(before, kind)
    const same = now.ok ? now.value === parsed.value : parsed.value === storedTarget(targets, unit, indicator)
    lines.push({ ...base, state: same ? 'same' : parsed.value === null ? 'clear' : 'set' })
  })
  return {
    lines,
    extra: values.slice(order.length),
    untouched: Math.max(0, order.length - values.length),
    texts: next,
  }
}
