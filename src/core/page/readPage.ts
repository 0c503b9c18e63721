/**
 * One cheap, linear pass over a Document (a live page or linkedom's) into plain data that every detector reads:
 * metadata, JSON-LD, text blocks in document order with how (and whether) they are hidden and where they sit,
 * links, images and the odd attribute that hides a base64 payload. The parts live in their own files (walkPage,
 * finishBlocks, findMain, readMeta, collect*); this one puts them together and resolves block positions.
 */
import { collectNoscript } from './collectNoscript.ts';
import { collectResourceHosts } from './collectResourceHosts.ts';
import { collectScripts } from './collectScripts.ts';
import { findMain } from './findMain.ts';
import { finishBlocks } from './finishBlocks.ts';
import type { PageData } from './pageData.ts';
import { readMeta, readJsonLd } from './readMeta.ts';
import { absoluteHttpUrl } from '../url/absoluteHttpUrl.ts';
import { hostOf } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';
import { walkPage } from './walkPage.ts';

export type { PageBlock, PageData, PageImage, PageLink } from './pageData.ts';

export function readPage(doc: Document, url: string): PageData {
  const host = hostOf(url);
  const base = baseUrl(doc, url);
  const walk = walkPage(doc, base);
  const { blocks, finalIndex, repairs } = finishBlocks(walk.drafts, walk.containsMedia);
  // Links and images point at the draft slot they were met in: map it to the kept block at or after it.
  const resolve = (draft: number): number =>
    draft < 0 ? -1 : Math.min(finalIndex[draft] ?? blocks.length, blocks.length - 1);

  const jsonLd = readJsonLd(doc);
  const meta = readMeta(doc, base, jsonLd);
  return {
    url,
    host,
    site: siteOf(host),
    title: meta.title,
    lang: meta.lang,
    meta,
    jsonLd,
    blocks,
    links: walk.links.map(({ draft, ...l }) => ({ ...l, block: resolve(draft) })),
    images: walk.images.map(({ draft, ...img }) => ({
      ...img,
      block: Math.min(finalIndex[draft] ?? blocks.length, blocks.length),
    })),
    encodedAttrs: walk.encodedAttrs,
    resourceHosts: collectResourceHosts(doc, base),
    inlineScripts: collectScripts(doc),
    noscriptTexts: collectNoscript(doc),
    main: findMain(blocks),
    textRepairs: repairs,
  };
}

/** The page's <base href> when it is an http(s) URL, else its own address: relative links resolve against it. */
function baseUrl(doc: Document, url: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  return absoluteHttpUrl(href, url) ?? url;
}
