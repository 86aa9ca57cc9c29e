// Pages drawn on the server (issue 10 item 7). The built web app's server entry
// (web/dist-server/entry-server.js, `pnpm build`) draws a page's HTML with its figures; its answers
// come from this very server in process (`app.inject`, with the reader's cookie: the same
// permissions, the same response cache, the same contracts), and go into the page so the browser
// takes it over without asking again. Anything that keeps a page from being drawn whole (a failed
// answer, a slow render, a component that fails, no server entry) sends the plain app instead,
// which draws the page in the browser as it always did.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { pagePolicy } from './plugins/security.ts'

type Transport = (path: string, init: RequestInit) => Promise<Response>
interface ServerEntry {
  renderPage(
    location: string,
    transport: Transport,
    signal: AbortSignal,
    report: (reason: string, error?: unknown) => void,
  ): Promise<{ html: string; state: string } | { redirect: string } | null>
}

interface DrawnPage {
  body: string
  policy: string
}

/** Pages kept for readers without a session (the oldest goes first). */
const KEPT_PAGES = 64

export type PageRenderer = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>

/** A page not drawn by then is sent as the plain app (the browser draws it). */
const RENDER_TIMEOUT_MS = 3_000
const APP_START = '<!--app-->'
const APP_END = '<!--/app-->'
/** The id main.tsx reads the answers from. */
const STATE_ID = 'ssr-state'

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&lt;': '<',
  '&gt;': '>',
}

/**
 * The hashes of the page's style attributes (a chart box's reserved height, a bar's width): the
 * policy allows exactly these and no other inline style ('unsafe-hashes'), so a server-drawn page
 * keeps the strict policy of issue 7. React sets later styles through the DOM, which needs nothing.
 */
export function styleHashes(html: string): string[] {
  const values = new Set<string>()
  for (const match of html.matchAll(/\sstyle="([^"]*)"/g)) {
    values.add((match[1] ?? '').replace(/&(?:amp|quot|#x27|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity))
  }
  return [...values].map((value) => `'sha256-${createHash('sha256').update(value).digest('base64')}'`)
}

/** JSON inside <script type="application/json">: no "</script>" can end it early. */
function scriptJson(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/**
 * The head of the built page with the app started by web/public/boot.js instead of its module script:
 * after the first paint, and its code evaluated a chunk per task (react, zod, the router, the
 * contracts, the app: web/vite.config.ts), not in one long task that keeps a slow phone from
 * answering a tap (issue 10 item 7, total blocking time). Vite lists the entry's chunks as
 * modulepreload links, each after the chunks it imports; boot.js fetches them all at once and runs
 * them in that order.
 */
export function bootScript(head: string): string {
  const chunks: string[] = []
  const withoutPreloads = head.replace(
    /\s*<link rel="modulepreload" crossorigin href="(\/assets\/[\w.-]+\.js)">/g,
    (_tag, href: string) => {
      chunks.push(href)
      return ''
    },
  )
  return withoutPreloads.replace(
    /<script type="module" crossorigin src="(\/assets\/[\w.-]+\.js)"><\/script>/,
    (_tag, app: string) => {
      const query = new URLSearchParams({ app, ...(chunks.length > 0 ? { deps: chunks.join(',') } : {}) })
      return `<script type="module" src="/boot.js?${query.toString().replace(/&/g, '&amp;')}"></script>`
    },
  )
}

/** The renderer of the built app in `webDist`, or undefined when the build has no server entry. */
export async function loadPageRenderer(webDist: string): Promise<PageRenderer | undefined> {
  const entryFile = join(dirname(webDist), 'dist-server', 'entry-server.js')
  const templateFile = join(webDist, 'index.html')
  if (!existsSync(entryFile) || !existsSync(templateFile)) return undefined
  const template = readFileSync(templateFile, 'utf8')
  const start = template.indexOf(APP_START)
  const end = template.indexOf(APP_END)
  if (start < 0 || end < start) return undefined
  const before = bootScript(template.slice(0, start).trimEnd())
  const after = template.slice(end + APP_END.length).trimStart()
  const entry = (await import(pathToFileURL(entryFile).href)) as ServerEntry

  // Pages drawn for readers without a session, per data revision and day: the same for every such
  // reader until a figure, a setting or the date changes (as the API's response cache).
  const anonymous = new Map<string, DrawnPage>()
  const send = (reply: FastifyReply, page: DrawnPage, cacheControl: string) =>
    reply
      .header('content-security-policy', page.policy)
      .header('cache-control', cacheControl)
      .header('vary', 'cookie')
      .type('text/html; charset=utf-8')
      .send(page.body)

  // The plain app (the browser draws the page) starts the same way, its code in several tasks.
  const plainBody = `${before}${template.slice(start, end + APP_END.length)}${after}`
  return async (request, reply) => {
    const plain = () =>
      reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(plainBody)
    if (request.method !== 'GET') return plain()
    const cookie = request.headers.cookie
    const key = cookie
      ? undefined
      : `${request.server.repos.dataRevision()}|${new Date().toISOString().slice(0, 10)}|${request.url}`
    const kept = key === undefined ? undefined : anonymous.get(key)
    if (kept) return send(reply, kept, 'no-cache')
    const transport: Transport = async (path, init) => {
      const answer = await request.server.inject({
        method: 'GET',
        url: path,
        headers: { accept: 'application/json', ...(cookie ? { cookie } : {}) },
        ...(init.signal ? { signal: init.signal } : {}),
      })
      const empty = answer.statusCode === 204 || answer.statusCode === 304
      return new Response(empty ? null : answer.body, {
        status: answer.statusCode,
        headers: { 'content-type': String(answer.headers['content-type'] ?? 'application/json') },
      })
    }
    const signal = AbortSignal.timeout(RENDER_TIMEOUT_MS)
    let page: Awaited<ReturnType<ServerEntry['renderPage']>> = null
    try {
      page = await entry.renderPage(request.url, transport, signal, (reason, error) =>
        request.log.info({ err: error, reason }, 'page sent to be drawn in the browser'),
      )
    } catch (error) {
      request.log.warn({ err: error }, 'page not drawn on the server')
    }
    if (page === null) return plain()
    // Not signed in, no year chosen…: the page sends the reader on, as an HTTP redirect.
    if ('redirect' in page) return reply.header('cache-control', 'no-cache').redirect(page.redirect, 302)
    // The page's own <title> (React writes it where the page declares it) replaces the app's in <head>.
    const title = /<title>[^<]*<\/title>/.exec(page.html)?.[0]
    const html = title ? page.html.replace(title, '') : page.html
    const head = title ? before.replace(/<title>[^<]*<\/title>/, title) : before
    const drawn: DrawnPage = {
      body: `${head}${html}${after.replace(
        '</body>',
        `<script type="application/json" id="${STATE_ID}">${scriptJson(page.state)}</script></body>`,
      )}`,
      policy: pagePolicy(styleHashes(page.html)),
    }
    if (key !== undefined) {
      if (anonymous.size >= KEPT_PAGES) anonymous.delete(anonymous.keys().next().value ?? '')
      anonymous.set(key, drawn)
      return send(reply, drawn, 'no-cache')
    }
    // A signed-in reader's page holds their own answers (their session, their unit's figures).
    return send(reply, drawn, 'private, no-cache')
  }
}
