import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterCases, mapCase } from '../../../src/web/extras/map-data.js';
import { URGENCY_COLOURS } from '../../../src/web/extras/map-svg.js';
import { HOUR, NIGHT, NOW, rig, type Rig } from './seed.js';

const as = { 'x-officer': 'budi' };
const form = (pairs: Array<[string, string]>) => new URLSearchParams(pairs).toString();
const formHeaders = { ...as, 'content-type': 'application/x-www-form-urlencoded' };

describe('desk extras: map', () => {
  let r: Rig;
  beforeAll(async () => {
    r = await rig();
    await r.seed(NIGHT);
  });
  afterAll(() => r.close());

  it('refuses a request without an officer', async () => {
    for (const url of ['/desk/map', '/desk/map.svg', '/desk/map.json', '/desk/rescue', '/desk/handover']) {
      const res = await r.app.inject({ url });
      expect(res.statusCode, url).toBe(401);
      expect(res.body).not.toMatch(/KH-/);
    }
    const post = await r.app.inject({ method: 'POST', url: '/desk/rescue', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form([['case', 'KH-KK01'], ['field', 'case']]) });
    expect(post.statusCode).toBe(401);
    expect(await r.t.redis.get(r.keys.rescueCounter)).toBeNull();
  });

  it('draws countries, compounds and one coloured cluster per compound with the people held', async () => {
    const res = await r.app.inject({ url: '/desk/map.svg', headers: as });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/image\/svg\+xml/);
    const svg = res.body;
    expect(svg.startsWith('<?xml')).toBe(true);
    expect((svg.match(/class="country"/g) ?? []).length).toBeGreaterThan(5); // KH, TH, LA, MM, VN at least
    expect(svg).toMatch(/<title>Cambodia<\/title>/);
    expect(svg).toContain('KK Park, Myawaddy (approx.)');
    // KK Park: critical (most urgent of its three), 3 cases, 11 + 2 + 1 people at least.
    expect(svg).toMatch(new RegExp(`<a class="cluster" href="/desk/map\\?cluster=kk-park"[^>]*data-urgency="critical" data-cases="3" data-people="14">`));
    expect(svg).toMatch(new RegExp(`data-cluster="kk-park".*?fill="${URGENCY_COLOURS.critical}"`));
    expect(svg).toMatch(/data-cluster="sihanoukville-jinbei" data-urgency="high" data-cases="2" data-people="53"/);
    expect(svg).toMatch(/data-cluster="at-KH-LO01" data-urgency="normal" data-cases="1" data-people="1"/);
    expect(svg).toMatch(new RegExp(`data-cluster="at-KH-LO01".*?fill="${URGENCY_COLOURS.normal}"`));
    expect(svg).not.toContain('KH-NOPIN'); // no pin, not drawn
    // Nothing personal in the drawing.
    expect(svg).not.toMatch(/Budi|Siti|\+62/);
  });

  it('lists a cluster\'s cases with their positions\' age, and audits each case shown', async () => {
    const res = await r.app.inject({ url: '/desk/map?cluster=kk-park', headers: as });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    const html = res.body;
    expect(html).not.toMatch(/<script|style=/);
    const section = html.slice(html.indexOf('class="cluster-cases"'));
    const listed = [...section.matchAll(/<tr class="case" data-case="([^"]+)">/g)].map((m) => m[1]);
    expect(listed).toEqual(['KH-KK01', 'KH-KK03', 'KH-KK02']); // urgency order
    expect(section).toMatch(/data-case="KH-KK01">.*?3 h ago/);
    expect(section).toMatch(/data-case="KH-KK03">.*?30 h ago/);
    expect(html).toMatch(/KK Park, Myawaddy: 3 case\(s\), at least 14 people held/);
    const audit = await r.audit();
    expect(audit.filter((a) => a.action === 'map-cluster').map((a) => a.case).sort()).toEqual(['KH-KK01', 'KH-KK02', 'KH-KK03']);
    expect(audit.filter((a) => a.action === 'map-cluster').every((a) => a.officer === 'web:budi')).toBe(true);

    const gone = await r.app.inject({ url: '/desk/map?cluster=nowhere', headers: as });
    expect(gone.body).toContain('That group has no open case with a position any more.');
  });

  it('gives the clusters as JSON', async () => {
    const res = await r.app.inject({ url: '/desk/map.json', headers: as });
    const body = res.json() as { clusters: Array<{ id: string; urgency: string; people: number; cases: Array<{ id: string; positionAt: number }> }>; compounds: Array<{ id: string; approximate: boolean }> };
    expect(body.clusters.map((c) => c.id)).toEqual(['kk-park', 'sihanoukville-jinbei', 'at-KH-LO01']);
    expect(body.clusters[0]!.cases.find((c) => c.id === 'KH-KK01')!.positionAt).toBe(NOW - 3 * HOUR);
    expect(body.compounds.length).toBeGreaterThanOrEqual(8);
    expect(body.compounds.every((c) => c.approximate)).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/Budi|\+62/);
  });

  it('groups a pin outside every compound with a near one, and a far one alone', () => {
    const base = { kind: 'self-report', reasons: [] as string[], status: 'new' as const, lang: 'id', channel: 'telegram', situation: [] as string[], intakeComplete: true, score: 0, createdAt: 1, updatedAt: 2, reopened: 0, notes: 0, codeWord: false, links: [] as string[], possibleLinks: [] as string[] };
    const view = (id: string, lat: number, lon: number) => mapCase({ ...base, id, urgency: 'normal', private: { channel: 't', address: 'a', location: { kind: 'pin', lat, lon, live: false } } })!;
    const clusters = clusterCases([view('A', 12, 105), view('B', 12.02, 105.02), view('C', 13, 106)], []);
    expect(clusters.map((c) => c.cases.map((m) => m.id))).toEqual([['A', 'B'], ['C']]);
    expect(clusters[0]!.id).toBe('at-A');
  });
});

describe('desk extras: rescue request', () => {
  let r: Rig;
  beforeAll(async () => {
    r = await rig();
    await r.seed(NIGHT);
  });
  afterAll(() => r.close());

  it('offers the cases grouped by compound with the people held, personal fields unticked', async () => {
    const res = await r.app.inject({ url: '/desk/rescue?cluster=kk-park', headers: as });
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toMatch(/<legend>KK Park, Myawaddy: 3 case\(s\), at least 14 people held<\/legend>/);
    expect(html).toMatch(/value="KH-KK01" checked/);
    expect(html).toMatch(/value="KH-JB01">/); // another compound's case is not preselected
    expect(html).toMatch(/name="field" value="name">/);
    expect(html).toMatch(/name="field" value="compound" checked>/);
  });

  it('makes a CSV with the HXL row and only the ticked fields, audited, under a new reference', async () => {
    const res = await r.app.inject({
      method: 'POST', url: '/desk/rescue', headers: formHeaders,
      payload: form([['case', 'KH-KK01'], ['case', 'KH-KK02'], ['case', 'KH-JB01'], ['field', 'compound'], ['field', 'lat'], ['field', 'lon'], ['field', 'people'], ['field', 'name'], ['format', 'csv']]),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const reference = String(res.headers['x-rescue-reference']);
    expect(reference).toBe('KH-RR-2026-0001');
    expect(res.headers['content-disposition']).toContain(`${reference}.csv`);
    const lines = res.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('reference,Compound,Latitude,Longitude,People held,Name');
    expect(lines[1]).toBe('#meta +ref,#loc +name,#geo +lat,#geo +lon,#affected +num,#affected +name');
    expect(lines.slice(2)).toEqual([
      `${reference},"KK Park, Myawaddy",16.64650,98.50720,11-50,Budi Santoso`,
      `${reference},"KK Park, Myawaddy",16.64700,98.50600,2-10,Siti Aminah`,
      `${reference},"Jin Bei, Sihanoukville",10.60450,103.52250,over-50,`,
    ]);
    expect(res.body).not.toMatch(/\+62|KH-KK03|confined/); // phone and situation not ticked, KK03 not ticked
    const audit = (await r.audit()).filter((a) => a.action === 'rescue-request');
    expect(audit.map((a) => a.case).sort()).toEqual(['KH-JB01', 'KH-KK01', 'KH-KK02']);
  });

  it('makes a PDF with pages, and the next reference', async () => {
    const res = await r.app.inject({
      method: 'POST', url: '/desk/rescue', headers: formHeaders,
      payload: form([['case', 'KH-KK01'], ['case', 'KH-KK03'], ['field', 'case'], ['field', 'compound'], ['field', 'situation'], ['field', 'phone'], ['format', 'pdf']]),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-rescue-reference']).toBe('KH-RR-2026-0002');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF/);
    expect((pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(1);
    expect(pdf.toString('latin1')).toMatch(/NotoSans/); // the Debian font is embedded when installed
    expect(await r.t.redis.get(r.keys.rescueCounter)).toBe('2');
  });

  it('makes a printable page, with no script', async () => {
    const res = await r.app.inject({
      method: 'POST', url: '/desk/rescue', headers: formHeaders,
      payload: form([['case', 'KH-LO01'], ['field', 'case'], ['field', 'lat'], ['field', 'lon'], ['format', 'html']]),
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/data-reference="KH-RR-2026-0003"/);
    expect(res.body).toMatch(/<th>Case number<\/th><th>Latitude<\/th><th>Longitude<\/th><\/tr><tr><td>KH-LO01<\/td><td>10.80000<\/td><td>104.40000<\/td><\/tr>/);
    expect(res.body).toContain('Near 10.8000, 104.4000: at least 1 people held');
    expect(res.body).not.toMatch(/<script/);
  });

  it('refuses a request with no case or no field, and gives no reference', async () => {
    const before = await r.t.redis.get(r.keys.rescueCounter);
    for (const pairs of [[['field', 'case']], [['case', 'KH-KK01']], [['case', 'KH-NOT'], ['field', 'case']], [['case', 'KH-KK01'], ['field', 'case'], ['format', 'docx']]] as Array<Array<[string, string]>>) {
      const res = await r.app.inject({ method: 'POST', url: '/desk/rescue', headers: formHeaders, payload: form(pairs) });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('Tick at least one case and one field.');
    }
    expect(await r.t.redis.get(r.keys.rescueCounter)).toBe(before);
  });
});

describe('desk extras: handover', () => {
  let r: Rig;
  beforeAll(async () => {
    r = await rig();
    await r.seed(NIGHT);
    await r.t.redis.hset(r.keys.deskOfficers, 'web:ayu', 'Ayu');
    const ev = (ms: number, type: string, caseId: string) => r.t.redis.xadd(r.keys.events, `${ms}-0`, 'type', type, 'case', caseId, 'urgency', 'high', 'at', String(ms));
    await ev(NOW - 20 * HOUR, 'case.opened', 'KH-KK03'); // before the shift
    await ev(NOW - 6 * HOUR, 'case.opened', 'KH-KK02');
    await ev(NOW - 2 * HOUR, 'case.claimed', 'KH-JB01');
    await ev(NOW - 30 * 60_000, 'case.message', 'KH-JB01'); // wrote after Ayu's answer (90 min ago)
    await r.t.redis.rpush(r.keys.held('KH-JB01'), 'sealed-1', 'sealed-2');
  });
  afterAll(() => r.close());

  it('lists what changed since, what is claimed by whom, what waits for an answer and what is held', async () => {
    const since = new Date(NOW - 8 * HOUR).toISOString();
    const res = await r.app.inject({ url: `/desk/handover?since=${encodeURIComponent(since)}`, headers: as });
    expect(res.statusCode).toBe(200);
    const part = (id: string) => {
      const s = res.body.slice(res.body.indexOf(`<section id="${id}">`));
      return s.slice(0, s.indexOf('</section>'));
    };
    const ids = (s: string) => [...s.matchAll(/<tr data-case="([^"]+)">/g)].map((m) => m[1]);
    expect(ids(part('changed'))).toEqual(['KH-JB01', 'KH-KK02']);
    expect(part('changed')).toMatch(/case.claimed, case.message · 30 min ago/);
    expect(ids(part('claimed')).sort()).toEqual(['KH-JB01', 'KH-KK02']);
    expect(part('claimed')).toMatch(/KH-JB01.*?Ayu/);
    // Every open case without an answer, and JB01, whose person wrote after the answer.
    expect(ids(part('waiting')).sort()).toEqual(['KH-JB01', 'KH-JB02', 'KH-KK01', 'KH-KK02', 'KH-KK03', 'KH-LO01', 'KH-NOPIN']);
    expect(ids(part('held'))).toEqual(['KH-JB01']);
    expect(part('held')).toContain('2 answer(s) held');
    expect((await r.audit()).some((a) => a.action === 'handover' && a.officer === 'web:budi')).toBe(true);
  });

  it('says when the time cannot be read', async () => {
    const res = await r.app.inject({ url: '/desk/handover?since=yesterday-ish', headers: as });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('The time is not readable');
  });
});
