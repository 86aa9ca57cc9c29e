// What routes may use from the indicator feature.
export { RankingView } from './components/ranking-view.tsx'
