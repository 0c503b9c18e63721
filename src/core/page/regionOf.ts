/**
 * The landmark a node sits in (header, navigation, sidebar, footer, comments), from its tag, ARIA role or the
 * class/id words themes use. Detectors weigh a line by it: a source credit in the footer is not the article's.
 */
import type { Region } from './pageData.ts';

// Landmark words in class/id tokens: themes mark their header, sidebar, footer and comments this way.
// Exact words plus the usual compounds of any theme ("tie-sidebar", "jeg_footer", "site-footer-wrap").
const REGION_BY_TOKEN: [RegExp, Exclude<Region, null>][] = [
  [
    /^(colophon|site-info|copyright)$|(^|[-_])(site|page|global|main|td|mh|cm|jeg|tie|ast)?[-_]?footer([-_](wrap(per)?|inner|area|bottom|widgets?|copy(right)?|bar|main|section|links|menu|nav|text|content|credits?|info|container))?$/,
    'footer',
  ],
  [/sidebar|side-bar|widget-area|^secondary$/, 'aside'],
  [/^(site-?header|masthead|page-header|global-header|top-bar|topbar|main-header|header-wrap(per)?)$/, 'header'],
  [/^(main-nav(igation)?|site-navigation|navbar|menu|nav-menu|primary-menu|breadcrumbs?)$/, 'nav'],
  [/^(comments|comments-area|comment-list|respond|disqus_thread)$|^comments?[-_]/, 'comments'],
];
// Themes also use <header>/<footer> for the post's own title and meta ("entry-header", "post-footer").
const POST_PART_RE = /entry|post|article|story|single|td-post/;

/** The element's region, or the inherited one when it marks none. `tokens` are its lower-case class words and id. */
export function regionOf(el: Element, tag: string, tokens: string[], inherited: Region, inArticle: boolean): Region {
  let region = inherited;
  const postPart = tokens.some((t) => POST_PART_RE.test(t));
  if (tag === 'footer' && !inArticle && !postPart) region = 'footer';
  else if (tag === 'aside' && !inArticle) region = 'aside';
  else if (tag === 'nav') region = 'nav';
  else if (tag === 'header' && !inArticle && !postPart) region = 'header';
  else {
    const role = el.getAttribute('role');
    if (role === 'contentinfo') region = 'footer';
    else if (role === 'complementary' && !inArticle) region = 'aside';
    else if (role === 'navigation') region = 'nav';
    else if (role === 'banner') region = 'header';
    else if (!inArticle || tokens.some((t) => t === 'comments' || t === 'respond')) {
      for (const [re, r] of REGION_BY_TOKEN) if (tokens.some((t) => re.test(t) && !POST_PART_RE.test(t))) region = r;
    }
  }
  return region;
}
