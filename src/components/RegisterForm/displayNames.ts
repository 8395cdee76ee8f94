/** ISO 3166-1 alpha-2: every country BizKitHub may be told, by code. */
const countryCodes =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD ' +
  'CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF ' +
  'GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
  'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI ' +
  'SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
  'VN VU WF WS YE YT ZA ZM ZW';

/** ISO 639-1 languages a shop's customers commonly read: Europe's and the world's most spoken. */
const languageCodes =
  'ar bg bs ca cs cy da de el en es et eu fa fi fr ga gl he hi hr hu hy id is it ja ka kk ko lb lt lv mk mt nl no pl pt ro ' +
  'ru sk sl sq sr sv th tr uk ur vi zh';

export type Choice = { value: string; label: string };

const cache = new Map<string, Choice[]>();

/**
 * The codes named in `locale` by `Intl.DisplayNames` and sorted as that language sorts, so a
 * customer picks "Česko" (or "Czechia") while the form sends `CZ`. `extra` codes (the current value,
 * the form's own language) are kept even when not in the list.
 */
export function namedChoices(type: 'region' | 'language', locale: string, extra: readonly string[] = []): Choice[] {
  const key = `${type}|${locale}|${extra.join(',')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const base = (type === 'region' ? countryCodes : languageCodes).split(' ');
  const codes = [...new Set([...base, ...extra.filter((code) => code !== '')])];
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' });
  } catch {
    // Intl.DisplayNames missing, or refusing the locale: each choice reads as its code.
  }
  const collator = new Intl.Collator(locale);
  const choices = codes
    .map((value) => ({ value, label: names?.of(value) ?? value }))
    .sort((a, b) => collator.compare(a.label, b.label));
  cache.set(key, choices);
  return choices;
}
