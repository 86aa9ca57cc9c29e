import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// In development the API runs on :3000; the built app is served by the API server itself.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
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
