/**
 * One news publisher as the directory tables list it: its name as it writes it, its host (no scheme, no "www."), the
 * country it serves (ISO 3166-1 alpha-2, '' when the source did not say and the host's country-code domain does not
 * tell), its main language (ISO 639 code, '' when unknown) and, for agencies, the other names pages credit it by.
 */
export type PublisherRow = readonly [
  name: string,
  host: string,
  country: string,
  language: string,
  aliases?: readonly string[],
];
