// Builds the Fastify instance; server.ts listens, tests call app.inject(). Nothing here reads the
// environment or opens files other than the optional web build.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import compress from '@fastify/compress'
import type { Db } from '@ldld/db/client'
import Fastify, { type FastifyServerOptions } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import './validation.ts'
import { createPasswordHasher, type PasswordCost } from './auth/password.ts'
import { httpServerOptions, type HttpTimeouts } from './http-limits.ts'
import { loadPageRenderer } from './page-renderer.ts'
import auth from './plugins/auth.ts'
import data from './plugins/data.ts'
import { RequestLog } from './plugins/request-log.ts'
import errors, { handleClientError, handleFrameworkError } from './plugins/errors.ts'
import multipart from './plugins/multipart.ts'
import security from './plugins/security.ts'
import swagger from './plugins/swagger.ts'
import web from './plugins/web.ts'
import yearRule from './plugins/year-rule.ts'
import authRoutes from './routes/auth.ts'
import dashboardRoutes from './routes/dashboard.ts'
import extractRoutes from './routes/extract.ts'
import healthRoutes from './routes/health.ts'
import importRoutes, { templateRoutes } from './routes/imports.ts'
import indicatorRoutes from './routes/indicators.ts'
import organisationRoutes from './routes/organisations.ts'
import reportListRoutes from './routes/report-list.ts'
import reportRoutes from './routes/reports.ts'
import settingsRoutes from './routes/settings.ts'
import targetRoutes from './routes/targets.ts'
import unitImportRoutes from './routes/unit-import.ts'
import userRoutes from './routes/users.ts'
import yearsRoutes from './routes/years.ts'
import { fastifyTrustProxy, type TrustProxy } from './trust-proxy.ts'

export interface BuildAppOptions {
  db: Db
  /** Folder of the built web app (web/dist); served with an SPA fallback when it holds index.html. */
  webDist?: string | undefined
  logger?: FastifyServerOptions['logger']
  /** Behind a reverse proxy: which hops may give the client address and https (X-Forwarded-*). */
  trustProxy?: TrustProxy
  /** Shorter timeouts for the slow-client test; production uses HTTP_TIMEOUTS. */
  timeouts?: Partial<HttpTimeouts>
  /**
   * TESTS ONLY: a cheaper argon2id cost for passwords hashed by this app. Production never passes it
   * (server.ts does not), so real accounts get the library's default cost.
   */
  passwordCostForTests?: PasswordCost
  /**
   * Decode every cached answer (dashboard, ranking, series…) with its contract before sending it, and
   * refuse keys the contract does not name. On by default (tests, development); the production server
   * turns it off (`CHECK_CONTRACTS`, default false): a national dashboard costs 12–20 ms to check.
   */
  checkContracts?: boolean
  /**
   * Draw the web app's pages on the server (HTML with the figures, taken over by the browser) when
   * the build has its server entry (web/dist-server). On by default; off serves the plain app.
   */
  renderPages?: boolean
  /** "Now" for the year rule (which years may be written, the current year); tests pass a fixed date. */
  now?: () => Date
}

export async function buildApp({
  db,
  webDist,
  logger = false,
  trustProxy = false,
  timeouts,
  passwordCostForTests,
  now = () => new Date(),
  checkContracts = true,
  renderPages = true,
}: BuildAppOptions) {
  const app = Fastify({
    logger,
    trustProxy: fastifyTrustProxy(trustProxy),
    ...httpServerOptions(timeouts),
    clientErrorHandler: handleClientError,
    logController: new RequestLog(),
    frameworkErrors: handleFrameworkError,
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  const serveWeb = webDist !== undefined && existsSync(join(webDist, 'index.html'))
  // The built app's pages are drawn on the server when the build has its server entry.
  const renderPage = serveWeb && renderPages ? await loadPageRenderer(webDist) : undefined
  await app.register(errors, { spaFallback: serveWeb, renderPage })
  await app.register(security)
  await app.register(compress)
  await app.register(swagger)
  await app.register(data, { db, checkContracts })
  await app.register(yearRule, { now })
  await app.register(auth, { hasher: createPasswordHasher(passwordCostForTests) })
  await app.register(multipart)
  if (serveWeb) await app.register(web, { root: webDist })

  await app.register(healthRoutes, { prefix: '/api/health' })
  await app.register(authRoutes, { prefix: '/api/auth' })
  await app.register(organisationRoutes, { prefix: '/api/organisations' })
  await app.register(unitImportRoutes, { prefix: '/api/organisations' })
  await app.register(indicatorRoutes, { prefix: '/api/indicators' })
  await app.register(yearsRoutes, { prefix: '/api/years' })
  await app.register(dashboardRoutes, { prefix: '/api/dashboard' })
  // The write side: reports per unit × year, the city's target grid, administration.
  await app.register(reportRoutes, { prefix: '/api/organisations' })
  await app.register(reportListRoutes, { prefix: '/api/reports' })
  await app.register(targetRoutes, { prefix: '/api/targets' })
  await app.register(userRoutes, { prefix: '/api/users' })
  await app.register(settingsRoutes, { prefix: '/api/settings' })
  await app.register(extractRoutes, { prefix: '/api/extract' })
  await app.register(importRoutes, { prefix: '/api/imports' })
  await app.register(templateRoutes, { prefix: '/api/templates' })
  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
export { bumpDataRevision } from './repositories/index.ts'
export type { TrustProxy } from './trust-proxy.ts'
