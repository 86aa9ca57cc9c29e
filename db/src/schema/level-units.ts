import { sqliteTable, integer, text, primaryKey } from 'drizzle-orm/sqlite-core'

// How many of a level's children are in each report state in a year (issue 8): per parent, year,
// report status ('none' without a report) and whether the unit entered any figure. Kept by triggers
// (migration 0009) equal to the view `level_unit_states` counted; a unit with neither a report nor an
// entered figure has no row. A level's coverage reads these few rows instead of every child's state.
export const levelUnits = sqliteTable(
  'level_units',
  {
    parentId: integer('parent_id').notNull(),
    year: integer('year').notNull(),
    status: text('status').notNull(),
    entered: integer('entered').notNull(),
    units: integer('units').notNull(),
  },
  (t) => [primaryKey({ columns: [t.parentId, t.year, t.status, t.entered] })],
)
