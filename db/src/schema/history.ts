import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { HISTORY_FIELDS, QUALIFIERS } from '../contracts/enums.ts'
import { PERIODS } from '../contracts/enums.ts'
import { ORIGIN_KINDS } from '../contracts/provenance.ts'
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
    // Where the change came from: the form (and every row before this column), the confirmation of an
    // illustrative value, a spreadsheet cell, or a quote of report text (issue 9).
    origin: text('origin', { enum: ORIGIN_KINDS }).notNull().default('form'),
    originFile: text('origin_file'),
    originSheet: text('origin_sheet'),
    originCell: text('origin_cell'),
    originQuote: text('origin_quote'),
    originPeriod: text('origin_period', { enum: PERIODS }),
    // Changes of an actual: its qualifier before and after ("hơn" = at_least…).
    oldQualifier: text('old_qualifier', { enum: QUALIFIERS }),
    newQualifier: text('new_qualifier', { enum: QUALIFIERS }),
  },
  (t) => [
    index('history_unit_year_idx').on(t.orgId, t.year, t.indicatorKey),
    // Newest-first pages of a whole report walk this index backwards (the rowid is its last column).
    index('history_report_idx').on(t.orgId, t.year),
  ],
)
