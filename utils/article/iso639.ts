/** ISO 639-3 → ISO 639-1 for the languages franc-min knows that have a two-letter code (facts). */
export const ISO639_3_TO_1: Record<string, string> = {
  spa: 'es', eng: 'en', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it', tur: 'tr',
  pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', bos: 'bs', hrv: 'hr', nld: 'nl', srp: 'sr', ckb: 'ku',
  yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', tgl: 'tl', hun: 'hu', azj: 'az', ces: 'cs', run: 'rn', plt: 'mg',
  nya: 'ny', zyb: 'za', kin: 'rw', zul: 'zu', swe: 'sv', lin: 'ln', som: 'so', ilo: 'ilo', rus: 'ru', ukr: 'uk',
  bel: 'be', bul: 'bg', kaz: 'kk', arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps', hin: 'hi', mar: 'mr', mai: 'mai',
  bho: 'bho', npi: 'ne', mag: 'mag', cmn: 'zh', jpn: 'ja', kor: 'ko', ell: 'el', heb: 'he', tha: 'th',
};
