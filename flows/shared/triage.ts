/**
 * Triage: explainable rules from a person's answers to an urgency. Every rule that fires adds a reason
 * code; the highest urgency among them wins. Urgency never falls on its own: only an officer lowers it.
 *
 * The forced-labour indicators are also weighed together: each one alone may be `normal` (a passport
 * taken, a debt), but two or more of them make a case at least `high` (reason `indicators`). The
 * `score` is how many indicators were ever reported (reasons are kept across answers, so it only rises).
 */
export const urgencies = ['critical', 'high', 'normal'] as const;
export type Urgency = (typeof urgencies)[number];

/** ILO forced-labour indicators that matter in scam compounds, as asked in the intake. */
export const indicators = ['passport', 'confined', 'violence', 'threats', 'forced-scam', 'debt', 'wages', 'injured'] as const;
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
  /** How many forced-labour indicators the reasons hold (`scoredReasons`). */
  score: number;
}

/** What a triage builds on: the urgency and reasons so far (a score is counted again from the reasons). */
export type TriageSoFar = Pick<TriageResult, 'urgency' | 'reasons'>;

/**
 * Reason codes that are forced-labour indicators (ILO): a passport taken, not allowed to leave, violence,
 * threats, forced to scam, debt, wages withheld, many people held. A relative's report has its own
 * (held → confined, hurt → violence, threatened → threats, sold).
 */
export const scoredReasons = ['passport', 'confined', 'violence', 'threats', 'forced-scam', 'debt', 'wages', 'many-people', 'sold'] as const;
/** Indicators that together make a case at least `high`. */
export const indicatorsThreshold = 2;

const RULES: Array<{ reason: string; urgency: Urgency; applies(i: TriageInput): boolean }> = [
  { reason: 'danger-now', urgency: 'critical', applies: (i) => i.dangerNow === true },
  { reason: 'danger-words', urgency: 'critical', applies: (i) => i.dangerWords === true },
  { reason: 'injured-and-violence', urgency: 'critical', applies: (i) => i.situation.includes('injured') && i.situation.includes('violence') },
  { reason: 'violence', urgency: 'high', applies: (i) => i.situation.includes('violence') },
  { reason: 'injured', urgency: 'high', applies: (i) => i.situation.includes('injured') },
  { reason: 'threats', urgency: 'high', applies: (i) => i.situation.includes('threats') },
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

/** The rules that fired, on top of what was found before: urgency only rises, reasons only add up. */
function combine(fired: ReadonlyArray<{ reason: string; urgency: Urgency }>, previous: TriageSoFar | undefined): TriageResult {
  let urgency: Urgency = previous?.urgency ?? 'normal';
  for (const rule of fired) urgency = moreUrgent(urgency, rule.urgency);
  const reasons = [...new Set([...(previous?.reasons ?? []), ...fired.map((r) => r.reason)])];
  const score = reasons.filter((r) => (scoredReasons as readonly string[]).includes(r)).length;
  if (score >= indicatorsThreshold) {
    urgency = moreUrgent(urgency, 'high');
    if (!reasons.includes('indicators')) reasons.push('indicators');
  }
  return { urgency, reasons, score };
}

export function triage(input: TriageInput, previous?: TriageSoFar): TriageResult {
  return combine(RULES.filter((rule) => rule.applies(input)), previous);
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
 * Its score counts held, hurt, threatened and sold.
 */
export function triageMissingPerson(input: MissingPersonTriageInput, previous?: TriageSoFar): TriageResult {
  return combine(MISSING_RULES.filter((rule) => rule.applies(input)), previous);
}

/**
 * Every reason code a case can carry (the officers see each with its label, `desk-reason-<code>`): those
 * of the triage rules, `indicators`, and those the flows add themselves — `unfinished` (a silence opened
 * the case before the report was sent) and `duress` (the duress word).
 */
export const reasonCodes: readonly string[] = [...new Set([...RULES, ...MISSING_RULES].map((rule) => rule.reason)), 'indicators', 'unfinished', 'duress'];
