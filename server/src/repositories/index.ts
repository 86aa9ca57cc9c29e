// Every SQL statement of the server lives in this folder; routes only call these functions.
import type { Db } from '@ldld/db/client'
import { bumpDataRevision, createDataRevision, memoByRevision } from './data-revision.ts'
import { createEntryRepository } from './entries.ts'
import { createFigureRepository } from './figures.ts'
import { createHealthRepository } from './health.ts'
import { createHistoryRepository } from './history.ts'
import { createIndicatorRepository } from './indicators.ts'
import { createOrganisationRepository } from './organisations.ts'
import { createReportRepository } from './reports.ts'
import { createSessionRepository } from './sessions.ts'
import { createSettingsRepository } from './settings.ts'
import { createSourceRepository } from './sources.ts'
import { createUnitLinkRepository } from './unit-links.ts'
import { createUserRepository } from './users.ts'

export function createRepositories(db: Db) {
  const dataRevision = createDataRevision(db)
  const settings = createSettingsRepository(db)
  return {
    organisations: createOrganisationRepository(db),
    unitLinks: createUnitLinkRepository(db),
    indicators: createIndicatorRepository(db, dataRevision),
    figures: createFigureRepository(db),
    sources: createSourceRepository(db),
    health: createHealthRepository(db),
    users: createUserRepository(db),
    sessions: createSessionRepository(db),
    settings: { ...settings, publicRead: memoByRevision(dataRevision, settings.publicRead) },
    reports: createReportRepository(db),
    entries: createEntryRepository(db),
    history: createHistoryRepository(db),
    dataRevision,
    /** Runs several reads in one transaction, so a concurrent import cannot be seen half-done. */
    readSnapshot<T>(read: () => T): T {
      return db.$client.transaction(read)()
    },
    /**
     * Runs a write as one transaction: everything commits or, if `write` throws, nothing does.
     * IMMEDIATE takes SQLite's write lock at the start, so a second process cannot slip a commit
     * between our version check and our update. The response cache is dropped after the commit.
     */
    write<T>(write: () => T): T {
      const result = db.$client.transaction(write).immediate()
      bumpDataRevision(db)
      return result
    },
  }
}

export type Repositories = ReturnType<typeof createRepositories>
export { bumpDataRevision } from './data-revision.ts'
export type {
  FigureRow,
  LevelClass,
  LevelPlaces,
  PackedFigures,
  ReportStateRow,
  ScoredFigures,
} from './figures.ts'
export { rowsOfPacks } from './figures.ts'
export {
  toOrganisation,
  validInYear,
  type LevelChildren,
  type OrganisationRow,
  type UnitFields,
} from './organisations.ts'
export type { UnitUsage } from './unit-links.ts'
export type { EntryRow } from './entries.ts'
export type { ReportRow } from './reports.ts'
export type { UserRow } from './users.ts'
