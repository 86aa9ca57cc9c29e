import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

// Every text file of the build is also written as .br and .gz at the highest level, once: the server
// sends them as they are (@fastify/static preCompressed) instead of compressing each request on its
// CPU (issue 10 item 7).
function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'ldld-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : join(config.root, config.build.outDir)
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name)
          return statSync(path).isDirectory() ? walk(path) : [path]
        })
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|txt)$/.test(file)) continue
        const body = readFileSync(file)
        if (body.length < 1024) continue
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
        )
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }))
      }
    },
  }
}

const CONTRACTS = /[\\/]db[\\/]src[\\/]contracts[\\/]/
/** The contracts that mostly build request and response schemas. */
const CONTRACT_SCHEMAS =
  /[\\/]db[\\/]src[\\/]contracts[\\/](api|year|auth|entry-year|permissions|admin|entry|targets|imports)\.ts$/

// In development the API runs on :3000; the built app is served by the API server itself.
export default defineConfig({
  plugins: [react(), precompress()],
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // What the first paint needs in six files, not a dozen one-kilobyte shared chunks that would
        // each cost a round trip on a slow phone line; six so that web/public/boot.js can run them
        // one task each (a single 470 KB chunk was one ~350 ms task on a slow phone: issue 10 item 7).
        // Each group takes only what the first paint needs ('$initial'); a route's code stays lazy.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              tags: ['$initial'],
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 40,
            },
            { name: 'zod', tags: ['$initial'], test: /node_modules[\\/]zod[\\/]/, priority: 30 },
            {
              name: 'router',
              tags: ['$initial'],
              test: /node_modules[\\/](react-router|@tanstack)[\\/]/,
              priority: 20,
            },
            // The contracts in two: their rules and words first, then the API's schemas (building
            // zod schemas is most of what evaluating them costs: ~100 ms on a slow phone).
            {
              name: 'contracts',
              tags: ['$initial'],
              test: (id: string) => CONTRACTS.test(id) && !CONTRACT_SCHEMAS.test(id),
              priority: 11,
            },
            { name: 'schemas', tags: ['$initial'], test: CONTRACT_SCHEMAS, priority: 10 },
            { name: 'app', tags: ['$initial'] },
          ],
        },
        // The shared chunk holding recharts would otherwise be named after whichever module came first.
        // (A manual chunk group would also pull react in and make the entry load the charts eagerly.)
        chunkFileNames: (chunk) =>
          !chunk.facadeModuleId && chunk.moduleIds.some((id) => id.includes('/recharts/'))
            ? 'assets/charts-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
})
