// When a figure is from (domain.md §7): "Năm 2021", "9 tháng đầu năm 2024", "tính đến 30/10",
// "từ đầu năm đến nay" (part of a year), "nhiệm kỳ 2018-2023", "từ năm 2012 đến 2019", "5 năm qua"
// (several years). A page's publication date ("04/12/2023") is a date, never the data year.
import type { Period } from '@ldld/db/contracts'
import { words } from './lexicon.ts'
import { inside, sentenceAt, type Doc, type Sentence } from './text.ts'

export interface PeriodMarker {
  start: number
  end: number
  sentence: number
  /** null: a plain "năm 2021", which names the year without saying anything about the period. */
  period: Period | null
  year: number | null
  text: string
  /** Opens its sentence ("Năm 2021, …", "Nhìn lại nhiệm kỳ 2018-2023, …"): it frames what follows. */
  framing: boolean
}

const COUNT_WORD = '\\d+|hai|ba|bốn|sáu|bảy|tám|chín|mười'
const PATTERNS: ReadonlyArray<{ period: Period | null; re: RegExp }> = [
  {
    period: 'multi_year',
    re: words('(?:cả |trong |qua )?nhiệm kỳ(?: \\d{4} ?[-–] ?\\d{4}| [\\p{L}]+ \\(\\d{4} ?[-–] ?\\d{4}\\))?'),
  },
  {
    period: 'multi_year',
    re: words(
      'giai đoạn \\d{4} ?[-–] ?\\d{4}|giai đoạn (?:dịch|covid)(?: bệnh)?(?: covid-19)?|từ (?:năm )?\\d{4} (?:đến|tới) (?:năm )?\\d{4}|\\d{4} ?[-–] ?\\d{4}',
    ),
  },
  {
    period: 'multi_year',
    re: words(
      `(?:trong|qua|sau|suốt) (?:${COUNT_WORD}) năm(?: qua)?|(?:${COUNT_WORD}) năm qua|những năm qua|nhiều năm qua`,
    ),
  },
  {
    period: 'part_year',
    re: words(
      '(?:\\d{1,2}|sáu|chín|ba) tháng(?: đầu năm| cuối năm| đầu| qua| năm)?(?: (?:năm )?\\d{4})?|quý (?:i{1,3}|iv|[1-4])(?:[/ ](?:năm )?\\d{4})?',
    ),
  },
  {
    // "Từ ngày 01/01/2024 đến ngày 30/9/2024", "đến hết ngày 30/10": a cut-off inside the year.
    period: 'part_year',
    re: words(
      '(?:từ ngày \\d{1,2}/\\d{1,2}(?:/\\d{4})? ?(?:đến|tới|-|–) ?(?:hết )?(?:ngày )?|(?:tính |lũy kế )?(?:từ đầu năm )?(?:đến|tới) (?:hết )?(?:ngày )?)\\d{1,2}/\\d{1,2}(?:/\\d{4})?',
    ),
  },
  {
    period: 'part_year',
    re: words(
      'tính (?:đến|tới|từ đầu năm đến)(?: hết)?(?: ngày| thời điểm(?: này| hiện tại)?| nay| tháng)?|từ đầu năm(?: \\d{4})? (?:đến|tới)(?: nay| ngày| hết)?|đến hết tháng \\d{1,2}|lũy kế',
    ),
  },
  { period: null, re: words('năm \\d{4}') },
]
/** "so với năm 2020", "cùng kỳ năm 2023", "năm mới 2017", "sang năm 2017": a year named, not reported. */
const NOT_DATA_YEAR = /(?:so với|với|cùng kỳ|hơn|từ|đến|tới|sang|trước|sau|mới)\s*$/u
const FRAMING_WORDS = 8

/**
 * A marker that opens its sentence ("Năm 2021, …", "Nhìn lại nhiệm kỳ 2018-2023, …") or closes an
 * opening phrase ("…, nên ngay từ đầu năm 2016, LĐLĐ quận…") frames the sentences after it. A cut-off
 * ("tính đến 30/10") speaks only for its own sentence.
 */
function isFraming(sentence: Sentence, folded: string, start: number, end: number, matched: string): boolean {
  if (/^tính |^đến |^tới |^từ ngày/u.test(matched)) return false
  if (sentence.heading) return true
  const wordsBefore = folded.slice(0, start).trim().split(/\s+/).filter(Boolean).length
  if (wordsBefore <= FRAMING_WORDS) return true
  return /^(?:\s+\S+){0,2}\s*,/u.test(folded.slice(end))
}

function yearIn(s: string): number | null {
  const years = new Set([...s.matchAll(/\d{4}/g)].map((m) => Number(m[0])))
  return years.size === 1 ? ([...years][0] ?? null) : null
}

function periodOf(base: Period | null, matched: string): Period | null {
  // "12 tháng" and a cut-off on 31/12 are the whole year.
  if (base === 'part_year' && (/^12 tháng/.test(matched) || /(?<!\d)31\/12(?:\/\d{4})?$/.test(matched)))
    return 'year'
  return base
}

export function findPeriodMarkers(doc: Doc): PeriodMarker[] {
  const markers: PeriodMarker[] = []
  const taken = new Set<number>()
  for (const { period, re } of PATTERNS) {
    re.lastIndex = 0
    for (const m of doc.folded.matchAll(re)) {
      const start = m.index
      const end = start + m[0].length
      const sentence = sentenceAt(doc, start)
      if (!sentence || end > sentence.end || inside(doc.names, start)) continue
      let overlaps = false
      for (let i = start; i < end && !overlaps; i += 1) overlaps = taken.has(i)
      if (overlaps) continue
      const folded = doc.folded.slice(sentence.start, sentence.end)
      const local = start - sentence.start
      if (period === null && NOT_DATA_YEAR.test(folded.slice(Math.max(0, local - 20), local))) continue
      for (let i = start; i < end; i += 1) taken.add(i)
      markers.push({
        start,
        end,
        sentence: sentence.index,
        period: periodOf(period, m[0]),
        year: period === 'multi_year' ? null : yearIn(m[0]),
        text: doc.text.slice(start, end),
        framing: isFraming(sentence, folded, local, local + m[0].length, m[0]),
      })
    }
  }
  return markers.sort((a, b) => a.start - b.start)
}

export interface PeriodContext {
  period: Period
  periodText: string | null
  year: number | null
}

interface Frame {
  period: PeriodMarker | null
  year: number | null
}

/** The period and year a figure at `at` in `sentence` reads in: its sentence first, then what framed it. */
export function createPeriodResolver(doc: Doc, markers: readonly PeriodMarker[]) {
  const bySentence = new Map<number, PeriodMarker[]>()
  for (const m of markers) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m])
  // The frame in force at the start of each sentence.
  const frames: Frame[] = []
  let frame: Frame = { period: null, year: null }
  for (const s of doc.sentences) {
    frames.push(frame)
    frame = advance(frame, s, bySentence.get(s.index) ?? [])
  }
  const counts = new Map<number, number>()
  for (const m of markers)
    if (m.period === null && m.year !== null) counts.set(m.year, (counts.get(m.year) ?? 0) + 1)
  const documentYear = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null

  return (sentence: Sentence, at: number): PeriodContext & { yearFromText: boolean } => {
    const own = bySentence.get(sentence.index) ?? []
    const ownPeriod = nearest(
      own.filter((m) => m.period !== null),
      at,
    )
    const ownYear = nearest(
      own.filter((m) => m.year !== null),
      at,
    )
    const framed = frames[sentence.index] ?? { period: null, year: null }
    const marker = ownPeriod ?? (ownYear ? null : framed.period)
    const period = marker?.period ?? 'year'
    if (period === 'multi_year')
      return { period, periodText: marker?.text ?? null, year: null, yearFromText: true }
    const year = ownYear?.year ?? framed.year ?? documentYear
    return {
      period,
      periodText: period === 'year' ? null : (marker?.text ?? null),
      year,
      yearFromText: year !== null,
    }
  }
}

function advance(frame: Frame, sentence: Sentence, own: readonly PeriodMarker[]): Frame {
  const framing = own.filter((m) => m.framing)
  if (framing.length === 0) return frame
  const withYear = framing.find((m) => m.year !== null)
  const period = framing.find((m) => m.period !== null) ?? null
  if (withYear) return { period, year: withYear.year }
  // "Nhìn lại nhiệm kỳ 2018-2023, …" or "9 tháng đầu năm, …": a new period in the same year.
  if (period) return { period, year: frame.year }
  return frame
}

/** The closest marker before `at`, else the first after it. */
function nearest(list: readonly PeriodMarker[], at: number): PeriodMarker | null {
  let before: PeriodMarker | null = null
  for (const m of list) if (m.start <= at) before = m
  return before ?? list.find((m) => m.start > at) ?? null
}
