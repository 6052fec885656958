/**
 * The web desk over HTTP (real Redis, the real hotline core making the cases): sign-in links, sessions,
 * roles, CSRF, the queue, search, a case and its actions, canned answers, the events stream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/web/desk-plugin.js';
import { deskRig, type DeskRig } from './desk-rig.js';

const form = (pairs: Record<string, string>) => new URLSearchParams(pairs).toString();
const formHeaders = (cookie: string) => ({ cookie, 'content-type': 'application/x-www-form-urlencoded' });

describe('web desk: signing in', () => {
  let r: DeskRig;
  beforeAll(async () => {
    r = await deskRig();
    await r.sos('1001');
  });
  afterAll(() => r.close());

  it('answers nothing without a session, or with a forged one', async () => {
    for (const url of ['/desk', '/desk/queue.part', '/desk/events', '/desk/case/KH-0000', '/desk/canned', '/desk/sessions', '/desk/map', '/desk/map.json', '/desk/handover']) {
      for (const headers of [{}, { cookie: `${SESSION_COOKIE}=${'A'.repeat(43)}` }, { cookie: `${SESSION_COOKIE}=not-a-session` }]) {
        const res = await r.server.inject({ url, headers });
        expect(res.statusCode, url).toBe(401);
        expect(res.body).not.toMatch(/[A-Z]{2}-[0-9A-Z]{4}/);
      }
    }
    const post = await r.server.inject({ method: 'POST', url: '/desk/case/KH-0000/act', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ action: 'claim' }) });
    expect(post.statusCode).toBe(401);
  });

  it('never takes a link on GET (a link preview cannot use it up), and takes it once on POST', async () => {
    const token = await r.link('cli:ana', 'ana');
    const shown = await r.server.inject({ url: `/desk/signin?t=${token}` });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('name="t"');
    expect(shown.headers['set-cookie']).toBeUndefined();
    const once = await r.server.inject({ method: 'POST', url: '/desk/signin', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ t: token }) });
    expect(once.statusCode).toBe(303);
    const cookie = String(once.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/desk/);
    const again = await r.server.inject({ method: 'POST', url: '/desk/signin', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ t: token }) });
    expect(again.statusCode).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    // Only hashes of links and sessions are in Redis.
    const keys = await r.t.redis.keys(`${r.t.prefix}web:*`);
    const values = await Promise.all(keys.filter((k) => k.includes(':session:')).map((k) => r.t.redis.get(k)));
    const sessionId = /desk_session=([^;]+)/.exec(cookie)![1]!;
    expect(keys.join(' ') + values.join(' ')).not.toContain(sessionId);
    expect(keys.join(' ')).not.toContain(token);
    expect((await r.audit()).some((a) => a.action === 'web-sign-in' && a.officer === 'cli:ana')).toBe(true);
  });

  it('refuses an expired link', async () => {
    const token = await r.link('cli:old', 'old');
    await r.t.redis.pexpire(`${r.t.prefix}web:link:${(await import('node:crypto')).createHash('sha256').update(token).digest('hex')}`, 1);
    await new Promise((res) => setTimeout(res, 20));
    const res = await r.server.inject({ method: 'POST', url: '/desk/signin', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ t: token }) });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a POST without the session\'s CSRF token', async () => {
    const { cookie, csrf } = await r.signIn('cli:budi', 'budi');
    const caseId = (await r.app.cases.listOpen())[0]!.id;
    for (const token of ['', 'x'.repeat(csrf.length), `${csrf}x`]) {
      const res = await r.server.inject({ method: 'POST', url: `/desk/case/${caseId}/act`, headers: formHeaders(cookie), payload: form({ action: 'claim', csrf: token }) });
      expect(res.statusCode).toBe(403);
    }
    expect((await r.app.cases.get(caseId))!.claimedBy).toBeUndefined();
    const ok = await r.server.inject({ method: 'POST', url: `/desk/case/${caseId}/act`, headers: formHeaders(cookie), payload: form({ action: 'claim', csrf }) });
    expect(ok.statusCode).toBe(303);
    expect((await r.app.cases.get(caseId))!.claimedBy).toBe('cli:budi');
  });

  it('keeps officers to their role: sessions and canned answers are for supervisors', async () => {
    const o = await r.signIn('cli:oki', 'oki');
    expect((await r.server.inject({ url: '/desk/sessions', headers: { cookie: o.cookie } })).statusCode).toBe(403);
    const post = await r.server.inject({ method: 'POST', url: '/desk/canned', headers: formHeaders(o.cookie), payload: form({ csrf: o.csrf, lang: 'en', slug: 'hello', text: 'We are here.' }) });
    expect(post.statusCode).toBe(403);
    expect(await r.t.redis.hlen(r.app.keys.webCanned)).toBe(0);
  });

  it('lets a supervisor end another session, which then answers nothing, its event stream included', async () => {
    const sup = await r.signIn('telegram:900', 'Sri', true);
    const o = await r.signIn('cli:ended', 'ended');
    const list = await r.server.inject({ url: '/desk/sessions', headers: { cookie: sup.cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('cli:ended');
    const sessions = await r.auth.list();
    const target = sessions.find((s) => s.officer === 'cli:ended')!;
    const end = await r.server.inject({ method: 'POST', url: '/desk/sessions/end', headers: formHeaders(sup.cookie), payload: form({ csrf: sup.csrf, id: target.idHash }) });
    expect(end.statusCode).toBe(303);
    expect((await r.server.inject({ url: '/desk', headers: { cookie: o.cookie } })).statusCode).toBe(401);
    expect((await r.audit()).some((a) => a.action === 'web-end-session' && a.officer === 'telegram:900')).toBe(true);
  });

  it('ends the session of a Telegram officer no longer listed at their next request', async () => {
    const o = await r.signIn('telegram:555', 'Rina');
    expect((await r.server.inject({ url: '/desk', headers: { cookie: o.cookie } })).statusCode).toBe(200);
    r.roles.delete('telegram:555');
    expect((await r.server.inject({ url: '/desk', headers: { cookie: o.cookie } })).statusCode).toBe(401);
    r.roles.set('telegram:555', 'officer');
    expect((await r.server.inject({ url: '/desk', headers: { cookie: o.cookie } })).statusCode).toBe(401); // ended, not paused
  });

  it('signs out', async () => {
    const o = await r.signIn('cli:bye', 'bye');
    const out = await r.server.inject({ method: 'POST', url: '/desk/signout', headers: formHeaders(o.cookie), payload: form({ csrf: o.csrf }) });
    expect(out.statusCode).toBe(303);
    expect((await r.server.inject({ url: '/desk', headers: { cookie: o.cookie } })).statusCode).toBe(401);
  });

  it('ends an idle session', async () => {
    const short = await deskRig({ idleMs: 150 });
    try {
      const o = await short.signIn('cli:idle', 'idle');
      await new Promise((res) => setTimeout(res, 300));
      expect((await short.server.inject({ url: '/desk', headers: { cookie: o.cookie } })).statusCode).toBe(401);
    } finally {
      await short.close();
    }
  });
});

describe('web desk: queue, search and a case', () => {
  let r: DeskRig;
  let ana: { cookie: string; csrf: string };
  let critical: string;
  let missing: string;
  beforeAll(async () => {
    r = await deskRig();
    critical = await r.sos('2001', 'tolong kami dipukuli, SOS', 'id');
    missing = await r.missing('2002', { name: 'Joko Widodo Susanto', passport: 'C 1234567' });
    ana = await r.signIn('cli:ana', 'ana');
  });
  afterAll(() => r.close());

  it('lists open cases by urgency with reasons in words, behind a strict CSP and no inline script', async () => {
    const res = await r.server.inject({ url: '/desk', headers: { cookie: ana.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.body).not.toMatch(/<script>|<script(?![^>]*src=)|style=|https?:\/\/(?!127)/);
    const ids = [...res.body.matchAll(/<tr class="[a-z]+" data-case="([^"]+)"/g)].map((m) => m[1]);
    expect(ids[0]).toBe(critical);
    expect(ids).toContain(missing);
    expect(res.body).toMatch(new RegExp(`data-case="${critical}"[^]*?CRITICAL[^]*?(danger)`, 'i'));
  });

  it('finds a case by passport number, by name and by case number, and audits that a search was made but not what', async () => {
    for (const q of ['c1234567', 'C-123 4567', 'joko widodo', 'susanto jok', missing.toLowerCase()]) {
      const res = await r.server.inject({ url: `/desk?q=${encodeURIComponent(q)}`, headers: { cookie: ana.cookie } });
      const ids = [...res.body.matchAll(/<tr class="[a-z]+" data-case="([^"]+)"/g)].map((m) => m[1]);
      expect(ids, q).toEqual([missing]);
    }
    const none = await r.server.inject({ url: '/desk?q=Z9999999', headers: { cookie: ana.cookie } });
    expect(none.body).not.toMatch(/<tr class="[a-z]+" data-case=/);
    const audit = await r.audit();
    expect(audit.filter((a) => a.action === 'web-search').length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(audit)).not.toMatch(/1234567|joko/i);
    // Nothing searched is in Redis in clear.
    const keys = await r.t.redis.keys(`${r.t.prefix}*`);
    expect(keys.join(' ')).not.toMatch(/1234567|joko/i);
  });

  it('filters by urgency, kind and claimed by me / nobody', async () => {
    const get = async (q: string) => [...(await r.server.inject({ url: `/desk?${q}`, headers: { cookie: ana.cookie } })).body.matchAll(/<tr class="[a-z]+" data-case="([^"]+)"/g)].map((m) => m[1]);
    expect(await get('urgency=critical')).toEqual([critical]);
    expect(await get('kind=missing-person')).toEqual([missing]);
    expect(await get('claimed=me')).toEqual([]);
    expect((await get('claimed=nobody')).sort()).toEqual([critical, missing].sort());
  });

  it('shows a case (audited), claims it, answers it and shows the answer held with when it goes', async () => {
    const page = await r.server.inject({ url: `/desk/case/${critical}`, headers: { cookie: ana.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('tolong kami dipukuli'); // the person's own words, escaped
    expect((await r.audit()).some((a) => a.action === 'view' && a.case === critical && a.officer === 'cli:ana')).toBe(true);
    const act = (pairs: Record<string, string>) => r.server.inject({ method: 'POST', url: `/desk/case/${critical}/act`, headers: formHeaders(ana.cookie), payload: form({ csrf: ana.csrf, ...pairs }) });
    const claimed = await act({ action: 'claim' });
    expect(claimed.statusCode).toBe(303);
    expect(claimed.headers.location).toBe(`/desk/case/${critical}?ok=claimed`);
    const answered = await act({ action: 'reply', text: 'We got your message. Stay safe.' });
    expect(answered.headers.location).toBe(`/desk/case/${critical}?ok=reply-queued`);
    const after = await r.server.inject({ url: `/desk/case/${critical}?ok=reply-queued`, headers: { cookie: ana.cookie } });
    expect(after.body).toContain('Answer queued');
    const held = after.body.slice(after.body.indexOf('id="held"'));
    expect(held).toContain('We got your message. Stay safe.');
    expect(held).toMatch(/Held|held/);
    expect(await r.t.redis.llen(r.app.keys.held(critical))).toBe(1);
  });

  it('shows the person\'s later words in the case\'s thread, opened with the case\'s own key (not DATA_KEY)', async () => {
    await r.person('2001', 'id').text('mereka memindahkan kami ke gedung C');
    const [entry] = (await r.t.redis.xrevrange(r.app.keys.events, '+', '-')).map(([, f]) => f).filter((f) => f.includes('case.message') && f.includes(critical));
    const sealed = entry![entry!.indexOf('sealed') + 1]!;
    expect(() => r.app.sealer.open(Buffer.from(sealed, 'base64'))).toThrow(); // sealed with the case key
    const page = await r.server.inject({ url: `/desk/case/${critical}`, headers: { cookie: ana.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('mereka memindahkan kami ke gedung C');
  });

  it('asks to confirm an answer that names another case before queueing it', async () => {
    const act = (pairs: Record<string, string>) => r.server.inject({ method: 'POST', url: `/desk/case/${critical}/act`, headers: formHeaders(ana.cookie), payload: form({ csrf: ana.csrf, ...pairs }) });
    const before = await r.t.redis.llen(r.app.keys.held(critical));
    const warned = await act({ action: 'reply', text: `About ${missing}: your mother is looking for you.` });
    expect(warned.statusCode).toBe(409);
    expect(warned.body).toContain(missing);
    expect(warned.body).toContain('name="confirm"');
    expect(await r.t.redis.llen(r.app.keys.held(critical))).toBe(before);
    const sent = await act({ action: 'reply', text: `About ${missing}: your mother is looking for you.`, confirm: '1' });
    expect(sent.statusCode).toBe(303);
    expect(await r.t.redis.llen(r.app.keys.held(critical))).toBe(before + 1);
  });

  it('says why an action was refused, and never acts on a bad form', async () => {
    const bob = await r.signIn('cli:bob', 'bob');
    const act = (pairs: Record<string, string>) => r.server.inject({ method: 'POST', url: `/desk/case/${critical}/act`, headers: formHeaders(bob.cookie), payload: form({ csrf: bob.csrf, ...pairs }) });
    expect((await act({ action: 'unclaim' })).headers.location).toBe(`/desk/case/${critical}?no=taken`);
    expect((await act({ action: 'status', status: 'burn' })).headers.location).toBe(`/desk/case/${critical}?no=bad-request`);
    expect((await act({ action: 'explode' })).headers.location).toBe(`/desk/case/${critical}?no=bad-request`);
    expect((await act({ action: 'note', text: '   ' })).headers.location).toBe(`/desk/case/${critical}?no=empty`);
    const page = await r.server.inject({ url: `/desk/case/${critical}?no=taken`, headers: { cookie: bob.cookie } });
    expect(page.body).toContain('Another officer has');
    expect((await r.app.cases.get(critical))!.claimedBy).toBe('cli:ana');
  });

  it('lets a supervisor keep canned answers, sealed in Redis, offered in the person\'s language first', async () => {
    const sup = await r.signIn('cli:sari', 'sari', true);
    const save = await r.server.inject({ method: 'POST', url: '/desk/canned', headers: formHeaders(sup.cookie), payload: form({ csrf: sup.csrf, lang: 'id', slug: 'received', text: 'Pesan Anda sudah kami terima.' }) });
    expect(save.statusCode).toBe(303);
    const raw = await r.t.redis.hget(r.app.keys.webCanned, 'id:received');
    expect(raw).toBeTruthy();
    expect(raw).not.toContain('terima');
    const page = await r.server.inject({ url: `/desk/case/${critical}`, headers: { cookie: ana.cookie } });
    expect(page.body).toContain('data-text="Pesan Anda sudah kami terima."');
    const before = await r.t.redis.llen(r.app.keys.held(critical));
    const used = await r.server.inject({ method: 'POST', url: `/desk/case/${critical}/act`, headers: formHeaders(ana.cookie), payload: form({ csrf: ana.csrf, action: 'reply', text: '', canned: 'id:received' }) });
    expect(used.headers.location).toBe(`/desk/case/${critical}?ok=reply-queued`);
    expect(await r.t.redis.llen(r.app.keys.held(critical))).toBe(before + 1);
    expect((await r.audit()).some((a) => a.action === 'web-canned' && a.officer === 'cli:sari')).toBe(true);
  });

  it('streams case events, and resumes after Last-Event-ID with nothing missed', async () => {
    const address = await r.server.listen({ port: 0, host: '127.0.0.1' });
    const read = async (headers: Record<string, string>, until: (text: string) => boolean) => {
      const ctrl = new AbortController();
      const res = await fetch(`${address}/desk/events`, { headers: { cookie: ana.cookie, ...headers }, signal: ctrl.signal });
      expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
      const reader = res.body!.getReader();
      let text = '';
      const deadline = Date.now() + 8_000;
      while (!until(text) && Date.now() < deadline) {
        const chunk = await reader.read();
        if (chunk.done) break;
        text += new TextDecoder().decode(chunk.value);
      }
      ctrl.abort();
      return text;
    };
    // Live: a new SOS shows as an event naming its case, with no words of the person.
    const live = read({}, (s) => /event: case\ndata: .*case\.opened/.test(s));
    await new Promise((res) => setTimeout(res, 300));
    const fresh = await r.sos('2003', 'help me they took my passport and beat me');
    const text = await live;
    expect(text).toContain(`"case":"${fresh}"`);
    expect(text).not.toMatch(/passport|beat/);
    // Resume: from an id before two more cases, both are sent again.
    const [last] = await r.t.redis.xrevrange(r.app.keys.events, '+', '-', 'COUNT', 1);
    const a = await r.sos('2004');
    const b = await r.sos('2005');
    const resumed = await read({ 'last-event-id': last![0] }, (s) => s.includes(`"case":"${b}"`));
    expect(resumed.indexOf(`"case":"${a}"`)).toBeGreaterThan(-1);
    expect(resumed.indexOf(`"case":"${a}"`)).toBeLessThan(resumed.indexOf(`"case":"${b}"`));
    expect(resumed).not.toContain(`"case":"${fresh}"`);
  });
});
