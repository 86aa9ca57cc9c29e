// The app on a chosen `synchronous` setting, for the durability benchmark only: production always
// runs FULL (db/src/client.ts), so nothing outside this script can ask for NORMAL.
import { openDatabase } from '@ldld/db/client'
import { buildApp } from '@ldld/server/app'

const file = process.env.DATABASE_FILE
const synchronous = process.env.SYNCHRONOUS === 'NORMAL' ? 'NORMAL' : 'FULL'
if (!file) throw new Error('DATABASE_FILE is required')
const db = openDatabase(file, { synchronous })
const app = await buildApp({ db })
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' })
process.once('SIGTERM', () => {
  void app.close().then(() => db.$client.close())
})
