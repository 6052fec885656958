import { FluentParser, Visitor } from '@fluent/syntax';
import fs from 'node:fs';
const p = new FluentParser();
function info(file) {
  const out = {};
  if (!fs.existsSync(file)) return out;
  const res = p.parse(fs.readFileSync(file, 'utf8'));
  for (const e of res.body) {
    if (e.type === 'Junk') { console.log('JUNK', file, e.content.slice(0, 80)); continue; }
    if (e.type !== 'Message') continue;
    const vars = new Set(), sels = [], refs = new Set();
    class V extends Visitor {
      visitVariableReference(n) { vars.add(n.id.name); }
      visitMessageReference(n) { refs.add(n.id.name); }
      visitSelectExpression(n) { sels.push(n.variants.map(v => (v.default ? '*' : '') + (v.key.name ?? v.key.value)).join(',')); this.genericVisit(n); }
    }
    new V().visit(e);
    out[e.id.name] = { vars: [...vars].sort().join(','), sels: sels.join('|'), refs: [...refs].sort().join(',') };
  }
  return out;
}
for (const f of fs.readdirSync('locales/en').filter(f => f.endsWith('.ftl'))) {
  const a = info('locales/en/' + f), b = info('locales/zh/' + f);
  for (const k of Object.keys(a)) {
    if (!b[k]) { console.log('missing', f, k); continue; }
    for (const x of ['vars', 'sels', 'refs']) if (a[k][x] !== b[k][x]) console.log('diff', f, k, x, JSON.stringify(a[k][x]), JSON.stringify(b[k][x]));
  }
  for (const k of Object.keys(b)) if (!a[k]) console.log('extra', f, k);
}
console.log('checked');
