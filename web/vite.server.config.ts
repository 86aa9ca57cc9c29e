// The server's page renderer (src/entry-server.tsx, built by `vite build --ssr` after the app): one
// self-contained module tree in dist-server, loaded by the API server at start
// (server/src/page-renderer.ts). Nothing of it is sent to browsers.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  ssr: { noExternal: true },
  build: {
    target: 'node24',
    outDir: 'dist-server',
    emptyOutDir: true,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: { output: { entryFileNames: 'entry-server.js' } },
  },
})
