// What routes may use from the overview feature.
export { OverviewView } from './components/overview-view.tsx'
