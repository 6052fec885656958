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
  /** List: officers' notes on a case (sealed), oldest first. */
  notes(caseId: string): string;
  /** Stream: every officer action (who, what, when), for oversight. */
  audit: string;
  /** Sorted set: deadlines (re-alerts, held answers' release, silences, chat erasing), scored by due time in ms. */
  due: string;
  /** String: the Redis memory level (80, 90, 100 %) last reported to the officers (src/redis/memory-watch.ts). */
  memoryReported: string;
  /** String: a channel's last state told to the officers, `down:<problem>:<since ms>` or `up` (src/health/channel-watch.ts). */
  channelAlert(channel: string): string;
  /** String (counter, expires): wrong code-word tries on a case while its answers are held. */
  codeTries(caseId: string): string;
  /** Sorted set: one person's messages in their chat (both sides) not yet deleted, scored by when they are due to go (ms). */
  trail(personId: string): string;
  /** Hash: the chat those messages are in (sealed address) and which of them go once the person answers. */
  trailChat(personId: string): string;
  /** String: short lock held while one process delivers a case's held answers. */
  deliveryLock(caseId: string): string;
  /** Hash: where a case's card is shown on the officers' desk (chat, thread, message, text digest). */
  deskCard(caseId: string): string;
  /** String: the case a desk thread or card message belongs to (`<chat>:t<thread>` or `<chat>:m<message>`). */
  deskRef(ref: string): string;
  /** String (expires): an officer's message whose answer was queued (a replayed update queues it once). */
  deskSeen(ref: string): string;
  /** Sorted set: desk posts waiting for Telegram's rate limit, most urgent first. */
  deskTodo: string;
  /** Sorted set: desk posts the group refused or that kept failing, parked, scored by their next try (ms). */
  deskParked: string;
  /** Hash: desk post → JSON of why it failed (tries, reason, when parked, its place in the todo, reported or not). */
  deskParkedInfo: string;
  /** Sorted set: urgent unclaimed cases due a re-alert, folded into one message per interval, scored by when they came due (ms). */
  deskRealerts: string;
  /** String (JSON, expires): the case ids a swarm digest listed, for its supervisor's button. */
  deskSwarm(token: string): string;
  /** Hash: officer id → the display name officers see on cards (officers' own names, never shown to people). */
  deskOfficers: string;
  /** String (sealed, expires): an officer's answer waiting for them to press Send on its preview. */
  deskPreview(token: string): string;
  /** Hash (expires): how far a case's re-alerts have gone along the paging chain (`step`, `next` on the roster). */
  deskPaging(caseId: string): string;
  /** Hash: roster members a direct message could not reach (they never started the bot) → when the group was told. */
  deskUnpaged: string;
  /** String (expires): the lock of the retention sweep, so that one process at a time runs it (src/cases/retention.ts). */
  retentionLock: string;
  /** String (expires): the roles lease, so that one process at a time runs the single-process parts (src/redis/lease.ts). */
  rolesLease: string;
  /** String (expires): the person was asked to confirm their /forget; the value is the confirmation button's number. */
  forgetAsk(personId: string): string;
  // --- Missing-person reports and linking (src/cases/linker.ts, src/cases/relative-access.ts) ---
  /** Set: case ids whose missing person or sender has this phone number (keyed hash, never the number). */
  matchPhone(hash: string): string;
  /** Set: case ids with this passport or ID number (keyed hash). */
  matchDocument(hash: string): string;
  /** Sorted set: case ids with this normalised name and country (keyed hash), scored by birth year (0 unknown). */
  matchName(hash: string): string;
  /** Set: the match index keys a case is in (so it can leave them when it changes or closes). */
  matchOf(caseId: string): string;
  /** Set: pairs of case ids (`A|B`, sorted) an officer said are not the same person: never linked again. */
  linksRejected: string;
  /** String: the open missing-person case of one relative about one person (keyed hash of both). */
  relativeReport(hash: string): string;
  /** Hash (expires): one sender's wrong PINs on one case number, and its growing locks (`fails`, `strikes`, `until`). */
  pinPair(caseId: string, personId: string): string;
  /** Hash (expires a day after its first failure): a case's failed checks by all senders (`n`, `alerted`, `f:<personId>`). */
  pinDay(caseId: string): string;
  /** String (expires): a sender said they forgot a case's PIN (the officers were told). */
  pinForgot(caseId: string, personId: string): string;
  /** String (counter, expires): failed status checks by one person. */
  pinFailsPerson(personId: string): string;
  // --- Outbox (src/core/outbox.ts) ---
  /** Hash: one outbox entry (a batch of messages to one person, sealed), until the channel took it. */
  outboxEntry(id: string): string;
  /** List: one person's outbox entry ids, oldest first (sent in this order). */
  outboxLane(personId: string): string;
  /** String (expires): the token of the process sending a person's lane. */
  outboxLock(personId: string): string;
  /** Sorted set: a channel's lanes ready to send, scored by priority then age. */
  outboxReady(channel: string): string;
  /** Sorted set: a channel's lanes waiting (retry due time, or lease expiry while being sent), ms. */
  outboxLater(channel: string): string;
  /** Sorted set: a channel's lanes' best priority score while they have entries. */
  outboxRank(channel: string): string;
  // --- WhatsApp channel (src/channels/whatsapp/) ---
  /** Hash: one linked WhatsApp number's Baileys auth state (creds + signal keys), every value sealed. */
  waAuth(session: string): string;
  /** String: a WhatsApp JID's person → their canonical address (sealed); keyed by an HMAC of the JID. */
  waJid(jidHash: string): string;
  // --- Web desk extras (src/web/extras/) ---
  /** String (counter): the last number of the embassy's rescue-request references (`KH-RR-2026-0007`). */
  rescueCounter: string;
  // --- Web desk (src/web/) ---
  /** String (JSON, expires): an unused one-time sign-in link, keyed by the SHA-256 of its token. */
  webLink(tokenHash: string): string;
  /** String (JSON, expires when idle): a signed-in officer's web session, keyed by the SHA-256 of its id. */
  webSession(idHash: string): string;
  /** Sorted set: every web session's id hash, scored by when it started (supervisors list and end them). */
  webSessions: string;
  /** Hash: canned answers officers reuse, `<lang>:<name>` → sealed text (supervisors edit them). */
  webCanned: string;
  /** Hash: officer id → how many of the person's messages they had read when they last opened the case (web desk unread counts). */
  webRead(caseId: string): string;
  // --- Keys and rotation (src/core/keyring.ts, src/core/rekey.ts) ---
  /** Hash: `personIdCheck` (fingerprint of the person-id key, set once), `sealing` (id of the key the hotline last started sealing with, and when: `sealingAt`). */
  keyring: string;
  /** String: a case's own data key (32 random bytes), wrapped (sealed) by the newest DATA_KEY; deleted first when the case is erased (src/cases/case-keys.ts). */
  caseKey(caseId: string): string;
  /** Hash: an unfinished `npm run rekey` (`target` key id, SCAN `cursor`, counts), deleted when it finishes. */
  rekey: string;
  /** Hash: an `npm run migrate-prefix` into this prefix (`from` prefix, source SCAN `cursor`, counts, `state`), kept when it finishes. */
  migrate: string;
}

export function createKeys(prefix: string): Keys {
  return {
    conversation: (personId) => `${prefix}conv:${personId}`,
    lease: (personId) => `${prefix}lease:${personId}`,
    case: (caseId) => `${prefix}case:${caseId}`,
    queue: `${prefix}queue:open`,
    events: `${prefix}events`,
    held: (caseId) => `${prefix}held:${caseId}`,
    notes: (caseId) => `${prefix}notes:${caseId}`,
    audit: `${prefix}audit`,
    due: `${prefix}due`,
    memoryReported: `${prefix}memory:reported`,
    channelAlert: (channel) => `${prefix}channel:alert:${channel}`,
    codeTries: (caseId) => `${prefix}code:tries:${caseId}`,
    trail: (personId) => `${prefix}trail:${personId}`,
    trailChat: (personId) => `${prefix}trail:chat:${personId}`,
    deliveryLock: (caseId) => `${prefix}lock:deliver:${caseId}`,
    deskCard: (caseId) => `${prefix}desk:card:${caseId}`,
    deskSeen: (ref) => `${prefix}desk:seen:${ref}`,
    deskRef: (ref) => `${prefix}desk:ref:${ref}`,
    deskTodo: `${prefix}desk:todo`,
    deskOfficers: `${prefix}desk:officers`,
    deskParked: `${prefix}desk:parked`,
    deskParkedInfo: `${prefix}desk:parked:info`,
    deskRealerts: `${prefix}desk:realert`,
    deskSwarm: (token) => `${prefix}desk:swarm:${token}`,
    deskPreview: (token) => `${prefix}desk:preview:${token}`,
    deskPaging: (caseId) => `${prefix}desk:paging:${caseId}`,
    deskUnpaged: `${prefix}desk:unpaged`,
    retentionLock: `${prefix}lock:retention`,
    rolesLease: `${prefix}roles:lease`,
    forgetAsk: (personId) => `${prefix}forget:ask:${personId}`,
    // --- Missing-person reports and linking ---
    matchPhone: (hash) => `${prefix}match:phone:${hash}`,
    matchDocument: (hash) => `${prefix}match:doc:${hash}`,
    matchName: (hash) => `${prefix}match:name:${hash}`,
    matchOf: (caseId) => `${prefix}match:of:${caseId}`,
    linksRejected: `${prefix}links:rejected`,
    relativeReport: (hash) => `${prefix}mp:report:${hash}`,
    pinPair: (caseId, personId) => `${prefix}pin:pair:${caseId}:${personId}`,
    pinDay: (caseId) => `${prefix}pin:day:${caseId}`,
    pinForgot: (caseId, personId) => `${prefix}pin:forgot:${caseId}:${personId}`,
    pinFailsPerson: (personId) => `${prefix}pin:fails:person:${personId}`,
    // --- Outbox ---
    outboxEntry: (id) => `${prefix}outbox:entry:${id}`,
    outboxLane: (personId) => `${prefix}outbox:lane:${personId}`,
    outboxLock: (personId) => `${prefix}outbox:lock:${personId}`,
    outboxReady: (channel) => `${prefix}outbox:ready:${channel}`,
    outboxLater: (channel) => `${prefix}outbox:later:${channel}`,
    outboxRank: (channel) => `${prefix}outbox:rank:${channel}`,
    // --- WhatsApp channel ---
    waAuth: (session) => `${prefix}wa:auth:${session}`,
    waJid: (jidHash) => `${prefix}wa:jid:${jidHash}`,
    // --- Web desk extras ---
    rescueCounter: `${prefix}rescue:counter`,
    // --- Web desk ---
    webLink: (tokenHash) => `${prefix}web:link:${tokenHash}`,
    webSession: (idHash) => `${prefix}web:session:${idHash}`,
    webSessions: `${prefix}web:sessions`,
    webCanned: `${prefix}web:canned`,
    webRead: (caseId) => `${prefix}web:read:${caseId}`,
    // --- Keys and rotation ---
    keyring: `${prefix}keyring`,
    caseKey: (caseId) => `${prefix}casekey:${caseId}`,
    rekey: `${prefix}rekey`,
    migrate: `${prefix}migrate`,
  };
}
