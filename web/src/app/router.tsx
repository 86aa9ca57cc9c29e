import { lazy, Suspense, type ReactNode } from 'react'
import { Route, Routes } from 'react-router'
import type { Role } from '@ldld/db/contracts'
import { NotFound } from '../components/not-found.tsx'
import { PageReady } from '../components/page-ready.tsx'
import { LoadingState } from '../components/query-state.tsx'
import { routePatterns } from '../lib/paths.ts'
import {
  CAN_ADMINISTER,
  CAN_IMPORT,
  CAN_READ_REPORT_TEXT,
  CAN_REVIEW,
  CAN_SET_TARGETS,
  RequireRole,
} from '../features/auth/index.ts'
import { Layout } from './layout.tsx'
import { OverviewRoute } from './routes/overview.tsx'
import { ReportsStartRoute, TargetsStartRoute } from './routes/year-start.tsx'

// District and indicator pages load on demand: the overview ships only what it draws.
const DistrictRoute = lazy(() => import('./routes/district.tsx'))
const IndicatorRoute = lazy(() => import('./routes/indicator.tsx'))
// Presenter mode and the print report: their code (deck, map, PowerPoint) loads only when opened.
const PresentRoute = lazy(() => import('../features/present/components/present-route.tsx'))
const ReportRoute = lazy(() => import('../features/export/report/report-route.tsx'))
// The write side: sign-in, entry, review, targets, administration (each behind the route guard).
const SignInRoute = lazy(() => import('./routes/sign-in.tsx'))
const EntryStartRoute = lazy(() => import('./routes/entry-start.tsx'))
const ChangePasswordRoute = lazy(() => import('./routes/change-password.tsx'))
const EntryRoute = lazy(() => import('./routes/entry.tsx'))
const EntryHistoryRoute = lazy(() => import('./routes/entry-history.tsx'))
const ReportsRoute = lazy(() => import('./routes/reports.tsx'))
const TargetsRoute = lazy(() => import('./routes/targets.tsx'))
const AdminRoute = lazy(() => import('./routes/admin.tsx'))
const ExtractRoute = lazy(() => import('./routes/extract.tsx'))
const ImportRoute = lazy(() => import('./routes/import.tsx'))

/** The route guard: sign-in first, then the role (the server checks every request again). */
const guarded = (element: ReactNode, roles?: readonly Role[]) => (
  <RequireRole roles={roles}>{element}</RequireRole>
)

export function AppRoutes() {
  return (
    <Routes>
      {/* Full screen, outside the site layout (no header or footer on the projector). */}
      <Route
        path={routePatterns.present}
        element={
          <Suspense fallback={<LoadingState label="Đang mở chế độ trình chiếu…" />}>
            <PresentRoute />
            <PageReady />
          </Suspense>
        }
      />
      <Route element={<Layout />}>
        <Route path={routePatterns.overview} element={<OverviewRoute />} />
        <Route path={routePatterns.district} element={<DistrictRoute />} />
        <Route path={routePatterns.indicator} element={<IndicatorRoute />} />
        <Route path={routePatterns.report} element={<ReportRoute />} />
        <Route path={routePatterns.signIn} element={<SignInRoute />} />
        <Route path={routePatterns.entryStart} element={guarded(<EntryStartRoute />)} />
        <Route path={routePatterns.changePassword} element={<ChangePasswordRoute />} />
        <Route path={routePatterns.entry} element={guarded(<EntryRoute />)} />
        <Route path={routePatterns.entryHistory} element={guarded(<EntryHistoryRoute />)} />
        <Route path={routePatterns.reportsStart} element={guarded(<ReportsStartRoute />, CAN_REVIEW)} />
        <Route path={routePatterns.reports} element={guarded(<ReportsRoute />, CAN_REVIEW)} />
        <Route path={routePatterns.targetsStart} element={guarded(<TargetsStartRoute />, CAN_SET_TARGETS)} />
        <Route path={routePatterns.targets} element={guarded(<TargetsRoute />, CAN_SET_TARGETS)} />
        <Route path={routePatterns.admin} element={guarded(<AdminRoute />, CAN_ADMINISTER)} />
        <Route path={routePatterns.extract} element={guarded(<ExtractRoute />, CAN_READ_REPORT_TEXT)} />
        <Route path={routePatterns.imports} element={guarded(<ImportRoute />, CAN_IMPORT)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  )
}
