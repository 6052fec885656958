import { FluentResource, FluentBundle } from '@fluent/bundle';
import fs from 'node:fs';
function walk(node, acc) {
  if (node == null || typeof node === 'string') return;
  if (Array.isArray(node)) { node.forEach(n => walk(n, acc)); return; }
  if (node.type === 'var') acc.vars.add(node.name);
  if (node.type === 'mesg') acc.refs.add(node.name);
  if (node.type === 'select') { walk(node.selector, acc); acc.sels.push(node.variants.map((v, i) => (i === node.star ? '*' : '') + (v.key.name ?? v.key.value)).join(',')); node.variants.forEach(v => walk(v.value, acc)); }
}
function info(file) {
  const out = {};
  if (!fs.existsSync(file)) return out;
  const r = new FluentResource(fs.readFileSync(file, 'utf8'));
  for (const m of r.body) { if (m.id.startsWith('-')) continue; const acc = { vars: new Set(), refs: new Set(), sels: [] }; walk(m.value, acc); out[m.id] = { vars: [...acc.vars].sort().join(), refs: [...acc.refs].sort().join(), sels: acc.sels.join('|') }; }
  return out;
}
const lang = process.argv[2] || 'zh';
for (const f of fs.readdirSync('locales/en').filter(f => f.endsWith('.ftl'))) {
  const a = info('locales/en/' + f), b = info(`locales/${lang}/` + f);
  for (const k of Object.keys(a)) { if (!b[k]) { console.log('missing', f, k); continue; }
    for (const x of ['vars', 'sels', 'refs']) if (a[k][x] !== b[k][x]) console.log('diff', f, k, x, a[k][x], '|', b[k][x]); }
  for (const k of Object.keys(b)) if (!a[k]) console.log('extra', f, k);
}
// render every message with sample args, report max length and errors
const bundle = new FluentBundle(lang, { useIsolating: false });
for (const f of fs.readdirSync(`locales/${lang}`).filter(f => f.endsWith('.ftl'))) { const errs = bundle.addResource(new FluentResource(fs.readFileSync(`locales/${lang}/` + f, 'utf8'))); if (errs.length) console.log('ERR', f, errs); }
let max = 0, maxK = '';
const sample = { embassy: '印度尼西亚驻金边大使馆', caseId: 'KH-4F7Q', discreet: 'yes', urgent: 'yes', count: 3, emergency: '紧急电话：警察 117', numbers: 'Police: 117\nAmbulance: 119', languages: '中文、English', name: '中国驻柬埔寨大使馆', phone: '+855 23 720 920', pin: '123456', channel: 'telegram', country: '柬埔寨', place: '西港', times: '晚上10点以后', age: '5 分钟', text: 'x'.repeat(100) };
for (const [id] of bundle._messages) { for (const d of ['yes', 'no']) for (const ch of ['whatsapp', 'telegram']) { const m = bundle.getMessage(id); if (!m.value) continue; const errs = []; const s = bundle.formatPattern(m.value, { ...sample, discreet: d, channel: ch }, errs); if (s.length > max) { max = s.length; maxK = id; } } }
console.log('checked; longest rendered', maxK, max);
