import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { HISTORY_FIELDS } from '../contracts/enums.ts'
import { organisations } from './organisations.ts'
import { users } from './users.ts'

// Append-only record of every change of a value, target or status. Triggers in the migration refuse
// UPDATE and DELETE, so no code path of the product can rewrite it.
export const history = sqliteTable(
  'history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id').references(() => users.id),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    indicatorKey: text('indicator_key'),
    field: text('field', { enum: HISTORY_FIELDS }).notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    note: text('note'),
  },
  (t) => [index('history_unit_year_idx').on(t.orgId, t.year, t.indicatorKey)],
)
