// Puts the repositories, the reports built from them and the response cache on the instance.
// The database handle belongs to the caller (server.ts or a test), which also closes it.
import type { Db } from '@ldld/db/client'
import fp from 'fastify-plugin'
import { createRepositories, type Repositories } from '../repositories/index.ts'
import { createReports, type Reports } from '../reports/index.ts'
import { createResponseCache, type ResponseCache } from './response-cache.ts'

declare module 'fastify' {
  interface FastifyInstance {
    repos: Repositories
    reports: Reports
    responseCache: ResponseCache
  }
}

export interface DataPluginOptions {
  db: Db
  /** Decode every cached answer with its contract before sending it (tests, development). */
  checkContracts: boolean
}

export default fp<DataPluginOptions>(
  async (app, { db, checkContracts }) => {
    const repos = createRepositories(db)
    app.decorate('repos', repos)
    app.decorate('reports', createReports(repos))
    app.decorate('responseCache', createResponseCache(repos.dataRevision, { checkContracts }))
  },
  { name: 'data' },
)
