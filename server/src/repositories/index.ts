// Every SQL statement of the server lives in this folder; routes only call these functions.
import type { Db } from '@ldld/db/client'
import { createDataRevision } from './data-revision.ts'
import { createFigureRepository } from './figures.ts'
import { createHealthRepository } from './health.ts'
import { createIndicatorRepository } from './indicators.ts'
import { createOrganisationRepository } from './organisations.ts'
import { createSourceRepository } from './sources.ts'

export function createRepositories(db: Db) {
  return {
    organisations: createOrganisationRepository(db),
    indicators: createIndicatorRepository(db),
    figures: createFigureRepository(db),
    sources: createSourceRepository(db),
    health: createHealthRepository(db),
    dataRevision: createDataRevision(db),
    /** Runs several reads in one transaction, so a concurrent import cannot be seen half-done. */
    readSnapshot<T>(read: () => T): T {
      return db.$client.transaction(read)()
    },
  }
}

export type Repositories = ReturnType<typeof createRepositories>
export { bumpDataRevision } from './data-revision.ts'
export type { FigureRow } from './figures.ts'
export { toOrganisation, type OrganisationRow } from './organisations.ts'
