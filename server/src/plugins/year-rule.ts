// The year rule on the server: the clock, the years a write may name (contracts/year.ts) and the
// guard the write routes run before their handler. The clock is an option so tests can set "today".
import { writableYearIssue, writableYears, yearsOf, type YearRange, type Years } from '@ldld/db/contracts'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { HttpError } from '../errors.ts'

declare module 'fastify' {
  interface FastifyInstance {
    years: {
      now(): Date
      /** Years a write may name today: first year of data … next year. */
      writable(): YearRange
      /** The /api/years answer. */
      summary(): Years
    }
  }
}

export interface YearRulePluginOptions {
  /** "Now"; tests pass a fixed date. */
  now: () => Date
}

export default fp<YearRulePluginOptions>(
  async (app, { now }) => {
    const writable = () => writableYears(app.repos.figures.firstDataYear(), now())
    app.decorate('years', {
      now,
      writable,
      summary: () => yearsOf(app.repos.figures.yearDetails(), writable(), now()),
    })
  },
  { name: 'year-rule', dependencies: ['data'] },
)

/**
 * The preHandler of every write naming a year in its path: a year outside the writable range is a
 * 400 with the year rule's Vietnamese message, before anything is read or stored.
 */
export function requireWritableYear(app: FastifyInstance) {
  return async (request: FastifyRequest) => {
    const year = (request.params as { year?: unknown } | undefined)?.year
    if (typeof year !== 'number') return
    const issue = writableYearIssue(year, app.years.writable())
    if (issue) throw new HttpError(400, 'invalid_request', issue, [{ path: 'year', message: issue }])
  }
}
