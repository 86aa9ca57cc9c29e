// First: zod's settings (Vietnamese messages, no eval under the CSP) before any schema is built.
import '@ldld/db/zod'
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import './styles/base.css'
import './styles/layout.css'
import './styles/components.css'
import './styles/tables.css'
import './styles/charts.css'

const root = document.getElementById('root')
if (root) {
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
