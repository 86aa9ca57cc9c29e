import { sql } from 'drizzle-orm'
import { sqliteTable, integer, text, primaryKey, index } from 'drizzle-orm/sqlite-core'

// A unit's figures of one year, packed into one JSON text (issue 8: a cold dashboard reads a row per
// unit and year instead of a row per figure). Triggers on figures (migration 0010) keep each row equal
// to the view `figure_pack_rows` for its unit and year, in the same transaction as every write; a
// unit-year without figures has no row. `entered`: the unit entered an amount or a stated % that year.
// The text's layout is described in db/src/figure-packs.ts (`unpackFigures` reads it).
export const figurePacks = sqliteTable(
  'figure_packs',
  {
    orgId: integer('org_id').notNull(),
    year: integer('year').notNull(),
    entered: integer('entered').notNull(),
    figures: text('figures').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.year] }),
    // Which units entered anything in two years, for a ranking of a large level (every child): one
    // pass over this index, without a search per child or the packs' texts (issue 8).
    index('figure_packs_entered_idx')
      .on(t.year, t.orgId)
      .where(sql`${t.entered} = 1`),
  ],
)
