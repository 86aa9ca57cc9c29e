import { sqliteTable, integer, index, primaryKey } from 'drizzle-orm/sqlite-core'
import { organisations } from './organisations.ts'

// A unit that took over the members of others (a 2025 ward union ← parts of old district federations).
// There is no one-to-one successor (domain.md §3), so this is many-to-many; a unit's page links to
// its predecessors. `illustrative` marks links of the demo's invented union list.
export const organisationPredecessors = sqliteTable(
  'organisation_predecessors',
  {
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    predecessorId: integer('predecessor_id')
      .notNull()
      .references(() => organisations.id),
    illustrative: integer('illustrative', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.predecessorId] }),
    index('organisation_predecessors_predecessor_idx').on(t.predecessorId),
  ],
)
