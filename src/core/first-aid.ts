/**
 * First aid for a person who writes in a language the deployment does not answer in (Burmese, Khmer,
 * Korean, Amharic… on an Indonesian deployment; Indonesian on a Philippine one): at once, in their
 * language, whose help line this is, the languages it reads, that SOS or a location reaches an officer
 * now, and the emergency numbers of the country the embassy is in; for someone who may not be the
 * embassy's citizen, that an SOS still reaches its officers, and their own embassy's number when the
 * deployment has one the embassy confirmed. A danger message in such a language is answered in it too
 * ("received, an officer is alerted"). The flow then goes on in the deployment's default language.
 *
 * The person's language is, in this order: the language of the danger lexicon their words matched, the
 * script of their words (src/i18n/detect.ts), the channel's hint. A language the deployment answers in
 * needs no first aid: the flow answers in it.
 *
 * What stays on screen: these messages name the embassy and danger, so they are transient like the
 * consent screen (deleted once the person answers, and at the auto-delete time); in discreet mode the
 * numbers whose name gives the reason away (`revealing`) are left out, as the intake's are.
 */
import { localisedName, type Deployment } from '../deployment.js';
import { detectLanguage } from '../i18n/detect.js';
import type { Locales } from '../i18n/locales.js';
import type { DangerMatch } from '../../flows/shared/danger/index.js';
import type { OutboundMessage } from './messages.js';

/** A sign per service, read in any language (the person's language has no service names here). */
const SIGNS: Record<string, string> = { police: '🚓', ambulance: '🚑', emergency: '🆘', 'tourist-police': '🚓', fire: '🚒' };
/**
 * A phone number of several groups ("+855 23 217 934") inside right-to-left text (Urdu) is shown with its
 * groups in reverse order unless isolated left to right. Only there: elsewhere some clients show the marks.
 * An emergency number stands alone on its line and needs none.
 */
const RTL = new Set(['ur', 'ar', 'fa', 'ps', 'he', 'dv']);
const ltrIn = (lang: string, s: string) => (RTL.has(lang) ? `\u2066${s}\u2069` : s);

export interface FirstAid {
  /**
   * The person's language when it is one with a first-aid answer and not one the deployment answers in;
   * undefined otherwise. `danger`: the phrases the text matched (the recogniser's `explain`), if graded.
   */
  languageOf(input: { text?: string; hint?: string; danger?: readonly DangerMatch[] }): string | undefined;
  /** The first-aid answer in `lang` (a language of `languageOf`). */
  answer(lang: string, opts: { discreet: boolean }): OutboundMessage;
  /** "Your message arrived, an officer is alerted", in `lang`. */
  alerted(lang: string): OutboundMessage;
  /**
   * For someone the deployment answers in full in a language that is not its citizens' (a Vietnamese on the
   * Indonesian embassy's line): whose line this is, that an SOS still reaches its officers, and their own
   * embassy's number when it is confirmed. None for the citizens' languages and English (the lingua franca
   * every deployment speaks, whose consent already names the embassy).
   */
  notCitizen(lang: string): OutboundMessage | undefined;
}

export function createFirstAid(deployment: Deployment, locales: Locales): FirstAid {
  const full = new Set(deployment.languages);
  const aid = new Set(locales.firstAidLanguages.filter((l) => !full.has(l)));
  const candidates = [...deployment.languages, ...aid];
  const host = deployment.countries.find((c) => c.code === deployment.host);
  const languages = deployment.languages.map((l) => locales.t(l, 'language-name')).join(', ');

  /**
   * The lexicon language most of the danger phrases came from; no answer when one of them is a language the
   * deployment answers in ("sos" is in many lexicons): then the script and the hint say.
   */
  function byLexicon(matches: readonly DangerMatch[]): string | undefined {
    const counts = new Map<string, number>();
    for (const m of matches) {
      if (m.section !== 'critical' && m.section !== 'cry' && m.section !== 'ask') continue;
      counts.set(m.lang, (counts.get(m.lang) ?? 0) + 1);
    }
    if ([...counts.keys()].some((l) => full.has(l))) return undefined;
    return [...counts].filter(([l]) => aid.has(l)).sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  /** Whose line this is and, when confirmed, the person's own embassy: for someone who is not its citizen. */
  function whoseLine(lang: string): Array<string | undefined> {
    const embassy = localisedName(deployment.embassy.name, lang);
    const own = deployment.embassies.find((e) => e.languages.includes(lang) && e.phone?.verified);
    return [
      locales.firstAid(lang, 'first-aid-not-citizen', { embassy }),
      own?.phone ? locales.firstAid(lang, 'first-aid-own-embassy', { name: localisedName(own.name, lang), phone: ltrIn(lang, own.phone.number) }) : undefined,
    ];
  }

  return {
    languageOf({ text, hint, danger }) {
      const lexical = danger ? byLexicon(danger) : undefined;
      if (lexical) return lexical;
      const detected = detectLanguage(text ?? '', { hint, candidates });
      return detected && aid.has(detected.lang) ? detected.lang : undefined;
    },
    answer(lang, { discreet }) {
      const embassy = localisedName(deployment.embassy.name, lang);
      const numbers = (host?.emergency ?? [])
        .filter((e) => !(discreet && e.revealing))
        .map((e) => `${SIGNS[e.service] ?? '☎️'} ${e.number}`)
        .join('\n');
      const parts = [locales.firstAid(lang, 'first-aid', { embassy, languages, numbers })];
      if (!deployment.embassy.citizens.languages.includes(lang)) parts.push(...whoseLine(lang));
      return { text: parts.filter(Boolean).join('\n\n'), transient: true };
    },
    notCitizen(lang) {
      if (!full.has(lang) || lang === 'en' || deployment.embassy.citizens.languages.includes(lang)) return undefined;
      const parts = whoseLine(lang).filter(Boolean);
      return parts.length ? { text: parts.join('\n\n'), transient: true } : undefined;
    },
    alerted(lang) {
      return { text: locales.firstAid(lang, 'first-aid-alerted') ?? '', transient: true };
    },
  };
}
