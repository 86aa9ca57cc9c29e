import { sql } from 'drizzle-orm'
import { sqliteTable, integer, text, real, uniqueIndex, index } from 'drizzle-orm/sqlite-core'
import { PERIODS, QUALIFIERS } from '../contracts/enums.ts'
import { organisations } from './organisations.ts'
import { indicators } from './indicators.ts'
import { sources } from './sources.ts'

// One cell: unit × indicator × year. Actual and target may each be missing. Money is whole đồng
// (an INTEGER holds 9·10^18, far beyond any federation budget).
export const figures = sqliteTable(
  'figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    indicatorKey: text('indicator_key')
      .notNull()
      .references(() => indicators.key),
    year: integer('year').notNull(),
    actual: integer('actual'),
    actualQualifier: text('actual_qualifier', { enum: QUALIFIERS }).notNull().default('exact'),
    target: integer('target'),
    // A target worked back from a stated percentage ("đạt 145% chỉ tiêu") is derived, not quoted.
    targetDerived: integer('target_derived', { mode: 'boolean' }).notNull().default(false),
    // The percentage a source printed when it gives no amounts ("thu kinh phí CĐ đạt 148%").
    statedPercent: real('stated_percent'),
    note: text('note'),
    // `part_year` when the figure covers part of the year by the source's own cut-off ("hơn một tháng
    // nữa mới sang năm mới": to about late November), with `timing` saying so in words.
    period: text('period', { enum: PERIODS }).notNull().default('year'),
    timing: text('timing'),
    illustrative: integer('illustrative', { mode: 'boolean' }).notNull().default(false),
    sourceId: integer('source_id').references(() => sources.id),
    quote: text('quote'),
    updatedAt: text('updated_at').notNull(),
    // Who saved the value last (null for seed rows); the full trail is in `history`.
    updatedBy: integer('updated_by'),
  },
  (t) => [
    uniqueIndex('figures_cell_uq').on(t.orgId, t.indicatorKey, t.year),
    index('figures_year_idx').on(t.year, t.indicatorKey),
    // A level's dashboard reads its children's figures of two years: by unit, then year.
    index('figures_org_year_idx').on(t.orgId, t.year),
    // Whether a unit entered anything in a year ("has reported"): one probe of this index per child
    // and year, without reading the figures (issue 8: 3.321 children of one parent).
    index('figures_entered_idx')
      .on(t.orgId, t.year)
      .where(sql`${t.actual} IS NOT NULL OR ${t.statedPercent} IS NOT NULL`),
    // A ranking of a large level scores every child on one indicator: this index holds what scoring
    // reads, by indicator and year, so those figures come in one pass over the index instead of a
    // search and a table read per child and year (issue 8: 3.321 children, 16 → 4–6 ms).
    index('figures_ranking_idx').on(
      t.indicatorKey,
      t.year,
      t.orgId,
      t.actual,
      t.actualQualifier,
      t.target,
      t.targetDerived,
      t.statedPercent,
      t.illustrative,
      t.sourceId,
      t.period,
    ),
  ],
)
