// Which units report to the city in a year: every unit directly under the city whose validity period
// overlaps the year. That is the 30 district federations up to 30/6/2025, then the 84 commune and
// ward unions and the industrial-zone union ("Công đoàn các KCNC và KCN"), which the city also
// directs, sets targets for and accepts reports from (domain.md §3). The dashboard's ranking of
// territorial units is a different list and lives with the dashboard.
import { CITY_CODE } from '@ldld/db/contracts'
import { validInYear, type OrganisationRow, type Repositories } from '../repositories/index.ts'

export function reportingUnits(repos: Repositories, year: number): OrganisationRow[] {
  return repos.organisations
    .list()
    .filter((u) => u.parentCode === CITY_CODE && u.kind !== 'city' && validInYear(u, year))
}
