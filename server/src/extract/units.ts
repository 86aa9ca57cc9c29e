// Which federation a figure belongs to: "LĐLĐ quận Hoàng Mai", "Liên đoàn Lao động (LĐLĐ) huyện
// Thanh Trì", "Quận Hoàng Mai: …", "LĐLĐ TP Hà Nội". The city is named in every district story as the
// body that assigns and praises ("Bằng khen của LĐLĐ thành phố"), so it counts only when it opens a
// sentence; a district counts unless it is a partner or a place ("phối hợp với…", "tại quận…").
import type { AdminType, OrgKind } from '@ldld/db/contracts'
import { fold, inside, sentenceAt, type Doc, type Sentence } from './text.ts'

export interface ExtractUnit {
  code: string
  name: string
  kind: OrgKind
  adminType: AdminType | null
}

export interface UnitMention {
  start: number
  end: number
  sentence: number
  /** null: a federation outside the list ("LĐLĐ tỉnh Long An", "Công đoàn ngành Y tế"). */
  code: string | null
  text: string
  /** A district, ward or commune: it names the subject unless a preposition says otherwise. */
  strong: boolean
}

const KIND_WORD: Record<AdminType, string> = {
  quan: 'quận',
  huyen: 'huyện',
  thi_xa: 'thị xã',
  phuong: 'phường',
  xa: 'xã',
}
const BODY = '(?:lđlđ|liên đoàn lao động|công đoàn|cđ)(?:\\s*\\(lđlđ\\))?'
const EDGE = '(?![\\p{L}\\p{N}])'
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// A partner or a place ("phối hợp với …", "tại quận …"); "của", "cho" do not exclude: "báo cáo của LĐLĐ
// quận X", "giao chỉ tiêu cho LĐLĐ quận X" name the unit whose figures follow.
const PARTNER_BEFORE = /(?:với|cùng|tại|ở|thuộc|giữa|trên địa bàn|địa bàn)\s*$/u
const OPENING_WORDS = 6

interface Pattern {
  re: RegExp
  /** The unit a match names, from the words matched. */
  unit: (m: RegExpMatchArray) => ExtractUnit | null
  /** "LĐLĐ TP" is Hà Nội's only when no capitalised name follows ("LĐLĐ TP Đà Nẵng" is not). */
  bare?: boolean
}

const alternation = (names: readonly string[]) =>
  [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')
const nameOf = (u: ExtractUnit) => fold(u.name.normalize('NFC'))

/** A few patterns for the whole list (one pass over the text each), most specific first. */
function patternsFor(units: readonly ExtractUnit[]): Pattern[] {
  const local = units.filter((u) => u.kind !== 'city')
  const cities = units.filter((u) => u.kind === 'city')
  const byKindName = new Map(
    local.flatMap((u) => (u.adminType ? [[`${KIND_WORD[u.adminType]} ${nameOf(u)}`, u]] : [])),
  )
  const byName = new Map<string, ExtractUnit | null>()
  // A name two units share ("Hai Bà Trưng": the district and the 2025 ward) needs its kind word.
  for (const u of local) byName.set(nameOf(u), byName.has(nameOf(u)) ? null : u)
  const kinds = alternation(Object.values(KIND_WORD))
  const patterns: Pattern[] = []
  if (local.length > 0) {
    patterns.push({
      re: new RegExp(`(?:${BODY}\\s+)?(${kinds})\\s+(${alternation(local.map(nameOf))})${EDGE}`, 'gu'),
      unit: (m) => byKindName.get(`${m[1] ?? ''} ${m[2] ?? ''}`) ?? null,
    })
    patterns.push({
      re: new RegExp(
        `(?:lđlđ|liên đoàn lao động)(?:\\s*\\(lđlđ\\))?\\s+(${alternation(local.map(nameOf))})${EDGE}`,
        'gu',
      ),
      unit: (m) => byName.get(m[1] ?? '') ?? null,
    })
  }
  for (const city of cities) {
    patterns.push({
      re: new RegExp(`${BODY}\\s+(?:(?:thành phố|tp\\.?)\\s+)?${escape(nameOf(city))}${EDGE}`, 'gu'),
      unit: () => city,
    })
    patterns.push({
      re: new RegExp(`(?:lđlđ|liên đoàn lao động)(?:\\s*\\(lđlđ\\))?\\s+(?:thành phố|tp)${EDGE}`, 'gu'),
      unit: () => city,
      bare: true,
    })
  }
  return patterns
}

const isLocal = (u: ExtractUnit) => u.kind === 'district' || u.kind === 'ward' || u.kind === 'commune'

// Another province's federation or a sector union: figures after it are not any listed unit's.
const UNKNOWN =
  /(?<!tổng\s)(?:lđlđ|liên đoàn lao động)(?:\s*\(lđlđ\))?\s+(?:(?:tỉnh|thành phố|tp\.?|quận|huyện|thị xã)\s+)?|công đoàn (?:ngành|viên chức|các khu công nghiệp)(?![\p{L}])/gu

/** Length of the run of capitalised words at the start of `s` ("Long An", "Đà Nẵng"). */
function capitalisedRun(s: string): number {
  const m = /^(?:\p{Lu}[\p{L}]*(?:[ \t]+|$))+/u.exec(s)
  return m ? m[0].trimEnd().length : 0
}

export function findUnitMentions(doc: Doc, units: readonly ExtractUnit[]): UnitMention[] {
  const found: UnitMention[] = []
  const taken = (a: number, b: number) => found.some((m) => a < m.end && b > m.start)
  for (const p of patternsFor(units)) {
    for (const m of doc.folded.matchAll(p.re)) {
      const end = m.index + m[0].length
      const next = doc.text.slice(end, end + 40).replace(/^\.?[ \t]+/, '')
      if (p.bare && capitalisedRun(next) > 0) continue
      const unit = p.unit(m)
      if (unit) add(m.index, end, unit.code, isLocal(unit))
    }
  }
  for (const m of doc.folded.matchAll(UNKNOWN)) {
    const end = m.index + m[0].length
    const sector = m[0].startsWith('công đoàn')
    const name = sector ? 0 : capitalisedRun(doc.text.slice(end, end + 60))
    if (!sector && name === 0) continue
    if (/việt nam/.test(doc.folded.slice(end, end + name))) continue
    add(m.index, end + name, null, false)
  }
  return found.sort((a, b) => a.start - b.start)

  function add(start: number, end: number, code: string | null, strong: boolean) {
    if (taken(start, end) || inside(doc.names, start)) return
    const sentence = sentenceAt(doc, start)
    if (!sentence) return
    found.push({ start, end, sentence: sentence.index, code, strong, text: doc.text.slice(start, end) })
  }
}

/** Mentions that say whose figures follow, by sentence. */
function subjects(doc: Doc, mentions: readonly UnitMention[], sentence: Sentence): UnitMention[] {
  return mentions.filter((m) => {
    if (m.sentence !== sentence.index) return false
    const before = doc.folded.slice(sentence.start, m.start)
    // "Tại LĐLĐ quận Long Biên, …" opening the sentence names the federation; "Tại quận Cầu Giấy" a place.
    const federation = /^(?:lđlđ|liên đoàn|công đoàn|cđ)/u.test(doc.folded.slice(m.start, m.end))
    const first = before.trim().split(/\s+/).length <= 1
    if (m.strong) return !PARTNER_BEFORE.test(before) || (first && federation)
    const opening = before.trim() === '' ? 0 : before.trim().split(/\s+/).length
    const afterComma = /,\s*$/.test(before) && opening <= OPENING_WORDS * 2
    return sentence.heading || opening <= OPENING_WORDS || afterComma
  })
}

export interface UnitContext {
  /** The unit's code; null with `mention` set: a federation outside the list. */
  code: string | null
  mention: string | null
  fromText: boolean
}

export function createUnitResolver(doc: Doc, mentions: readonly UnitMention[]) {
  const frames: Array<UnitMention | null> = []
  const own = doc.sentences.map((s) => subjects(doc, mentions, s))
  let current: UnitMention | null = null
  for (const s of doc.sentences) {
    frames.push(current)
    const here = own[s.index] ?? []
    current = here.find((m) => m.strong) ?? here[0] ?? current
  }
  // A figure before any unit is named belongs to the unit the text names first as a subject.
  const all = own.flat()
  const first = all.find((m) => m.strong && m.code !== null) ?? all.find((m) => m.code !== null) ?? null

  return (sentence: Sentence, at: number, requested: string | null): UnitContext => {
    const here = own[sentence.index] ?? []
    const before = here.filter((m) => m.start <= at)
    // The nearest before the figure: "LĐLĐ quận Ba Đình kết nạp 1.200 …, LĐLĐ quận Đống Đa kết nạp 900 …".
    const pick =
      before.findLast((m) => m.strong) ??
      before.at(-1) ??
      here.find((m) => m.strong) ??
      frames[sentence.index]
    if (pick) return { code: pick.code, mention: pick.text, fromText: true }
    if (requested !== null || !first) return { code: requested, mention: null, fromText: false }
    return { code: first.code, mention: first.text, fromText: true }
  }
}
