/** The pages of the fixture web (test/web/web.json) that the tests visit, named by the state they show. */
import path from 'node:path';
import { REPO_ROOT } from './launch.ts';

export const FIXTURE_WEB = path.join(REPO_ROOT, 'test', 'web', 'web.json');

export const PAGES = {
  /** The seed copy: WordPress autoblog, source line with the original's URL as text, spam footer. */
  seedCopy:
    'https://tinnhanh-tonghop24h.net/tiep-tuc-thuc-hien-quy-che-dan-chu-o-co-so-va-dan-van-trong-cac-co-quan-nha-nuoc/',
  seedOriginal:
    'https://baoangiang.com.vn/tiep-tuc-thuc-hien-quy-che-dan-chu-o-co-so-va-dan-van-trong-cac-co-quan-nha-nuoc-a359678.html',
  /** Partner outlet with canonical + syndication-source to the original, byline and credit kept. */
  syndicated: 'https://www.valleyjournal-news.com/local/city-council-approves-footbridge-over-mill-river',
  syndicatedOriginal:
    'https://www.rivertoncourier.com/news/local/2024/05/14/city-council-approves-footbridge-over-mill-river/',
  /** Autoblog naming a source URL that is not served (404). */
  suspected: 'https://worldnews-daily24h.xyz/heat-alert-issued-as-temperatures-climb-across-the-valley/',
  suspectedClaim:
    'https://www.northbridge-herald.co.uk/news/heat-alert-issued-as-temperatures-climb-across-the-valley-a8812.html',
  /** Autoblog naming a source URL that never answers in time. */
  unreachable: 'https://newsfeed-aggregator24.top/regional-rail-line-to-reopen-after-flood-repairs/',
  unreachableClaim:
    'https://www.eastvale-tribune.com/news/regional-rail-line-to-reopen-after-flood-repairs-20240601.html',
  /** Another autoblog copy of the seed article that names its source only as "Theo Báo An Giang" (no link). */
  namedCopy: 'https://camnang-tintuc24h.net/2023/04/07/quy-che-dan-chu-o-co-so-an-giang/',
  /** A small blog's own article. */
  clean: 'https://www.gardeningnotebook.org/2024/03/pruning-roses-in-early-spring/',
} as const;
