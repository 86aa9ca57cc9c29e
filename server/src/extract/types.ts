// What one sentence yields before context (unit, year, period) and checks are added.
import type { Qualifier, TextNumber } from '@ldld/db/contracts'
import type { CueClass, NounClass } from './lexicon.ts'
import type { Sentence, Span } from './text.ts'

export interface CueHit extends Span {
  cls: CueClass
}

/** How a stated percentage was read: "đạt 132%" reached; "vượt 46,5%" exceeded by (→ 146,5%). */
export type PercentReading = 'reached' | 'exceeded_by' | 'ambiguous'

export interface Reading {
  sentence: Sentence
  indicator: string
  actual: number | null
  target: number | null
  targetDerived: boolean
  statedPercent: number | null
  /** The percentage as printed, and how it was read (for the warnings). */
  printedPercent: number | null
  percentReading: PercentReading | null
  qualifier: Qualifier
  /** The number itself (for highlighting) and the words it comes from. */
  value: Span
  quote: Span
  /** End of the number's noun phrase: where a list's next item may start. */
  extentEnd: number
  cue: CueHit | null
  noun: NounClass | 'money'
  /** Money or count: a total only sums figures of its own kind. */
  money: boolean
  /** Dropped later: a part of a figure already counted, or summed into a stated total. */
  part: boolean
}

/** The sentence being read and everything found in it. */
export interface SentenceScan {
  sentence: Sentence
  /** The folded sentence and its start, for slicing with document offsets. */
  folded: string
  cues: CueHit[]
  /** Numbers that may be values (dates, references, years and quoted names already removed). */
  tokens: TextNumber[]
  /** Tokens already used (a target, a percent, the 25 of "có từ 25 đoàn viên trở lên"). */
  consumed: Set<TextNumber>
  readings: Reading[]
}

/** Text of the sentence between two document offsets. */
export function between(scan: SentenceScan, from: number, to: number): string {
  const base = scan.sentence.start
  return scan.folded.slice(Math.max(0, from - base), Math.max(0, to - base))
}
