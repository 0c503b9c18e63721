import type { LanguagePack } from './languagePack.ts';

/** French. */
export const fr: LanguagePack = {
  code: 'fr',
  sourceLabels: [
    'Source',
    'Sources',
    'Source originale',
    'Crédit',
    'Via',
    'Article original',
    'Source de l’article',
    "Source de l'article",
  ],
  sourceLeads: [
    'Publié initialement sur',
    'Publié initialement par',
    'Article paru sur',
    'Article paru dans',
    'Traduit de',
    'Repris de',
  ],
  readMore: [
    'Lire la suite sur',
    'Lire la suite sur le site de',
    'Lire la suite dans',
    'Lire l’article complet sur',
    "Lire l'article complet sur",
    'Lire l’article original sur',
    "Lire l'article original sur",
    'Lire aussi sur',
  ],
  readMoreLines: [
    "{lire|lisez|continuer à lire|continuez à lire|continuer la lecture|poursuivre la lecture|retrouvez|retrouver|découvrez} {la suite |l’article |l'article |l’article complet |l'article complet |l’intégralité de l’article |l'intégralité de l'article |l’intégralité |l'intégralité |l’article original |l'article original |tout l’article |tout l'article |plus |}{sur|dans|chez|via|sur le site de|sur le site du} @",
    "{la suite|suite de l’article|suite de l'article|article complet|l’article complet|l'article complet|l’intégralité de l’article|l'intégralité de l'article} {sur|dans|chez} @",
    "{lire la suite|lire l’article|lire l'article|lire l’article complet|lire l'article complet|lire plus|la suite}",
  ],
  originPhrases: [
    "{initialement|originellement|originalement|d'abord|d’abord|précédemment|à l'origine|à l’origine|en premier} {publié|publiée|publiés|publiées|paru|parue|parus|parues} {sur|dans|par|chez}",
    "{publié|publiée|paru|parue} {initialement|originellement|d'abord|d’abord|à l'origine|à l’origine} {sur|dans|par|chez}",
    "cet article {est|a été} {initialement |originellement |d'abord |d’abord |}{paru|publié} {sur|dans|par|chez}",
  ],
  clippingLeads: [
    'Article {paru|publié} dans',
    'Article {paru|publié} … dans',
    '{Paru|Publié|Parue|Publiée} dans',
    'Article de … dans',
    "Article {du|de la|de l’|de l'}",
    "Extrait {du|de la|de l’|de l'}",
  ],
  dateLinks: ['du', 'de', 'le', 'ce', 'daté du', 'en date du'],
  reportVerbs: ['rapporte', 'rapporte l’', "rapporte l'", 'indique l’', "indique l'"],
  feedFooters: ['est apparu en premier sur'],
  publisherDescriptors: ['le site', 'le journal', 'le', 'la', 'les'],
  conjunctions: ['et', 'avec'],
  posterLabels: ['publié par', 'posté par', 'écrit par', 'par', 'auteur'],
};
