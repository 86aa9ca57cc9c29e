// Ranges a one-year figure of one federation normally falls in, from the figures of domain.md §5 and
// the city's scale (9.360 CĐCS, 700.000 members in 2023). Outside them a figure is still proposed,
// with a warning: "120" members recruited by the whole city is a misreading or a typo, not a result.
export type Scope = 'city' | 'local'

type Range = readonly [min: number, max: number]

const RANGES: Record<string, Record<Scope, Range>> = {
  new_unions: { local: [1, 300], city: [50, 5_000] },
  new_unions_25plus: { local: [1, 150], city: [10, 2_000] },
  new_members: { local: [20, 30_000], city: [2_000, 300_000] },
  party_referrals: { local: [1, 3_000], city: [100, 60_000] },
  cla_signed: { local: [1, 2_000], city: [20, 20_000] },
  union_fee: { local: [50e6, 500e9], city: [10e9, 5_000e9] },
  dues: { local: [5e6, 100e9], city: [1e9, 1_000e9] },
  welfare_spending: { local: [1e6, 500e9], city: [100e6, 5_000e9] },
  welfare_beneficiaries: { local: [5, 1_000_000], city: [100, 5_000_000] },
  unions_total: { local: [10, 5_000], city: [1_000, 30_000] },
  members_total: { local: [300, 500_000], city: [50_000, 3_000_000] },
  workers_total: { local: [300, 1_000_000], city: [100_000, 5_000_000] },
}

/**
 * Whether `value` is implausible for the indicator at that scope. A part of a year may be small,
 * so only the upper bound applies to it; several years together are not checked.
 */
export function implausible(indicator: string, scope: Scope, value: number, partYear: boolean): boolean {
  const range = RANGES[indicator]?.[scope]
  if (!range) return false
  const [min, max] = range
  return value > max || (!partYear && value < min)
}
