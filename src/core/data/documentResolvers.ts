/**
 * Sites whose addresses name a document by a persistent identifier (a paper's DOI, a handle, an archive's record):
 * a page that writes one out cites a study or a record, it does not give the source of its own text. Registrable
 * domains, as `siteOf` returns them.
 */
export const DOCUMENT_RESOLVERS: ReadonlySet<string> = new Set([
  'doi.org',
  'handle.net',
  'arxiv.org',
  'pubmed.gov',
  'nih.gov',
  'orcid.org',
  'jstor.org',
  'ssrn.com',
  'zenodo.org',
]);
