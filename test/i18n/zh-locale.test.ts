/**
 * The Chinese (zh) folder: every English message is there with the same placeholders, message references and
 * select variants; plural selectors use only Chinese plural categories; messages render within Telegram's
 * 4,096 characters and buttons within 30; the words file covers every answer sense and its safety phrases
 * (duress, "can't talk", wipe words) are no answer words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { senses } from '../../flows/shared/answer-words.js';

const dir = (lang: string) => path.join('locales', lang);
interface Shape { vars: string; refs: string; selects: string }
type Node = { type?: string; name?: string; selector?: Node; variants?: { key: { name?: string; value?: number }; value: unknown }[]; star?: number } | string | Node[] | null | undefined;

function walk(node: Node, acc: { vars: Set<string>; refs: Set<string>; selects: string[] }): void {
  if (node == null || typeof node === 'string') return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, acc));
  if (node.type === 'var') acc.vars.add(node.name!);
  if (node.type === 'mesg') acc.refs.add(node.name!);
  if (node.type === 'select') {
    walk(node.selector, acc);
    acc.selects.push(node.variants!.map((v, i) => `${i === node.star ? '*' : ''}${v.key.name ?? v.key.value}`).join(','));
    node.variants!.forEach((v) => walk(v.value as Node, acc));
  }
}

function shapes(file: string): Map<string, Shape> {
  const out = new Map<string, Shape>();
  const res = new FluentResource(fs.readFileSync(file, 'utf8'));
  for (const m of res.body as unknown as { id: string; value: Node }[]) {
    const acc = { vars: new Set<string>(), refs: new Set<string>(), selects: [] as string[] };
    walk(m.value, acc);
    out.set(m.id, { vars: [...acc.vars].sort().join(), refs: [...acc.refs].sort().join(), selects: acc.selects.join('|') });
  }
  return out;
}

const files = fs.readdirSync(dir('en')).filter((f) => f.endsWith('.ftl'));

describe('zh messages', () => {
  it.each(files)('%s has every English message with the same placeholders, references and variants', (file) => {
    const en = shapes(path.join(dir('en'), file));
    const zh = shapes(path.join(dir('zh'), file));
    for (const [key, shape] of en) expect(zh.get(key), `${file} ${key}`).toEqual(shape);
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  const bundle = new FluentBundle('zh', { useIsolating: false });
  for (const f of fs.readdirSync(dir('zh')).filter((n) => n.endsWith('.ftl'))) {
    expect(bundle.addResource(new FluentResource(fs.readFileSync(path.join(dir('zh'), f), 'utf8')))).toEqual([]);
  }
  const all = new Map([...fs.readdirSync(dir('zh')).filter((f) => f.endsWith('.ftl')).flatMap((f) => [...shapes(path.join(dir('zh'), f))])]);
  const ids = [...all.keys()];

  it('has the four first-aid messages', () => {
    for (const id of ['first-aid', 'first-aid-not-citizen', 'first-aid-own-embassy', 'first-aid-alerted']) expect(bundle.hasMessage(id), id).toBe(true);
  });

  it('uses only the plural categories of Chinese and renders every message within 4,096 characters', () => {
    const categories = new Intl.PluralRules('zh').resolvedOptions().pluralCategories as string[];
    const args = {
      embassy: '印度尼西亚共和国驻金边大使馆', caseId: 'KH-4F7Q', urgent: 'yes', emergency: '柬埔寨紧急电话：警察 117', numbers: 'Police: 117\nAmbulance: 119',
      languages: '中文、English', name: '中华人民共和国驻柬埔寨王国大使馆', phone: '+855 23 720 920', pin: '123456', country: '柬埔寨', place: '西港', times: '晚上10点以后',
      age: '5 分钟', text: '字'.repeat(1000), count: 3,
    };
    for (const id of ids) {
      const message = bundle.getMessage(id);
      if (!message?.value) continue;
      for (const discreet of ['yes', 'no']) for (const channel of ['whatsapp', 'telegram']) for (const count of [1, 2, 5]) {
        const errors: Error[] = [];
        const given = Object.fromEntries(all.get(id)!.vars.split(',').filter(Boolean).map((v) => [v, 'KH-9X2B']));
        const text = bundle.formatPattern(message.value, { ...given, ...args, discreet, channel, count }, errors);
        expect(errors, id).toEqual([]);
        expect(text.length, id).toBeLessThanOrEqual(4096);
        expect(text, id).not.toMatch(/\{|\}/);
      }
    }
    const source = fs.readdirSync(dir('zh')).filter((f) => f.endsWith('.ftl')).map((f) => fs.readFileSync(path.join(dir('zh'), f), 'utf8')).join('\n');
    for (const m of source.matchAll(/\{ \$count ->([\s\S]*?)\n\s*\}/g)) {
      for (const key of m[1]!.matchAll(/\[([^\]]+)\]/g)) expect(/^\d+$/.test(key[1]!) || categories.includes(key[1]!), key[1]).toBe(true);
    }
  });

  it('keeps buttons within 30 characters', () => {
    const button = /^(choice-|who-|people-\d|people-over|indicator-|share-location|edit-|mp-relationship-|mp-choice-|mp-sex-(fe)?male$|mp-harm-(held|hurt|threatened|sold)$|mp-contact-(this-chat|phone)$|mp-when-(anytime|times)$|mp-not-me|mp-edit-|status-(forgot-pin|check-again|new-report)$|country-|desk-button-)/;
    for (const id of ids.filter((i) => button.test(i))) {
      const text = bundle.formatPattern(bundle.getMessage(id)!.value!, { other: 'KH-4F7Q' }, []);
      expect([...text].length, id).toBeLessThanOrEqual(30);
    }
  });
});

describe('zh words file', () => {
  const words = JSON.parse(fs.readFileSync(path.join(dir('zh'), 'words.json'), 'utf8')) as {
    answers: { senses: Record<string, string[]> }; safeTime: Record<string, unknown>; dates: Record<string, unknown>; identity: Record<string, unknown>; wipe: string[];
  };

  it('has words for every answer sense, and the sections of the shared format', () => {
    for (const sense of senses) expect(words.answers.senses[sense]?.length, sense).toBeGreaterThan(0);
    expect(Object.keys(words).sort()).toEqual(['answers', 'dates', 'identity', 'safeTime', 'wipe']);
    expect(words.dates.order).toBe('ymd');
  });

  it('makes no safety phrase an answer word', () => {
    const bundle = new FluentBundle('zh', { useIsolating: false });
    bundle.addResource(new FluentResource(fs.readFileSync(path.join(dir('zh'), 'intake.ftl'), 'utf8')));
    const phrases = ['duress-default', 'cant-talk-default'].map((id) => bundle.formatPattern(bundle.getMessage(id)!.value!, {}, []));
    const all = new Set(Object.values(words.answers.senses).flat());
    for (const p of [...phrases, ...words.wipe]) expect(all.has(p), p).toBe(false);
  });
});
