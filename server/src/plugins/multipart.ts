// File uploads (multipart/form-data) for the admin's imports: the unit list and bulk accounts.
// Registered once; a second registration (another import route registering it for itself) is a
// no-op instead of a "content type parser already present" crash. Routes pass their own limits to
// request.parts()/request.file(); these defaults only keep a stray upload small.
import multipart from '@fastify/multipart'
import fp from 'fastify-plugin'

export const UPLOAD_DEFAULT_LIMITS = { fileSize: 2 * 1024 * 1024, files: 1, fields: 10, parts: 12 }

export default fp(
  async (app) => {
    if (app.hasContentTypeParser('multipart/form-data')) return
    await app.register(multipart, { limits: UPLOAD_DEFAULT_LIMITS, throwFileSizeLimit: true })
  },
  { name: 'ldld-multipart' },
)
