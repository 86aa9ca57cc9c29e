import { lazy } from 'react'
import { Route, Routes } from 'react-router'
import { NotFound } from '../components/not-found.tsx'
import { routePatterns } from '../lib/paths.ts'
import { Layout } from './layout.tsx'
import { OverviewRoute } from './routes/overview.tsx'

// District and indicator pages load on demand: the overview ships only what it draws.
const DistrictRoute = lazy(() => import('./routes/district.tsx'))
const IndicatorRoute = lazy(() => import('./routes/indicator.tsx'))

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={routePatterns.overview} element={<OverviewRoute />} />
        <Route path={routePatterns.district} element={<DistrictRoute />} />
        <Route path={routePatterns.indicator} element={<IndicatorRoute />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  )
}
