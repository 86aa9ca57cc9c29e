import { openDatabase } from '@ldld/db/client'
import { buildApp, bumpDataRevision } from '../../server/src/app.ts'
const db = openDatabase('/tmp/ldld-scale-profile-KftoAE/national.db')
const app = await buildApp({ db, checkContracts: false })
await app.ready()
const provinces = ['01', ...Array.from({ length: 33 }, (_, i) => `P${String(i + 2).padStart(2, '0')}`)]
const options = { basis: 'latest' as const, reader: null }
const times: number[] = []
for (let round = 0; round < 6; round++)
  for (const unit of provinces)
    for (const year of [2025, 2026]) {
      bumpDataRevision(db)
      const t0 = performance.now()
      const b = app.reports.dashboard(year, options, { unit })
      JSON.stringify(b)
      if (round > 0) times.push(performance.now() - t0)
    }
times.sort((a, b) => a - b)
console.log(
  'build+stringify p50',
  times[Math.floor(times.length / 2)]?.toFixed(2),
  'p99',
  times[Math.floor(times.length * 0.99)]?.toFixed(2),
)
await app.close()
