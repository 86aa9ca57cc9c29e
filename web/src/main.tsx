// First: zod's settings (Vietnamese messages, no eval under the CSP) before any schema is built.
import '@ldld/db/zod'
import { hydrate, type DehydratedState } from '@tanstack/react-query'
import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { preloadFirstPaint } from './app/preload.ts'
import { adoptSession } from './features/auth/index.ts'
import { createQueryClient } from './lib/query-client.ts'
import { fullAnswer } from './lib/server-state.ts'
import './styles/base.css'
import './styles/layout.css'
import './styles/components.css'
import './styles/tables.css'
import './styles/charts.css'
// Every page's styles in the one stylesheet: a page drawn on the server is styled from its first paint,
// not when its code arrives (a route's own CSS used to come with its lazy chunk).
import './components/export-buttons.css'
import './components/map/map.css'
import './styles/forms.css'
import './styles/unit-import.css'
import './styles/admin.css'
import './features/present/controls.css'
import './features/present/present.css'
import './features/present/slides.css'
import './styles/extract.css'
import './features/export/report/report.css'
import './styles/targets.css'
import './styles/entry.css'
import './features/import/components/import.css'
import './styles/reports.css'

/** The id of the answers a server-drawn page was drawn with (server/src/page-renderer.ts). */
const SERVER_STATE_ID = 'ssr-state'

const root = document.getElementById('root')
const serverState = document.getElementById(SERVER_STATE_ID)?.textContent
if (root && serverState) {
  // The server drew this page (issue 10 item 7): take it over with the very answers it used, so the
  // first render here is the same page and React only attaches to it. A difference is logged and
  // React redraws that part; the reader sees the page either way.
  const client = createQueryClient()
  const state = JSON.parse(serverState) as DehydratedState
  // As fresh as if just asked for: the server keeps a drawn page only while its data is unchanged
  // (page-renderer.ts), so answers drawn minutes ago are not asked for again on arrival.
  const now = Date.now()
  for (const query of state.queries) query.state.dataUpdatedAt = now
  hydrate(client, state, {
    defaultOptions: { deserializeData: fullAnswer },
  })
  adoptSession(client)
  preloadFirstPaint(client, window.location)
  // As a transition, React attaches in slices and lets the browser breathe between them.
  startTransition(() => {
    hydrateRoot(
      root,
      <StrictMode>
        <App queryClient={client} />
      </StrictMode>,
      {
        onRecoverableError: (error, info) => {
          document.documentElement.dataset.hydration = 'redrawn'
          console.error(
            'Trang do máy chủ vẽ khác trang trong trình duyệt; đã vẽ lại phần khác.',
            error,
            info.componentStack,
          )
        },
      },
    )
  })
} else if (root) {
  // The first render as a transition: React builds the page in slices and lets the browser breathe
  // between them, instead of one long task on a slow phone (issue 10 item 7).
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
  })
}
