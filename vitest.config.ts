import { defineConfig } from 'vitest/config'

// Unit tests live beside the code; API tests in tests/api run against a real migrated SQLite file.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['db/src/**/*.test.ts', 'seed/src/**/*.test.ts', 'server/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      './web/vitest.config.ts',
      {
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          // Each file builds its own app on its own SQLite file, and the server keeps no module-level
          // state but per-connection counters, so files may share the module cache: re-importing
          // Fastify, zod and drizzle for every file was two thirds of the suite's time.
          isolate: false,
          testTimeout: 20_000,
        },
      },
    ],
  },
})
