import { sqliteTable, integer } from 'drizzle-orm/sqlite-core'
import { figures } from './figures.ts'

// The write side's state of a cell beside its figure: the report version at which each field last
// changed, so a write based on version v conflicts only on a field it changes whose revision is above
// v (issue 7.20: conflicts per cell, not per report). No row = every field at revision 0 (seeded).
export const figureRevisions = sqliteTable('figure_revisions', {
  figureId: integer('figure_id')
    .primaryKey()
    .references(() => figures.id, { onDelete: 'cascade' }),
  actualRev: integer('actual_rev').notNull().default(0),
  targetRev: integer('target_rev').notNull().default(0),
  noteRev: integer('note_rev').notNull().default(0),
  // Whether the target is invented demo data. A row's `figures.illustrative` speaks for its actual
  // (and, with no row here, for its target too); once a person types the actual of a demo row the
  // target stays invented, and this says so.
  targetIllustrative: integer('target_illustrative', { mode: 'boolean' }).notNull(),
})
