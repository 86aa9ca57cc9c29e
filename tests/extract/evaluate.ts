// Scores the extractor on the development set: field accuracy, recall and the count of false values
// (a proposed number that is wrong, belongs to another indicator, should not exist, or offers a
// multi-year total as one year's value). Shared by `pnpm eval:extract`, `pnpm bench` and a unit test.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PERIODS, QUALIFIERS, type Proposal } from '@ldld/db/contracts'

const root = fileURLToPath(new URL('../..', import.meta.url))

interface ExpectedInput {
  indicator: string
  actual: number | null
  target?: number | null
  targetDerived?: boolean
  statedPercent?: number | null
  qualifier?: (typeof QUALIFIERS)[number]
  period?: (typeof PERIODS)[number]
  unit?: string | null
  year?: number | null
}

interface CaseInput {
  id: string
  /** The text, or a file of the repository holding it (the whole source articles). */
  text?: string
  file?: string
  /** What the user chose on the page; the text may name others. */
  unit?: string
  year?: number
  /** Which rule or trap the case is about. */
  rule?: string
  note?: string
  expected: ExpectedInput[]
}
export type DevCase = CaseInput & { group: string }

const CASE_KEYS = new Set(['id', 'text', 'file', 'unit', 'year', 'rule', 'note', 'expected'])
const EXPECTED_KEYS = new Set([
  'indicator',
  'actual',
  'target',
  'targetDerived',
  'statedPercent',
  'qualifier',
  'period',
  'unit',
  'year',
])

/** A typo in a data file must fail loudly, not score as a miss. */
function checkCase(raw: unknown, where: string): CaseInput {
  const c = raw as CaseInput
  const bad = (why: string) => new Error(`${where}: ${why}`)
  if (typeof c !== 'object' || c === null || typeof c.id !== 'string') throw bad('case without id')
  for (const k of Object.keys(c)) if (!CASE_KEYS.has(k)) throw bad(`${c.id}: unknown key ${k}`)
  if (typeof c.text !== 'string' && typeof c.file !== 'string') throw bad(`${c.id}: no text`)
  if (!Array.isArray(c.expected)) throw bad(`${c.id}: no expected list`)
  for (const e of c.expected) {
    for (const k of Object.keys(e)) if (!EXPECTED_KEYS.has(k)) throw bad(`${c.id}: unknown key ${k}`)
    if (typeof e.indicator !== 'string' || !('actual' in e))
      throw bad(`${c.id}: expected needs indicator and actual`)
    if (e.qualifier !== undefined && !QUALIFIERS.includes(e.qualifier))
      throw bad(`${c.id}: qualifier ${e.qualifier}`)
    if (e.period !== undefined && !PERIODS.includes(e.period)) throw bad(`${c.id}: period ${e.period}`)
  }
  return c
}

export const DEV_SET_FILES = [
  'sources-sentences.json',
  'articles.json',
  'rules.json',
  'traps.json',
  'reports.json',
] as const
export const FIELDS = [
  'indicator',
  'actual',
  'target',
  'statedPercent',
  'qualifier',
  'period',
  'unit',
  'year',
] as const
type Field = (typeof FIELDS)[number]
type Expected = Record<Field, string | number | null>

export function loadDevSet(): DevCase[] {
  return DEV_SET_FILES.flatMap((name) => {
    const raw: unknown = JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8'))
    if (!Array.isArray(raw)) throw new Error(`${name}: not a list of cases`)
    return raw.map((c) => ({ ...checkCase(c, name), group: name.replace('.json', '') }))
  })
}

export function caseText(c: DevCase): string {
  if (c.text !== undefined) return c.text
  if (c.file !== undefined) return readFileSync(`${root}${c.file}`, 'utf8')
  throw new Error(`case ${c.id} has neither text nor file`)
}

function resolve(c: DevCase, e: ExpectedInput): Expected {
  const period = e.period ?? 'year'
  return {
    indicator: e.indicator,
    actual: e.actual,
    target: e.target ?? null,
    statedPercent: e.statedPercent ?? null,
    qualifier: e.qualifier ?? 'exact',
    period,
    unit: e.unit !== undefined ? e.unit : (c.unit ?? null),
    year: period === 'multi_year' ? null : e.year !== undefined ? e.year : (c.year ?? null),
  }
}

const same = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 0.005 : a === b

function score(e: Expected, p: Proposal): number {
  const values = (['actual', 'target', 'statedPercent'] as const).filter(
    (f) => e[f] !== null && same(e[f], p[f]),
  )
  if (p.indicator !== e.indicator && values.length === 0) return 0
  return (p.indicator === e.indicator ? 4 : 0) + values.length
}

export interface CaseResult {
  id: string
  group: string
  expected: Expected[]
  proposals: Proposal[]
  pairs: Array<[Expected, Proposal]>
  missed: Expected[]
  falseValues: Array<{ proposal: Proposal; field: string; why: string }>
  fieldHits: Record<Field, number>
}

/** Best pairs first: the same indicator and the most equal values. */
function match(expected: Expected[], proposals: Proposal[]): Array<[Expected, Proposal]> {
  const candidates: Array<[number, Expected, Proposal]> = []
  for (const e of expected) for (const p of proposals) candidates.push([score(e, p), e, p])
  candidates.sort((a, b) => b[0] - a[0])
  const pairs: Array<[Expected, Proposal]> = []
  const usedE = new Set<Expected>()
  const usedP = new Set<Proposal>()
  for (const [s, e, p] of candidates) {
    if (s === 0 || usedE.has(e) || usedP.has(p)) continue
    usedE.add(e)
    usedP.add(p)
    pairs.push([e, p])
  }
  return pairs
}

export function scoreCase(c: DevCase, proposals: Proposal[]): CaseResult {
  const expected = c.expected.map((e) => resolve(c, e))
  const pairs = match(expected, proposals)
  const fieldHits = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>
  const falseValues: CaseResult['falseValues'] = []
  for (const [e, p] of pairs) {
    for (const f of FIELDS) if (same(e[f], p[f])) fieldHits[f] += 1
    for (const f of ['actual', 'target', 'statedPercent'] as const) {
      if (p[f] === null) continue
      if (p.indicator !== e.indicator)
        falseValues.push({ proposal: p, field: f, why: `chỉ tiêu ${e.indicator}` })
      else if (!same(e[f], p[f])) falseValues.push({ proposal: p, field: f, why: `cần ${String(e[f])}` })
      else if (f === 'actual' && e.period === 'multi_year' && p.period !== 'multi_year')
        falseValues.push({ proposal: p, field: f, why: 'số nhiều năm đưa ra như số một năm' })
    }
  }
  const paired = new Set(pairs.map(([, p]) => p))
  for (const p of proposals) {
    if (paired.has(p)) continue
    for (const f of ['actual', 'target', 'statedPercent'] as const)
      if (p[f] !== null) falseValues.push({ proposal: p, field: f, why: 'không có trong văn bản' })
  }
  const pairedE = new Set(pairs.map(([e]) => e))
  return {
    id: c.id,
    group: c.group,
    expected,
    proposals,
    pairs,
    missed: expected.filter((e) => !pairedE.has(e)),
    falseValues,
    fieldHits,
  }
}

export interface Summary {
  cases: number
  expected: number
  proposals: number
  recall: number
  fieldAccuracy: Record<Field, number>
  falseValues: number
  results: CaseResult[]
}

export function summarise(results: CaseResult[]): Summary {
  const expected = results.reduce((n, r) => n + r.expected.length, 0)
  const matched = results.reduce(
    (n, r) => n + r.pairs.filter(([e, p]) => e.indicator === p.indicator).length,
    0,
  )
  const fieldAccuracy = Object.fromEntries(
    FIELDS.map((f) => [f, expected === 0 ? 1 : results.reduce((n, r) => n + r.fieldHits[f], 0) / expected]),
  ) as Record<Field, number>
  return {
    cases: results.length,
    expected,
    proposals: results.reduce((n, r) => n + r.proposals.length, 0),
    recall: expected === 0 ? 1 : matched / expected,
    fieldAccuracy,
    falseValues: results.reduce((n, r) => n + r.falseValues.length, 0),
    results,
  }
}
