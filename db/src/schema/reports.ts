import { sqliteTable, integer, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { REPORT_STATUSES } from '../contracts/enums.ts'
import { organisations } from './organisations.ts'
import { users } from './users.ts'

// One report per unit and year. `version` grows with every change of any of its values, targets or
// its status, so a save based on an older version is detected (409) instead of overwriting.
export const reports = sqliteTable(
  'reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orgId: integer('org_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('draft'),
    version: integer('version').notNull().default(0),
    reason: text('reason'),
    updatedAt: text('updated_at').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [uniqueIndex('reports_unit_year_uq').on(t.orgId, t.year)],
)
