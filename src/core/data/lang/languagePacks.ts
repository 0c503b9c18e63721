/**
 * Every language pack. Adding a language is adding its file and one line here (a test fails when a file in this
 * folder is not listed). The order is the order of the source-label table they replace; matchers sort their
 * phrases longest first, so it does not change what matches.
 */
import type { LanguagePack } from './languagePack.ts';
import { vi } from './vi.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { de } from './de.ts';
import { pt } from './pt.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { cs } from './cs.ts';
import { sk } from './sk.ts';
import { tr } from './tr.ts';
import { id } from './id.ts';
import { ms } from './ms.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';
import { bg } from './bg.ts';
import { sr } from './sr.ts';
import { ar } from './ar.ts';
import { fa } from './fa.ts';
import { he } from './he.ts';
import { zh } from './zh.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { th } from './th.ts';
import { hi } from './hi.ts';
import { bn } from './bn.ts';
import { ur } from './ur.ts';
import { sv } from './sv.ts';
import { da } from './da.ts';
import { no } from './no.ts';
import { fi } from './fi.ts';
import { ro } from './ro.ts';
import { hu } from './hu.ts';
import { el } from './el.ts';
import { hr } from './hr.ts';
import { sw } from './sw.ts';
import { az } from './az.ts';
import { lt } from './lt.ts';
import { is } from './is.ts';
import { sl } from './sl.ts';
import { et } from './et.ts';
import { sq } from './sq.ts';
import { uz } from './uz.ts';
import { ka } from './ka.ts';
import { hy } from './hy.ts';
import { ta } from './ta.ts';
import { te } from './te.ts';
import { my } from './my.ts';
import { mn } from './mn.ts';
import { kk } from './kk.ts';
import { mk } from './mk.ts';
import { be } from './be.ts';
import { ca } from './ca.ts';
import { eu } from './eu.ts';
import { lv } from './lv.ts';
import { tl } from './tl.ts';
import { pa } from './pa.ts';
import { gu } from './gu.ts';
import { kn } from './kn.ts';
import { ml } from './ml.ts';
import { si } from './si.ts';
import { am } from './am.ts';
import { km } from './km.ts';
import { ne } from './ne.ts';
import { so } from './so.ts';
import { ha } from './ha.ts';
import { cy } from './cy.ts';
import { af } from './af.ts';
import { bs } from './bs.ts';
import { gl } from './gl.ts';
import { mr } from './mr.ts';
import { lo } from './lo.ts';
import { ky } from './ky.ts';
import { fo } from './fo.ts';
import { ps } from './ps.ts';
import { ku } from './ku.ts';
import { tg } from './tg.ts';
import { tk } from './tk.ts';
import { mt } from './mt.ts';
import { ga } from './ga.ts';
import { yo } from './yo.ts';
import { zu } from './zu.ts';
import { ceb } from './ceb.ts';

export const LANGUAGE_PACKS: readonly LanguagePack[] = [
  vi,
  en,
  es,
  fr,
  de,
  pt,
  it,
  nl,
  pl,
  cs,
  sk,
  tr,
  id,
  ms,
  ru,
  uk,
  bg,
  sr,
  ar,
  fa,
  he,
  zh,
  ja,
  ko,
  th,
  hi,
  bn,
  ur,
  sv,
  da,
  no,
  fi,
  ro,
  hu,
  el,
  hr,
  sw,
  az,
  lt,
  is,
  sl,
  et,
  sq,
  uz,
  ka,
  hy,
  ta,
  te,
  my,
  mn,
  kk,
  mk,
  be,
  ca,
  eu,
  lv,
  tl,
  pa,
  gu,
  kn,
  ml,
  si,
  am,
  km,
  ne,
  so,
  ha,
  cy,
  af,
  bs,
  gl,
  mr,
  lo,
  ky,
  fo,
  ps,
  ku,
  tg,
  tk,
  mt,
  ga,
  yo,
  zu,
  ceb,
];
