/**
 * The words the safe-time reader (src/officers/safe-time.ts) knows, by language. A language is one entry:
 * a later `locales/<lang>/` file can feed the same shape to `createSafeTimeReader`. Entries may be phrases
 * of several words ("other than", "ada yang jaga"); the longest phrase that matches wins, and a word in
 * two lists is read as the more cautious one (a negation before anything else).
 *
 * Written the way people type on a hidden phone: abbreviations (`jgn`, `tdk`, `mlm`, `stlh`), no
 * apostrophes (they are removed before reading: "don't" is `dont`), common typos.
 */

/** The parts of the day the reader has ranges for (see PARTS in safe-time.ts). */
export type PartName =
  | 'morning' | 'dawn' | 'predawn' | 'midday' | 'noon' | 'lunch' | 'afternoon' | 'dusk' | 'evening' | 'night'
  | 'midnight' | 'asr' | 'maghrib' | 'isha';

export interface SafeTimeWords {
  /** "after 10pm": a window opens then. */
  after?: string[];
  /** "before 7am": a window closes then. */
  before?: string[];
  /** Joins two times into a range ("9 to 10pm"); alone ("until 22:00") it names no window: from when? */
  until?: string[];
  /** Like `until`, and later than that time is not safe ("stop at 22:00"). */
  stop?: string[];
  between?: string[];
  and?: string[];
  or?: string[];
  /** "but": ends a clause, and what a negation before it covers. */
  contrast?: string[];
  /** Other words that end a clause ("then"). */
  then?: string[];
  /** Times after it (or, with none after it, before it) are not safe: "jangan", "avoid", "not". */
  negation?: string[];
  /** Read as negations: "selain", "kecuali", "except", "other than". */
  exclusion?: string[];
  /** Says the time next to it is dangerous, usually the time before it: "ada bos", "tidak aman", "guards check". */
  danger?: string[];
  /** Phrases that look negative but are not, read as one harmless word: "bos tidak ada", "no guards". */
  absent?: string[];
  /** A clause with one (and no negation of its own) is not covered by an earlier negation: "aman", "aja". */
  affirmative?: string[];
  /** Days: a daily window cannot say them, so an answer naming one has no window. */
  day?: string[];
  /** Words after a number that make it a count or a duration ("2 hours", "3 orang"). */
  unit?: string[];
  /** "O'clock" words that are also durations: "jam 9" is a time, "2 jam" two hours. */
  hour?: string[];
  /** Words that may stand before a time and say nothing themselves ("pukul", "at", "around"). */
  filler?: string[];
  am?: string[];
  pm?: string[];
  parts?: Record<string, PartName>;
}

/** `x('{bos|boss} {gak|ga} ada')` → every combination: 'bos gak ada', 'bos ga ada', 'boss gak ada', … */
export function expand(...patterns: string[]): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    const m = /\{([^}]*)\}/.exec(p);
    if (!m) out.push(p.replace(/\s+/g, ' ').trim());
    else for (const alt of m[1]!.split('|')) out.push(...expand(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length)));
  }
  return out;
}

const words = (list: string) => list.split(/\s+/).filter(Boolean);

const NOT_ID = 'tidak|tdk|tida|gak|ga|gk|g|gag|nggak|ngga|ngak|enggak|engga|kagak|kaga|ndak|nda|tak';
const BOSS_ID = 'bos|boss|bosnya|mandor|penjaga|satpam|atasan|leader|ketua';
const BOSS_EN = 'boss|the boss|my boss|guard|guards|the guards|supervisor|manager|leader';

/** Indonesian, as typed in chat. */
const id: SafeTimeWords = {
  after: [...words('setelah stlh stelah setlah sesudah ssdh habis abis lewat dari mulai diatas'), 'di atas', 'lebih dari'],
  before: words('sebelum sblm sblum seblum sebelom'),
  until: words('sampai sampe smp smpai smpe hingga sd'),
  stop: expand('{berhenti|brenti|stop|udahan|selesai kirim} {jam|jm|pukul|pkl}'),
  between: words('antara'),
  and: words('dan dn'),
  or: words('atau ato atw atawa'),
  contrast: words('tapi tp tpi tetapi namun melainkan'),
  then: words('lalu terus trs trus kemudian'),
  negation: [
    ...words(`jangan jgn jngn jgan jangn janagn jan ${NOT_ID.replace(/\|/g, ' ')} bukan bkn bukn hindari hindarin jauhi`),
    ...expand(`{${NOT_ID}} {boleh|blh|bisa|bs|bsa|usah|perlu}`),
    ...expand('{jangan|jgn} {kirim|krm|chat|sms|pesan|telpon|telepon|tlp|wa|balas|bls}'),
  ],
  exclusion: words('selain slain selaen kecuali kcuali kecuoli kec kcl'),
  danger: [
    ...BOSS_ID.split('|'),
    ...expand('ada {orang|org|yang jaga|yg jaga|yang lihat|yg liat|yang liat|yang awasi|yg awasi|pemeriksaan|razia|cek|cek hp}'),
    ...expand('{hp|handphone|hape|ponsel} {diperiksa|dicek|diambil|dikumpul|dikumpulin|dikumpulkan|disita}'),
    ...words('diperiksa periksa pemeriksaan dicek dicheck digeledah geledah razia dijaga jaga diawasi awasi dipantau dilihat diliat rame ramai sibuk bahaya berbahaya rawan riskan berisiko beresiko'),
    ...expand(`{${NOT_ID}|kurang} aman`),
  ],
  absent: [
    ...expand(`{${BOSS_ID}} {${NOT_ID}} ada`, `{${NOT_ID}} ada {${BOSS_ID}|orang|org|yang jaga|yg jaga|yang lihat|yg liat|yang awasi|yg awasi}`),
    ...expand(`{${BOSS_ID}} {sudah|udah|sdh|udh|} {pergi|keluar|pulang|tidur|istirahat|libur|off}`),
    ...expand(`{${NOT_ID}} {diperiksa|dicek|dijaga|diawasi|sibuk|rame|ramai}`, `tanpa {${BOSS_ID}|orang|org}`),
  ],
  affirmative: [
    ...words('aman boleh bisa bs oke ok okey sendiri sepi bebas aja saja sj doang hanya cuma cuman gpp gapapa'),
    ...expand(`{${NOT_ID}} {apa apa|papa|masalah}`),
  ],
  day: [...words('senin selasa rabu kamis jumat jumaat sabtu minggu libur'), 'akhir pekan', 'akhir minggu'],
  unit: words('menit mnt hari orang org kali'),
  hour: words('jam jm'),
  filler: [...words('pukul pkl sekitar sktr kira'), 'kira kira', 'kurang lebih'],
  parts: {
    pagi: 'morning', pgi: 'morning', pagii: 'morning', pg: 'morning',
    subuh: 'dawn', shubuh: 'dawn',
    dinihari: 'predawn', 'dini hari': 'predawn',
    siang: 'midday', siank: 'midday', 'tengah hari': 'noon', tengahhari: 'noon',
    sore: 'afternoon', sor: 'afternoon',
    petang: 'dusk',
    malam: 'night', mlm: 'night', malem: 'night', mlem: 'night', mlam: 'night', malm: 'night',
    'tengah malam': 'midnight', 'tengah mlm': 'midnight', tengahmalam: 'midnight',
    // prayer times, as people in Indonesia name moments of the day (approximate: they move with the sun)
    ashar: 'asr', asar: 'asr', maghrib: 'maghrib', magrib: 'maghrib', isya: 'isha', isyak: 'isha',
  },
};

/** English, as typed in chat (apostrophes removed: "don't" is `dont`). */
const en: SafeTimeWords = {
  after: [...words('after past from aftr afta'), 'later than', 'no earlier than', 'not earlier than'],
  before: [...words('before b4 bfr befor'), 'no later than', 'not later than'],
  until: [...words('to until till til untill thru through'), 'up to'],
  stop: expand('stop {at|by|around}', 'stop {texting|messaging|writing} at'),
  between: words('between btwn'),
  and: words('and n'),
  or: words('or'),
  contrast: words('but however instead'),
  then: words('then also'),
  negation: [
    ...words('not no dont dnt never nvr avoid avoiding cant cannot wont shouldnt isnt arent unless stop'),
    ...expand('no {messages|message|msgs|msg|texts|text|texting|calls|calling}', 'please dont', 'do not'),
  ],
  exclusion: [...words('except excpt exept besides'), 'other than', 'apart from', 'aside from', 'but not'],
  danger: [
    ...BOSS_EN.split('|'),
    ...expand(`{${BOSS_EN}} {is|are|} {there|here|around|back|comes|come|coming|checks|check|checking}`),
    ...words('checked check checks checking inspection search searched searches watched watching monitored busy unsafe danger dangerous risky'),
    'not safe', 'phone check', 'phone checks',
  ],
  absent: [
    ...expand(`{${BOSS_EN}} {is|are|} {not|isnt|arent} {there|here|around|in}`, `no {${BOSS_EN}|one watching|one around|checks}`, 'nobody {watching|around|there}'),
    ...expand(`{${BOSS_EN}} {is|are|} {gone|away|out|asleep|sleeping|sleeps|leaves|leave|left|off}`),
    ...expand(`without {${BOSS_EN}|anyone}`),
  ],
  affirmative: [...words('safe ok okay fine free alone only just can best'), ...expand('no {problem|worries}', 'not a problem', 'dont worry')],
  day: words('weekend weekends weekday weekdays monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun'),
  unit: words('hour hours hr hrs minute minutes min mins days people persons times'),
  filler: [...words('at around about approx approximately oclock'), 'o clock'],
  am: words('am'),
  pm: words('pm'),
  parts: {
    morning: 'morning', mornings: 'morning', morn: 'morning',
    noon: 'noon', midday: 'noon', lunch: 'lunch', lunchtime: 'lunch',
    afternoon: 'afternoon', arvo: 'afternoon',
    evening: 'evening', evenings: 'evening',
    night: 'night', nite: 'night', nights: 'night', tonight: 'night', tonite: 'night', '2nite': 'night', '2night': 'night',
    midnight: 'midnight',
  },
};

/** The built-in languages. */
export const SAFE_TIME_WORDS: Readonly<Record<string, SafeTimeWords>> = { id, en };
