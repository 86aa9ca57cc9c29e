// Server rendering of a page (issue 10 item 7): the server draws the page's HTML with its figures,
// so a slow phone reads the page before the app's script has even arrived; the browser then takes
// the same page over (hydration, web/src/main.tsx) with the answers the server used, without asking
// again. Built by `vite build --ssr` into web/dist-server and loaded by the API server
// (server/src/page-renderer.ts); the browser never loads this file.
import '@ldld/db/zod'
import { AsyncLocalStorage } from 'node:async_hooks'
import { dehydrate, type Query, type QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { App } from './app/app.tsx'
import { RedirectRecorder } from './components/redirect.tsx'
import { preloadFirstPaint } from './app/preload.ts'
import { setApiTransport, type ApiTransport } from './lib/api-client.ts'
import { createQueryClient } from './lib/query-client.ts'
import { slimAnswer } from './lib/server-state.ts'

/** Each page being drawn asks the API as its own reader (their cookie), even when drawn at once. */
const transports = new AsyncLocalStorage<ApiTransport>()
setApiTransport((path, init) => {
  const transport = transports.getStore()
  if (!transport) return Promise.reject(new Error('Không có yêu cầu nào đang được vẽ trên máy chủ.'))
  return transport(path, init)
})

/** A page asks for what it shows in at most this many rounds (the years, then the year's figures…). */
const MAX_ROUNDS = 4

/** The page sends the reader elsewhere (not signed in, no year chosen…): the server redirects. */
export interface Redirected {
  redirect: string
}

export interface RenderedPage {
  /** The page's markup, to go inside <div id="root">. */
  html: string
  /** The answers it was drawn with (TanStack Query's dehydrated state), as JSON. */
  state: string
}

function serverQueryClient(): QueryClient {
  const client = createQueryClient()
  const defaults = client.getDefaultOptions()
  // One try: a failing answer makes the server send the plain app, which asks again itself.
  client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } })
  return client
}

function settled(client: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    let unsubscribe = () => {}
    const check = () => {
      if (client.isFetching() > 0) return
      unsubscribe()
      resolve()
    }
    unsubscribe = client.getQueryCache().subscribe(check)
    check()
  })
}

function isEnabled(query: Query): boolean {
  const enabled = (query.options as { enabled?: boolean | ((query: Query) => boolean) }).enabled
  return typeof enabled === 'function' ? enabled(query) : enabled !== false
}

/** Queries the last drawing asked for and nobody fetched yet (a server render runs no effects). */
function waiting(client: QueryClient): Query[] {
  return client
    .getQueryCache()
    .getAll()
    .filter(
      (query) => query.state.status === 'pending' && query.state.fetchStatus === 'idle' && isEnabled(query),
    )
}

/** Why a page was not drawn on the server (the server logs it). */
export type NotDrawn = (reason: string, error?: unknown) => void

async function draw(
  client: QueryClient,
  location: string,
  signal: AbortSignal,
  report: NotDrawn,
  redirect: (href: string) => void,
): Promise<string | null> {
  let failed = false
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <RedirectRecorder value={redirect}>
        <App queryClient={client} location={location} />
      </RedirectRecorder>
    </StrictMode>,
    {
      signal,
      // Every part in place, in document order: no part sent apart and placed by an inline script
      // (the page's policy allows no inline script).
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        if (!failed) report('a component failed on the server', error)
        failed = true
      },
    },
  )
  const chunks: Buffer[] = []
  for await (const chunk of prelude) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return failed ? null : Buffer.concat(chunks).toString('utf8')
}

/**
 * Draws the page at `location` (path and query) with answers from `transport`. Null when the page
 * cannot be drawn whole on the server (an answer failed, a component failed, too many rounds): the
 * server then sends the plain app, which draws the page in the browser as before.
 */
export async function renderPage(
  location: string,
  transport: ApiTransport,
  signal: AbortSignal,
  report: NotDrawn = () => {},
): Promise<RenderedPage | Redirected | null> {
  return transports.run(transport, async () => {
    const client = serverQueryClient()
    const url = new URL(location, 'http://page.invalid')
    preloadFirstPaint(client, { pathname: url.pathname, search: url.search })
    await settled(client)
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      let redirect: string | undefined
      const html = await draw(client, location, signal, report, (href) => {
        redirect ??= href
      })
      if (redirect !== undefined) return { redirect }
      if (html === null || signal.aborted) return null
      const next = waiting(client)
      // A part that waited for its code (a lazy route) comes out of order, placed by an inline
      // script the page's policy refuses: one more round, now that its code is in, draws it in place.
      if (next.length === 0 && html.includes('<script')) continue
      if (next.length === 0) {
        if (
          client
            .getQueryCache()
            .getAll()
            .some((query) => query.state.status === 'error')
        )
          return null
        return { html, state: JSON.stringify(dehydrate(client, { serializeData: slimAnswer })) }
      }
      await Promise.all(next.map((query) => query.fetch().catch(() => undefined)))
    }
    report(`still waiting after ${MAX_ROUNDS} rounds`)
    return null
  })
}
