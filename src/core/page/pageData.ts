/**
 * The plain data readPage makes of a Document: what every detector reads instead of the DOM. Kept apart from the
 * walk that fills it so detectors, credits and the UI can depend on the shape without the reading code.
 */
import type { HiddenHow } from './hiddenStyle.ts';
import type { PageMeta } from './readMeta.ts';
import type { TextRepairs } from '../text/cleanText.ts';

/** The page landmark a node sits in; null for the main column. */
export type Region = 'header' | 'nav' | 'aside' | 'footer' | 'comments' | null;

export interface PageBlock {
  /** Position among the page's blocks (document order). */
  index: number;
  /** Lower-case tag of the block element: p, li, h2, div, figcaption, td… */
  tag: string;
  /** Its own text (nested blocks excluded), white space collapsed, capped. */
  text: string;
  /** The block's class attribute (capped), a hint for credits ("source", "chart-source", "read-more"). */
  className: string;
  hidden: boolean;
  /** How it (or an ancestor) is hidden. */
  hiddenHow: HiddenHow | null;
  region: Region;
  /** Inside <article> or an element marked as the article body. */
  inArticle: boolean;
  /** Inside figure / figcaption / picture or a caption-like wrapper. */
  inFigure: boolean;
  /** Inside a table (cell, caption). */
  inTable: boolean;
  /** The element just before or after it is (or holds) an image, figure, chart or table: a caption or data line. */
  nearMedia: boolean;
  /** The element just before it is (or holds) media: the block sits under a picture, where its caption goes. */
  mediaBefore: boolean;
  /** Text alignment set on the block or a near wrapper ("right" is the usual credit line). */
  align: 'right' | 'center' | null;
  /** Inline wrappers the text sits in (strong, em, b, i, small, span) — for "where" descriptions. */
  wrappers: string[];
  /** Absolute http(s) targets of the links inside the block. */
  linkHrefs: string[];
  /** Key of the parent element: blocks with the same key are siblings. */
  parentKey: number;
  /** Key of the grandparent: themes that wrap each paragraph in its own div still share this one. */
  grandKey: number;
}

export interface PageLink {
  href: string;
  text: string;
  rel: string;
  hidden: boolean;
  hiddenHow: HiddenHow | null;
  region: Region;
  /** Index of the block that holds it, or -1. */
  block: number;
}

export interface PageImage {
  /** Absolute http(s) URL. */
  src: string;
  /** The attribute it came from: src, data-src, data-lazy-src, srcset, data-original… */
  attr: string;
  hidden: boolean;
  region: Region;
  inArticle: boolean;
  inFigure: boolean;
  /** Index of the first block at or after the image (its place in reading order). */
  block: number;
  width: number | null;
  height: number | null;
}

/** An attribute value that looks like base64 (e.g. data-href="aHR0cHM6Ly8…"), kept for decoding by detectors. */
export interface EncodedAttr {
  tag: string;
  name: string;
  value: string;
  hidden: boolean;
  region: Region;
}

export interface PageData {
  url: string;
  host: string | null;
  /** Registrable domain (tldts), blog platforms' subdomains kept. */
  site: string | null;
  title: string | null;
  lang: string | null;
  meta: PageMeta;
  jsonLd: Record<string, unknown>[];
  blocks: PageBlock[];
  links: PageLink[];
  images: PageImage[];
  encodedAttrs: EncodedAttr[];
  /** Hosts that serve the page's scripts, stylesheets and icons: the site's own infrastructure (its CDNs). */
  resourceHosts: string[];
  /** Inline <script> bodies (capped): "document.write(atob('…'))" footers live there. */
  inlineScripts: string[];
  /** Text of <noscript> elements (tags stripped, capped): hidden from script-running readers, a spam hiding place. */
  noscriptTexts: string[];
  /** Block index range [start, end] of the main text column (the sibling group with the most paragraph text). */
  main: { start: number; end: number } | null;
  /** Obfuscation undone and mis-decoded text repaired in the block texts: evidence in itself (detectTextTricks). */
  textRepairs?: TextRepairs;
}
