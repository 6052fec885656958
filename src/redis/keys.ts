/**
 * Every Redis key the hotline uses, built in one place under one prefix. The layout is documented for
 * embassy integrators in docs/redis-layout.md; change both together.
 */
export interface Keys {
  /** Hash: one person's conversation (sealed flow snapshot, recent message ids). */
  conversation(personId: string): string;
  /** String: the per-person processing lease (ordering across processes). */
  lease(personId: string): string;
  /** Hash: one case. */
  case(caseId: string): string;
  /** Sorted set: open cases, scored by urgency then age. */
  queue: string;
  /** Stream: every case change. */
  events: string;
  /** List: officers' answers held until the person can safely read them (oldest first). */
  held(caseId: string): string;
  // --- WhatsApp channel (src/channels/whatsapp/) ---
  /** Hash: one linked WhatsApp number's Baileys auth state (creds + signal keys), every value sealed. */
  waAuth(session: string): string;
  /** String: a WhatsApp JID's person → their canonical address (sealed); keyed by an HMAC of the JID. */
  waJid(jidHash: string): string;
}

export function createKeys(prefix: string): Keys {
  return {
    conversation: (personId) => `${prefix}conv:${personId}`,
    lease: (personId) => `${prefix}lease:${personId}`,
    case: (caseId) => `${prefix}case:${caseId}`,
    queue: `${prefix}queue:open`,
    events: `${prefix}events`,
    held: (caseId) => `${prefix}held:${caseId}`,
    // --- WhatsApp channel ---
    waAuth: (session) => `${prefix}wa:auth:${session}`,
    waJid: (jidHash) => `${prefix}wa:jid:${jidHash}`,
  };
}
