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
