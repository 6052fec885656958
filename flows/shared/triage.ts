/**
 * Triage: explainable rules from a person's answers to an urgency. Every rule that fires adds a reason
 * code; the highest urgency among them wins. Urgency never falls on its own: only an officer lowers it.
 */
export const urgencies = ['critical', 'high', 'normal'] as const;
export type Urgency = (typeof urgencies)[number];

/** ILO forced-labour indicators that matter in scam compounds, as asked in the intake. */
export const indicators = ['passport', 'confined', 'violence', 'forced-scam', 'debt', 'wages', 'injured'] as const;
export type Indicator = (typeof indicators)[number];

export interface TriageInput {
  dangerNow?: boolean;
  dangerWords?: boolean;
  situation: readonly string[];
  peopleCount?: number;
}

export interface TriageResult {
  urgency: Urgency;
  reasons: string[];
}

const RULES: Array<{ reason: string; urgency: Urgency; applies(i: TriageInput): boolean }> = [
  { reason: 'danger-now', urgency: 'critical', applies: (i) => i.dangerNow === true },
  { reason: 'danger-words', urgency: 'critical', applies: (i) => i.dangerWords === true },
  { reason: 'injured-and-violence', urgency: 'critical', applies: (i) => i.situation.includes('injured') && i.situation.includes('violence') },
  { reason: 'violence', urgency: 'high', applies: (i) => i.situation.includes('violence') },
  { reason: 'injured', urgency: 'high', applies: (i) => i.situation.includes('injured') },
  { reason: 'confined', urgency: 'high', applies: (i) => i.situation.includes('confined') },
  { reason: 'many-people', urgency: 'high', applies: (i) => (i.peopleCount ?? 0) > 10 },
  { reason: 'passport', urgency: 'normal', applies: (i) => i.situation.includes('passport') },
  { reason: 'forced-scam', urgency: 'normal', applies: (i) => i.situation.includes('forced-scam') },
  { reason: 'debt', urgency: 'normal', applies: (i) => i.situation.includes('debt') },
  { reason: 'wages', urgency: 'normal', applies: (i) => i.situation.includes('wages') },
];

export function urgencyRank(u: Urgency): number {
  return urgencies.indexOf(u); // 0 = most urgent
}

/** The more urgent of two urgencies. */
export function moreUrgent(a: Urgency, b: Urgency): Urgency {
  return urgencyRank(a) <= urgencyRank(b) ? a : b;
}

export function triage(input: TriageInput, previous?: TriageResult): TriageResult {
  const fired = RULES.filter((rule) => rule.applies(input));
  let urgency: Urgency = previous?.urgency ?? 'normal';
  for (const rule of fired) urgency = moreUrgent(urgency, rule.urgency);
  const reasons = [...new Set([...(previous?.reasons ?? []), ...fired.map((r) => r.reason)])];
  return { urgency, reasons };
}

/** What a relative says the missing person told them, as asked in the missing-person flow. */
export const harmIndicators = ['held', 'hurt', 'threatened', 'sold'] as const;
export type HarmIndicator = (typeof harmIndicators)[number];

export interface MissingPersonTriageInput {
  /** Indicators the relative ticked. */
  harm: readonly string[];
  /** The missing person's age, if known. */
  age?: number;
  /** Danger words in what the person last said (as quoted by the relative). */
  dangerWords?: boolean;
}

const MISSING_RULES: Array<{ reason: string; urgency: Urgency; applies(i: MissingPersonTriageInput): boolean }> = [
  { reason: 'minor-at-risk', urgency: 'critical', applies: (i) => isMinor(i) && i.harm.length > 0 },
  { reason: 'hurt-and-threatened', urgency: 'critical', applies: (i) => i.harm.includes('hurt') && i.harm.includes('threatened') },
  { reason: 'violence', urgency: 'high', applies: (i) => i.harm.includes('hurt') },
  { reason: 'threats', urgency: 'high', applies: (i) => i.harm.includes('threatened') },
  { reason: 'sold', urgency: 'high', applies: (i) => i.harm.includes('sold') },
  { reason: 'minor', urgency: 'high', applies: (i) => isMinor(i) },
  { reason: 'confined', urgency: 'high', applies: (i) => i.harm.includes('held') },
  { reason: 'danger-words', urgency: 'high', applies: (i) => i.dangerWords === true },
];

function isMinor(i: MissingPersonTriageInput): boolean {
  return i.age !== undefined && i.age < 18;
}

/**
 * Triage of a relative's report: violence, threats, being sold to another company, being held, or a
 * minor make it high; a minor with any of those, or hurt and threatened together, critical. Reported
 * danger words are high, not critical: the relative is quoting, the person is not writing to us now.
 */
export function triageMissingPerson(input: MissingPersonTriageInput, previous?: TriageResult): TriageResult {
  const fired = MISSING_RULES.filter((rule) => rule.applies(input));
  let urgency: Urgency = previous?.urgency ?? 'normal';
  for (const rule of fired) urgency = moreUrgent(urgency, rule.urgency);
  const reasons = [...new Set([...(previous?.reasons ?? []), ...fired.map((r) => r.reason)])];
  return { urgency, reasons };
}
