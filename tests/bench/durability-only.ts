// `node tests/bench/durability-only.ts`: the durability figures alone (pnpm bench prints them too).
import { benchDurability, printDurability } from './durability.ts'

printDurability(await benchDurability(Number(process.env.BENCH_DURABILITY_SECONDS ?? 5)))
