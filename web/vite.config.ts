import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// In development the API runs on :3000; the built app is served by the API server itself.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: { target: 'es2022', sourcemap: false },
})
