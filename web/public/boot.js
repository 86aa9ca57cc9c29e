// The start of the app (server/src/page-renderer.ts writes it in place of the app's module script).
// A page drawn by the server, with its figures, is painted first; then the app's code is fetched and
// takes the page over. The code comes in a few chunks (react, zod, the router, the contracts, the
// app: web/vite.config.ts); all are fetched at once, and each is run in a task of its own, so a slow
// phone stays free to answer a tap between them instead of being held by one long task.
// Loaded as /boot.js?app=/assets/index-<hash>.js&deps=<the chunks it imports, each after its own>;
// only the build's own files are started.
const params = new URL(import.meta.url).searchParams
const own = (src) => /^\/assets\/[\w.-]+\.js$/.test(src)
const app = params.get('app') ?? ''
const deps = (params.get('deps') ?? '').split(',').filter(own)

/** Lets the browser paint and handle input before the next chunk runs. */
const nextTask = () =>
  globalThis.scheduler?.yield
    ? globalThis.scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve, 0))

async function start() {
  // One preload per task: starting a request costs the page's main thread ~15 ms on a slow phone,
  // seven in one task made it a long one (issue 10 item 7). The fetches still run side by side.
  for (const src of [...deps, app]) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = src
    document.head.append(link)
    await nextTask()
  }
  for (const src of deps) {
    await import(src)
    await nextTask()
  }
  await import(app)
}

if (own(app)) {
  // The frame after the first paint; a page opened in the background starts at once.
  if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start, 0))
  else void start()
}
