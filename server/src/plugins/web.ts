// Serves the built React app. Vite names files in assets/ by content hash, so they may be cached
// forever; index.html and the rest must be revalidated, or users keep an old build after a deploy.
import { sep } from 'node:path'
import fastifyStatic from '@fastify/static'
import fp from 'fastify-plugin'

export interface WebPluginOptions {
  root: string
}

export default fp<WebPluginOptions>(
  async (app, { root }) => {
    const assets = `${root.replace(/[\\/]+$/, '')}${sep}assets${sep}`
    await app.register(fastifyStatic, {
      root,
      // The build writes .br and .gz beside each text file (web/vite.config.ts): sent as they are,
      // no compression per request; files without them go through @fastify/compress as before.
      preCompressed: true,
      index: false,
      cacheControl: false,
      setHeaders(reply, path) {
        const immutable = path.startsWith(assets)
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      },
    })
    // "/" is a page like the others: drawn on the server by the not-found handler (no index.html).
    app.get('/', (_request, reply) => {
      reply.callNotFound()
    })
  },
  { name: 'web' },
)
