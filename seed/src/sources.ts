// One row per source article copied into seed/sources/ (the product never reads ../shared), plus the
// illustrative generator, so every figure on screen can say where it came from.
import type { Source } from '@ldld/db/contracts'

export type SourceSeed = Omit<Source, 'id'> & { slug: string }

export const ILLUSTRATIVE_SOURCE = 'illustrative'

/** Folder of the copied articles, relative to the repository root (what `file` stores). */
export const SOURCES_DIR = 'seed/sources'

const LDTD = 'Báo Lao động Thủ đô'

export const ARTICLE_SOURCES: readonly SourceSeed[] = [
  {
    slug: 'src-000',
    kind: 'article',
    title: 'Đã làm tốt, phấn đấu làm tốt hơn',
    // The lead paragraph opens with "(LĐTĐ)". The page gives no date for the article itself (the
    // teasers around it are dated 3/2/2025, which is not the article's date).
    publisher: LDTD,
    url: null,
    file: `${SOURCES_DIR}/000_aad0011e1c5232d1.txt`,
    publishedOn: null,
  },
  {
    // The Hoàng Mai 2024 figures are not from the page's main story: they come from the teaser of
    // another story printed on the same page (domain.md §5), credited here under its own title.
    slug: 'src-000-hoang-mai',
    kind: 'article',
    title: 'Quận Hoàng Mai: Thành lập mới 29 Công đoàn cơ sở',
    // The teaser opens with "(LĐTĐ)"; no date is printed beside it.
    publisher: LDTD,
    url: null,
    file: `${SOURCES_DIR}/000_aad0011e1c5232d1.txt`,
    publishedOn: null,
  },
  {
    slug: 'src-001',
    kind: 'article',
    title: 'LĐLĐ quận Ba Đình: Một năm về đích trước hẹn',
    // The article body has no "(LĐTĐ)", but the page's own "Có thể bạn quan tâm"/"Tin khác" teasers do,
    // so the page is Lao động Thủ đô's. Written in late 2016 ("hơn một tháng nữa mới sang năm mới
    // 2017") but with no exact date.
    publisher: LDTD,
    url: null,
    file: `${SOURCES_DIR}/001_ebf4cac1a1efa335.txt`,
    publishedOn: null,
  },
  {
    slug: 'src-002',
    kind: 'article',
    title: 'Liên đoàn lao động huyện Thanh Trì tổng kết hoạt động Công đoàn năm 2020',
    // No publisher mark anywhere on the page; the dates beside "Tin khác" belong to other articles.
    publisher: null,
    url: null,
    file: `${SOURCES_DIR}/002_ff762d10c981d1fc.txt`,
    publishedOn: null,
  },
  {
    slug: 'src-003',
    kind: 'article',
    title: 'Tổ chức nhiều hoạt động có trọng tâm, trọng điểm',
    // No publisher mark and no date for this article (the surrounding teasers are from 2025–2026).
    publisher: null,
    url: null,
    file: `${SOURCES_DIR}/003_ca4650a07216ce53.txt`,
    publishedOn: null,
  },
  {
    slug: 'src-004',
    kind: 'article',
    title: 'Cán bộ công đoàn tăng đi cơ sở, giảm hội họp',
    // The byline "Công đoàn - 04/12/2023 16:10 MINH ANH" dates it; no publisher name is printed.
    publisher: null,
    url: null,
    file: `${SOURCES_DIR}/004_1dccc8e3b13c6cdc.txt`,
    publishedOn: '2023-12-04',
  },
]

export const SOURCES: readonly SourceSeed[] = [
  ...ARTICLE_SOURCES,
  {
    slug: ILLUSTRATIVE_SOURCE,
    kind: 'illustrative',
    title: 'Dữ liệu minh họa (sinh tự động, không phải số liệu thật)',
    publisher: null,
    url: null,
    file: null,
    publishedOn: null,
  },
]

export const ILLUSTRATIVE_UNIONS_SOURCE = 'illustrative-unions-2025'

/** Demo only: the invented union list of 2025-10-01 and every figure around the change. */
export const DEMO_SOURCES: readonly SourceSeed[] = [
  {
    slug: ILLUSTRATIVE_UNIONS_SOURCE,
    kind: 'illustrative',
    title:
      'Dữ liệu minh họa quanh đợt sắp xếp năm 2025, trên danh sách minh họa 84 công đoàn xã, phường và ' +
      'Công đoàn các KCNC và KCN (dựng từ danh sách 126 xã, phường; không phải danh sách, số liệu thật)',
    publisher: null,
    url: null,
    file: null,
    publishedOn: null,
  },
]
