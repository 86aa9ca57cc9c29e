import type { FastifyRequest } from 'fastify'
import type { AuthUser } from '../auth/service.ts'
import { unauthenticated } from '../errors.ts'

/** The caller of a route the auth hook already restricted to signed-in users. */
export function signedIn(request: FastifyRequest): AuthUser {
  if (!request.user) throw unauthenticated()
  return request.user
}
