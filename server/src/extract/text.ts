// The text as the rules read it: a folded copy of the same length as the original (lower case,
// one spelling of each letter), cut into paragraphs and sentences, with the short quoted names
// ("“Gian hàng lưu động 0 đồng”") marked so nothing inside them is read as a figure.

export interface Span {
  start: number
  end: number
}

export interface Sentence extends Span {
  index: number
  paragraph: number
  /** A line without closing punctuation: a title or a teaser heading. */
  heading: boolean
}

export interface Doc {
  /** The text in NFC: every offset indexes this string. */
  text: string
  /** Same length as `text`: lower case, "Ð" → "đ", old tone placement ("hoà") → new ("hòa"). */
  folded: string
  sentences: Sentence[]
  /** Short quoted names and titles: not statements, so not read. */
  names: Span[]
}

// Old-style tone placement on a final "oa", "oe", "uy" ("hoà", "thoả", "uỷ") → the mark on the first
// vowel ("hòa", "thỏa", "ủy"), the form the rules are written in. Both are correct Vietnamese.
const TONE_MOVES: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
}
const TONE_PAIR = /(?<!q)(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)(?![\p{L}])/gu

const ODD_SPACE = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/gu

export function fold(text: string): string {
  // toLowerCase keeps the length of Vietnamese text; a character it would lengthen ("İ") stays as is.
  let lower = text.toLowerCase()
  if (lower.length !== text.length)
    lower = Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('')
  return lower
    .replace(/ð/gu, 'đ')
    .replace(ODD_SPACE, ' ')
    .replace(TONE_PAIR, (pair) => TONE_MOVES[pair] ?? pair)
}

const SENTENCE_END = /[.!?…]+["”’)]?\s+(?=[\p{Lu}\d“"(])|\s\|\s*|\|$/gu
const CLOSING = /[.!?…:;|"”)]\s*$/u

function sentencesOf(text: string, start: number, end: number, paragraph: number, into: Sentence[]) {
  const line = text.slice(start, end)
  const heading = !CLOSING.test(line) && line.trim().split(/\s+/).length <= 25
  let from = 0
  SENTENCE_END.lastIndex = 0
  for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
    const cut = m.index + m[0].length
    push(from, cut)
    from = cut
  }
  push(from, line.length)

  function push(a: number, b: number) {
    const piece = line.slice(a, b)
    const lead = piece.length - piece.trimStart().length
    const trail = piece.length - piece.trimEnd().length
    if (piece.trim() === '') return
    into.push({ index: into.length, paragraph, heading, start: start + a + lead, end: start + b - trail })
  }
}

const QUOTE_PAIRS = /“[^”\n]{1,200}”|"[^"\n]{1,200}"/g
const NAME_MAX_WORDS = 14

/** Quoted spans that name something (a programme, a slogan, a title) rather than report speech. */
function quotedNames(text: string): Span[] {
  const names: Span[] = []
  for (const m of text.matchAll(QUOTE_PAIRS)) {
    const inner = m[0].slice(1, -1).trim()
    const words = inner.split(/\s+/).length
    if (words <= NAME_MAX_WORDS && !/[.!?]$/.test(inner))
      names.push({ start: m.index, end: m.index + m[0].length })
  }
  return names
}

export function readDoc(raw: string): Doc {
  const text = raw.normalize('NFC')
  const sentences: Sentence[] = []
  let paragraph = 0
  let at = 0
  for (const line of text.split('\n')) {
    const end = at + line.length
    if (line.trim() !== '') {
      sentencesOf(text, at, end, paragraph, sentences)
      paragraph += 1
    }
    at = end + 1
  }
  return { text, folded: fold(text), sentences, names: quotedNames(text) }
}

export function inside(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end)
}

/** Words in a stretch of text, for "how far" rules. */
export function wordCount(s: string): number {
  const t = s.trim()
  return t === '' ? 0 : t.split(/[\s,;:()]+/).filter(Boolean).length
}

/** The sentence holding offset `at` (binary search: sentences are in text order). */
export function sentenceAt(doc: Doc, at: number): Sentence | null {
  let lo = 0
  let hi = doc.sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = doc.sentences[mid]
    if (!s) return null
    if (at < s.start) hi = mid - 1
    else if (at >= s.end) lo = mid + 1
    else return s
  }
  return null
}
