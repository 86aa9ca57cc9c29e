// Which indicator a number is, from what was done (the cue) and what was counted (the noun after the
// number, or named before it: "số đoàn viên kết nạp mới là 1.200"). Anything that does not fit is
// no figure at all: "thành lập 15 CĐCS với 800 đoàn viên" yields new_unions and nothing for the 800.
import type { CueClass, NounClass } from './lexicon.ts'

export const INDICATOR_KEYS = [
  'new_unions',
  'new_unions_25plus',
  'new_members',
  'party_referrals',
  'cla_signed',
  'union_fee',
  'dues',
  'welfare_spending',
  'welfare_beneficiaries',
  'unions_total',
  'members_total',
  'workers_total',
] as const
export type IndicatorKey = (typeof INDICATOR_KEYS)[number]

/** Money indicators; the others count people, unions or agreements. */
export const MONEY_INDICATORS: ReadonlySet<string> = new Set(['union_fee', 'dues', 'welfare_spending'])

const UNION_WORDS = /cđcs|công đoàn cơ sở|cđ cơ sở|tổ chức công đoàn|công đoàn/u
const MEMBER_WORDS = /đoàn viên|đv/u
const CLA_WORDS = /thỏa ước|tưlđtt|tư lđtt/u
const WORKER_WORDS = /cnvclđ|công nhân,? viên chức|cnvc/u
const JOINS_UNION = /^\s*(?:vào|gia nhập)(?: tổ chức)? công đoàn/u
const PEOPLE: ReadonlySet<string> = new Set(['member', 'people', 'people_mixed', 'workers'])

export interface Evidence {
  cls: CueClass
  noun: NounClass | 'money'
  /** The words between the cue (and a little before it) and the number. */
  window: string
  /** The words between the cue and the number only. */
  gap: string
  /** The words after the number's noun, up to the end of its clause. */
  after: string
}

/** The indicator, or null when cue and noun do not make one of ours. */
export function indicatorFor({ cls, noun, window, gap, after }: Evidence): IndicatorKey | null {
  const named = noun === 'none' || noun === 'people'
  switch (cls) {
    case 'new_union':
      if (noun === 'union' || (noun === 'none' && UNION_WORDS.test(window))) return 'new_unions'
      return null
    case 'recruit':
      if (noun === 'member' || (named && MEMBER_WORDS.test(window))) return 'new_members'
      // "kết nạp 300 NLĐ vào tổ chức công đoàn"
      if (PEOPLE.has(noun) && JOINS_UNION.test(after)) return 'new_members'
      return null
    case 'refer':
      return noun === 'member' || noun === 'member_elite' || noun === 'people' || noun === 'people_mixed'
        ? 'party_referrals'
        : null
    case 'sign':
      if (noun === 'cla' || ((noun === 'cla_bare' || noun === 'none') && CLA_WORDS.test(window)))
        return 'cla_signed'
      return null
    case 'fee':
      return noun === 'money' ? 'union_fee' : null
    case 'dues':
      return noun === 'money' ? 'dues' : null
    case 'care':
      if (noun === 'money') return 'welfare_spending'
      return PEOPLE.has(noun) ? 'welfare_beneficiaries' : null
    case 'stock':
      return stockFor(noun, gap)
  }
}

function stockFor(noun: NounClass | 'money', window: string): IndicatorKey | null {
  if (noun === 'union') return 'unions_total'
  if (noun === 'member') return 'members_total'
  if (noun === 'workers') return 'workers_total'
  if (noun !== 'none' && noun !== 'people') return null
  // "Tổng số đoàn viên là 21.418 (người)": the thing was named first.
  if (WORKER_WORDS.test(window)) return 'workers_total'
  if (MEMBER_WORDS.test(window)) return 'members_total'
  if (UNION_WORDS.test(window)) return 'unions_total'
  return null
}

/** A percentage alone ("thu kinh phí CĐ đạt 148%") names its indicator by the words before it. */
export function percentIndicatorFor(cls: CueClass, window: string): IndicatorKey | null {
  switch (cls) {
    case 'fee':
      return 'union_fee'
    case 'dues':
      return 'dues'
    case 'new_union':
      return UNION_WORDS.test(window) ? 'new_unions' : null
    case 'recruit':
      return MEMBER_WORDS.test(window) ? 'new_members' : null
    case 'sign':
      return CLA_WORDS.test(window) ? 'cla_signed' : null
    case 'refer':
      return /đảng/u.test(window) ? 'party_referrals' : null
    case 'care':
    case 'stock':
      // Neither has a target: a percentage there is a share or a growth, not an achievement.
      return null
  }
}
