/**
 * Other ways a typed word may be spelt, tried when the word as typed is not in a lexicon: letters held
 * down (`tolonggg`, `helppp`, `pleeease`), digits for letters (`t0l0ng`, `S0S`), and the chat reduplication
 * mark (`dipukul2` for dipukul-pukul, `org2` for orang-orang).
 *
 * Held-down letters are read three ways, because real words have double letters too: runs of three or
 * more as one letter (`toloooong` → tolong), as two (`killll` → kill, `bleeeeding` → bleeding), and every
 * double as one (`tolongg` → tolong). A lexicon word with a double letter (`kill`, `cuu`, `maaf`) still
 * matches as typed, and a double typed by accident is forgiven.
 */

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '9': 'g' };
const isDigit = (c: string) => c >= '0' && c <= '9';

/** `word` with every run of `min` or more equal letters written `keep` times. */
function squeeze(word: string, min: number, keep: number): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const c = word[i]!;
    let j = i + 1;
    while (j < word.length && word[j] === c) j++;
    out += j - i >= min && !isDigit(c) ? c.repeat(keep) : word.slice(i, j);
    i = j;
  }
  return out;
}

/** The other spellings of `word` (folded), without `word` itself; [] when there are none. */
export function otherSpellings(word: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (s !== word && s !== '' && !out.includes(s)) out.push(s);
  };
  add(squeeze(word, 3, 1));
  add(squeeze(word, 3, 2));
  add(squeeze(word, 2, 1));
  let digits = 0;
  for (const c of word) if (isDigit(c)) digits++;
  if (digits > 0 && digits < word.length) {
    if (word.endsWith('2') && !isDigit(word[word.length - 2]!)) add(word.slice(0, -1));
    const letters = Array.from(word, (c) => LEET[c] ?? c).join('');
    if (![...letters].some(isDigit)) add(letters);
  }
  return out;
}
