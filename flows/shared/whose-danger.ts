/**
 * Whose danger a message speaks of: the writer's own ("tolong saya dipukul", "I am locked in", "they beat
 * me") or someone else's ("they beat him", "dia bilang disiksa", "anak saya dikurung", "my son is locked
 * in"). Read from the words alone, after the danger matcher has found danger in them: first-person
 * pronouns (saya, aku, gue, I, me, we…) against third-person ones and kin with a possessive (dia, mereka,
 * he, him, her, anak saya, adikku, my son…). Pure; no I/O.
 *
 * What counts against "writer":
 * - kin with a possessive ("anak saya", "suamiku", "my son"): the kin is who the message is about, and
 *   the "saya" in it is no victim;
 * - a plea for help on someone's behalf ("tolong saya", "help me", "tolong bantu cari…"): the writer's
 *   pronoun there asks, it does not say they are hurt;
 * - reported speech ("dia bilang", "katanya", "he said", "she told me"): the first person inside a quote
 *   is the one quoted.
 * A plural "they" / "mereka" that is not itself hurt (the subject: "they have guns") is not counted: in a
 * compound it is the captors, and a victim writing only of them must not be taken for a relative.
 * Between a first-person and a third-person reading, the one right before a passive verb ("saya
 * dipukul", "dia disiksa") or right after an English verb as its object ("beat me", "beat him") wins.
 * Anything else that has both, or neither, is `unsure`: each flow decides what unsure means for it.
 */
import { looseForm } from './text.js';

export type DangerSubject = 'writer' | 'other' | 'unsure';

/** Kin and others a relative reports about, as nouns that take a possessive (Indonesian, Malay, Javanese, English). */
const KIN = new Set([
  'anak', 'putra', 'putri', 'putraku', 'suami', 'istri', 'isteri', 'adik', 'kakak', 'abang', 'ibu', 'ayah', 'bapak', 'mama', 'papa', 'emak', 'mak',
  'keponakan', 'ponakan', 'sepupu', 'teman', 'kawan', 'sahabat', 'pacar', 'tunangan', 'saudara', 'saudari', 'cucu', 'menantu', 'ipar', 'paman', 'bibi',
  'om', 'tante', 'keluarga', 'mbak', 'mas', 'bojo', 'bojoku', 'kangmas', 'adhik', 'anakku',
  'son', 'daughter', 'child', 'kid', 'kids', 'children', 'brother', 'sister', 'husband', 'wife', 'mother', 'mom', 'mum', 'father', 'dad', 'parents',
  'cousin', 'nephew', 'niece', 'friend', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'uncle', 'aunt', 'grandson', 'granddaughter', 'partner', 'family',
]);
/** Possessives after a kin noun (Indonesian order: "anak saya") or before it (English: "my son"). */
const POSSESSIVE_AFTER = new Set(['saya', 'aku', 'ku', 'gue', 'gw', 'gua', 'sy', 'kami', 'kita', 'kula', 'kulo']);
const POSSESSIVE_BEFORE = new Set(['my', 'our']);

const FIRST = new Set(['saya', 'aku', 'ku', 'gue', 'gua', 'gw', 'sy', 'ak', 'aq', 'kami', 'kita', 'kula', 'kulo', 'i', 'im', 'me', 'my', 'we', 'us', 'our', 'myself', 'ourselves']);
const THIRD = new Set(['dia', 'ia', 'beliau', 'mereka', 'doi', 'dheweke', 'he', 'she', 'him', 'her', 'his', 'they', 'them', 'their', 'himself', 'herself', 'themselves']);
/** Plural third persons that, as the subject, are usually the captors ("they beat us", "mereka jaga pintu"). */
const AGENTS_PLURAL = new Set(['they', 'mereka']);
/** English object forms: the victim of the verb before them. */
const OBJECT_FIRST = new Set(['me', 'us']);
const OBJECT_THIRD = new Set(['him', 'her', 'them']);
/** Verbs after which a pronoun is the one asked for help or spoken to, not the one hurt. */
const PLEA = new Set(['tolong', 'tolongin', 'bantu', 'bantuin', 'help', 'tell', 'told', 'call', 'called', 'text', 'texted', 'message', 'messaged', 'asked', 'ask', 'sent', 'contact', 'contacted', 'telpon', 'telepon', 'hubungi', 'kabari', 'kasih', 'beri']);
/** Words that say what follows is someone else's words. */
const REPORTED = new Set(['bilang', 'katanya', 'kata', 'cerita', 'ngomong', 'mengatakan', 'berkata', 'ngabari', 'said', 'says', 'say', 'told', 'wrote', 'writes', 'texted', 'messaged']);
/** Words before a passive verb that change nothing: "saya sedang disekap", "dia sudah dipukul". */
const AUX = new Set(['sedang', 'lagi', 'lg', 'sudah', 'udah', 'sdh', 'dah', 'telah', 'masih', 'baru', 'pernah', 'akan', 'mau', 'is', 'am', 'are', 'was', 'were', 'been', 'being', 'be', 'got', 'get', 'getting', 'm', 's', 're']);

/** Words before the one who did it: "dipukul oleh mereka", "beaten by them". */
const AGENT = new Set(['oleh', 'sama', 'ama', 'dari', 'by', 'from', 'with']);
/** An Indonesian active verb ("memukul", "mengurung", "menyiksa"): a pronoun after it is its object. */
const ACTIVE = /^me(?:m|n|ng|ny)?\p{L}{3,}$/u;

/** English participles of harm: passive after a form of "be" ("I am locked in", "he was beaten"). */
const PARTICIPLES = new Set(['locked', 'held', 'beaten', 'hurt', 'trapped', 'kidnapped', 'raped', 'tortured', 'detained', 'imprisoned', 'kept', 'sold', 'threatened', 'injured', 'attacked', 'hit', 'shot', 'stabbed']);

/**
 * A passive verb at `j` (after the pronoun at `i` and any auxiliaries): Indonesian "dipukul", "disekap",
 * "terkunci", "kena pukul"; an English participle only after an auxiliary ("they locked" is active).
 */
function isPassiveAt(words: readonly string[], i: number, j: number): boolean {
  const word = words[j];
  if (!word) return false;
  if ((word.length >= 5 && /^(di|ter)\p{L}+$/u.test(word)) || word === 'kena') return true;
  return j > i + 1 && PARTICIPLES.has(word);
}

/** Whose danger `text` speaks of (see the module doc). */
export function whoseDanger(text: string): DangerSubject {
  const words = looseForm(text).trim().split(' ').filter(Boolean);
  let first = 0;
  let third = 0;
  let strongFirst = 0;
  let strongThird = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const next = words[i + 1];
    // "anak saya", "anakku", "my son": someone else.
    if (KIN.has(w) && (POSSESSIVE_AFTER.has(next ?? '') || (prev !== undefined && POSSESSIVE_BEFORE.has(prev)))) {
      third++;
      const at = POSSESSIVE_AFTER.has(next ?? '') ? i + 1 : i;
      let j = at + 1;
      while (AUX.has(words[j] ?? '')) j++;
      if (isPassiveAt(words, at, j)) strongThird++;
      if (POSSESSIVE_AFTER.has(next ?? '')) i++; // the possessive is no first person
      continue;
    }
    if (/^\p{L}{3,}ku$/u.test(w) && KIN.has(w.slice(0, -2))) {
      third++;
      continue;
    }
    if (POSSESSIVE_BEFORE.has(w) && KIN.has(next ?? '')) continue; // counted with the kin noun
    if (REPORTED.has(w)) {
      strongThird++;
      continue;
    }
    const isFirst = FIRST.has(w);
    const isThird = THIRD.has(w);
    if (!isFirst && !isThird) continue;
    let j = i + 1;
    while (AUX.has(words[j] ?? '')) j++;
    const passive = isPassiveAt(words, i, j);
    if (isFirst && !passive && prev !== undefined && PLEA.has(prev)) continue; // "tolong saya", "help me", "told me"
    const object = prev !== undefined && !PLEA.has(prev) && !AGENT.has(prev) && !AUX.has(prev) && !FIRST.has(prev) && !THIRD.has(prev) && (OBJECT_FIRST.has(w) || OBJECT_THIRD.has(w) || ACTIVE.test(prev));
    const victim = passive || object;
    // "they have guns", "mereka bawa senjata": a plural third person that is not the one hurt is, in a
    // compound, most often the captors; it says nothing of whose danger this is.
    if (isThird && !victim && AGENTS_PLURAL.has(w)) continue;
    if (isFirst) {
      first++;
      if (victim) strongFirst++;
    } else {
      third++;
      if (victim) strongThird++;
    }
  }
  if (strongThird > 0 && strongFirst === 0) return 'other';
  if (strongFirst > 0 && strongThird === 0) return 'writer';
  if (strongFirst > 0 || strongThird > 0) return 'unsure';
  if (first > 0 && third === 0) return 'writer';
  if (third > 0 && first === 0) return 'other';
  return 'unsure';
}
