// The start of the app on a page drawn by the server (server/src/page-renderer.ts): the page, with
// its figures, is painted first; then the app's code is fetched and takes the page over. On a slow
// phone the reader sees the page without waiting for the code to arrive and run.
// Loaded as /boot.js?app=/assets/index-<hash>.js; only the build's own files are started.
const app = new URL(import.meta.url).searchParams.get('app') ?? ''
const start = () => import(app)

if (/^\/assets\/[\w.-]+\.js$/.test(app)) {
  // The frame after the first paint; a page opened in the background starts at once.
  if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start, 0))
  else void start()
}
