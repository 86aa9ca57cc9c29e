export { organisations } from './organisations.ts'
export { indicators } from './indicators.ts'
export { sources } from './sources.ts'
export { figures } from './figures.ts'
