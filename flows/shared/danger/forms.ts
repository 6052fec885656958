/**
 * Word forms a lexicon writes once: a root with the name of a group of forms (`pukul:passive`) stands for
 * every form of the group, made from templates such as `di*in` (dipukulin) or `{N}in` (mukulin).
 *
 * In a template `*` is the root as written, `_` a space (`di_*` is "di pukul"), `{me}` the root with the
 * prefix me- and its nasal sound (pukul → memukul, tembak → menembak, sekap → menyekap, kunci → mengunci,
 * ancam → mengancam, bunuh → membunuh), `{N}` the colloquial nasal form without me- (mukul, nembak, nyekap,
 * ngunci, ngancam, nyulik; ngebunuh, ngegebuk where the first sound does not change). Indonesian, Malay and
 * Javanese build words this way.
 */

const VOWELS = 'aiueo';

/** me- with nasal assimilation, as in Indonesian and Malay. */
export function meForm(root: string): string {
  const c = root[0] ?? '';
  if (c === '' || VOWELS.includes(c) || c === 'g' || c === 'h') return `meng${root}`;
  if (c === 'k') return `meng${root.slice(1)}`;
  if (c === 'p') return `mem${root.slice(1)}`;
  if (c === 'b' || c === 'f' || c === 'v') return `mem${root}`;
  if (c === 't') return `men${root.slice(1)}`;
  if (c === 'd' || c === 'c' || c === 'j' || c === 'z') return `men${root}`;
  if (c === 's') return `meny${root.slice(1)}`;
  return `me${root}`;
}

/** The colloquial nasal form (Jakarta Indonesian, Javanese): mukul, nembak, nyekap, ngunci, ngebunuh. */
export function nasalForm(root: string): string {
  const c = root[0] ?? '';
  if (c === 'p') return `m${root.slice(1)}`;
  if (c === 't') return `n${root.slice(1)}`;
  if (c === 's' || c === 'c') return `ny${root.slice(1)}`;
  if (c === 'k') return `ng${root.slice(1)}`;
  if (c === '' || VOWELS.includes(c)) return `ng${root}`;
  return `nge${root}`;
}

/** True when a template uses the root (else it would stand for one fixed word). */
export const isTemplate = (template: string): boolean => /\*|\{me\}|\{N\}/.test(template);

/** One template applied to a root: the words it makes ("di_*" + "pukul" → "di pukul"). */
export function applyTemplate(template: string, root: string): string {
  return template
    .replace(/\{me\}/g, meForm(root))
    .replace(/\{N\}/g, nasalForm(root))
    .replace(/\*/g, root)
    .replace(/_/g, ' ');
}
