import type { LanguagePack } from './languagePack.ts';

/** English. */
export const en: LanguagePack = {
  code: 'en',
  sourceLabels: ["Source", "Sources", "Original source", "Article source", "News source", "Credit", "Via", "Original article", "Originally published", "Source link", "Source URL", "Source article", "Original story", "Original post", "Story source", "Article credit"],
  sourceLeads: ["Originally published at", "Originally published on", "Originally published in", "Originally published by", "First published at", "First published on", "First published by", "Republished from", "Reprinted from", "Republished with permission from", "Reprinted with permission from", "Courtesy of", "Translated from", "Adapted from", "Excerpted from", "Cross-posted from", "Crossposted from", "Syndicated from", "Story by"],
  readMore: ["Read more at", "Read more on", "Read the full story at", "Read the full story on", "Read the full article at", "Read the full article on", "Read the rest at", "Read the rest on", "Read the original at", "Read the original article at", "Continue reading at", "Continue reading on"],
  originPhrases: ["{originally|first|initially} {published|appeared|posted|ran} {at|on|in|by}", "{is|was|has been} {republished|reprinted|reproduced} {here |}{with permission |}{from|courtesy of}", "{republished|reprinted|reproduced} {here |}with {the |}{kind |}permission"],
  feedFooters: ["appeared first on", "first appeared on"],
  publisherDescriptors: ["the"],
  conjunctions: ["and", "with", "&"],
  posterLabels: ["posted by", "written by", "published by", "submitted by", "by", "author"],
};
