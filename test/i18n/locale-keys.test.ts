/**
 * Every message key the code uses exists in every locale the project has (each folder of `locales/` with
 * `.ftl` files), so no officer or person ever reads a raw key such as `desk-reason-minor`. Static keys are
 * read from the source (`t('…')`, `say('…')`, `key: '…'`, …); keys built at run time (`desk-reason-${r}`)
 * are enumerated from the lists their values come from, and a new such family fails here until it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { QUEUE_COLUMNS, REFUSED, SAID, SESSION_COLUMNS } from '../../src/web/desk-plugin.js';
import { RESCUE_FIELDS } from '../../src/web/extras/rescue.js';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { statusResults, type SuspectReason } from '../../flows/contract.js';
import { choiceIds, contactChoices, editableSteps, peopleChoices, whoChoices } from '../../flows/intake/machine.js';
import { contactWays, contactWhens, editGroups, relationships, sexes } from '../../flows/missing-person/machine.js';
import { reportedFields } from '../../flows/missing-person/merge.js';
import { harmIndicators, indicators, reasonCodes, urgencies } from '../../flows/shared/triage.js';
import { caseStatuses } from '../../src/cases/case-model.js';
import type { LinkKind } from '../../src/cases/links.js';
import type { StopKind } from '../../src/core/safety-words.js';
import { loadDeployment } from '../../src/deployment.js';
import { FIRST_AID_KEYS } from '../../src/i18n/locales.js';
import { cardActions } from '../../src/officers/card.js';
import { POST_KINDS } from '../../src/officers/parked-posts.js';
import { tellChoices } from '../../src/officers/relative-desk.js';
import { tellable } from '../../src/cases/relative-access.js';

const deployment = loadDeployment('data/deployment.json');

/** Every folder with messages, its .ftl files and its keys. */
const folders = readdirSync('locales', { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join('locales', d.name)).some((f) => f.endsWith('.ftl')))
  .map((d) => {
    const keys = new Set<string>();
    const files = readdirSync(join('locales', d.name)).filter((f) => f.endsWith('.ftl'));
    for (const file of files) {
      for (const entry of new FluentResource(readFileSync(join('locales', d.name, file), 'utf8')).body) keys.add(entry.id);
    }
    return { lang: d.name, keys, files };
  });
/** A folder with first-aid.ftl alone answers only first aid (src/core/first-aid.ts): only its four keys. */
const firstAidOnly = (f: { files: string[] }) => f.files.length === 1 && f.files[0] === 'first-aid.ftl';
/** Every complete locale (a language a deployment can answer in), and its keys. */
const locales = folders.filter((f) => !firstAidOnly(f));

/** The variables of each first-aid message of locales/<lang>/first-aid.ftl. */
function firstAidVariables(lang: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const entry of new FluentResource(readFileSync(join('locales', lang, 'first-aid.ftl'), 'utf8')).body) {
    const source = JSON.stringify(entry);
    out.set(entry.id, [...new Set([...source.matchAll(/"type":"var","name":"(\w+)"/g)].map((m) => m[1]!))].sort());
  }
  return out;
}

/** The TypeScript sources under `dir`. */
function sources(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}
const code = [...sources('src'), ...sources('flows')];

const KEY = "'([a-z][a-z0-9]*(?:-[a-z0-9]+)*)'";
/** Where a literal is a message key: a translation or a message's call, a prompt's or a choice's `key`. */
const keyPlaces = [
  new RegExp(`(?:^|[^\\w.])(?:t|say|missed|free|fallbackText|UsageError|sayDiscreetly)\\(\\s*${KEY}`, 'g'),
  new RegExp(`\\.(?:t|say)\\(\\s*${KEY}`, 'g'),
  new RegExp(`\\.t\\(\\s*[\\w.]+,\\s*${KEY}`, 'g'), // locales.t(lang, 'key')
  new RegExp(`\\bone\\(\\s*[\\w.]+,\\s*${KEY}`, 'g'),
  new RegExp(`\\b(?:key|caseOpenKey):\\s*${KEY}`, 'g'),
];
/** Where a key is built at run time: the family is the text before `${`. */
const familyPlaces = [
  /(?:^|[^\w])(?:t|say)\(\s*`([a-z][a-z0-9-]*-)\$\{/g,
  /\.t\(\s*(?:[\w.]+,\s*)?`([a-z][a-z0-9-]*-)\$\{/g,
  /\bkey(?::|\s*=)\s*`([a-z][a-z0-9-]*-)\$\{/g,
];

const stopKinds = ['duress', 'cant-talk'] as const satisfies readonly StopKind[];
const suspectReasons = ['restart', 'retraction', 'after-silence'] as const satisfies readonly SuspectReason[];
/** Each run-time family, with every value it can take (from the lists those values come from). */
const families: Record<string, readonly string[]> = {
  'desk-reason-': reasonCodes,
  // A relative's report keeps what they were told (held, hurt, threatened, sold) as the case's situation.
  'indicator-': [...indicators, ...harmIndicators],
  'desk-urgency-': urgencies,
  'desk-post-': POST_KINDS,
  'desk-status-': caseStatuses,
  'status-': statusResults,
  'desk-kind-': ['self-report', 'missing-person'],
  'desk-button-': cardActions,
  'desk-card-stopped-': stopKinds,
  'desk-message-suspect-': suspectReasons,
  'desk-suspect-': suspectReasons,
  'desk-card-released-': ['code-word', 'typed-reply'],
  'desk-reply-rule-': ['code-word', 'typed-reply'],
  'desk-cli-rule-': ['code-word', 'typed-reply'],
  'desk-cli-held-': ['stopped', 'locked'],
  'desk-reply-when-': ['queued', 'person-active', 'due'],
  'desk-cli-col-': ['case', 'urgency', 'age', 'status', 'claimed', 'country', 'lang', 'reasons'],
  // The web desk (src/web/): its columns, what an action did and why one was refused; the map's words.
  'desk-web-col-': [...QUEUE_COLUMNS, ...SESSION_COLUMNS],
  'desk-web-said-': SAID,
  'desk-web-refused-': REFUSED,
  'desk-map-urgency-': urgencies,
  'desk-map-field-': RESCUE_FIELDS.map((f) => f.id),
  'desk-card-link-': ['confirmed', 'exact', 'possible'] satisfies LinkKind[],
  'desk-card-link-by-': relationships,
  'command-': ['start', 'help', 'language', 'restart', 'discreet', 'wipe'],
  'country-': deployment.countries.map((c) => c.code),
  'service-': [...new Set(deployment.countries.flatMap((c) => c.emergency.map((e) => e.service)))],
  'people-': peopleChoices,
  'choice-': [...contactChoices, ...Object.values(choiceIds).filter((id) => id !== 'other')],
  'who-': Object.values(whoChoices),
  'edit-': editableSteps,
  'mp-harm-': harmIndicators,
  'mp-relationship-': relationships,
  'mp-sex-': sexes,
  'mp-contact-': contactWays,
  'mp-when-': contactWhens,
  'mp-edit-': editGroups,
  'mp-choice-': [], // a default only: every call names its key
  'desk-mp-field-': reportedFields,
  'desk-mp-relationship-': relationships,
  // What a relative's status check tells, as an officer chose it (src/officers/relative-desk.ts).
  'desk-card-told-': tellable,
  'desk-told-': tellChoices,
  'desk-told-line-': tellChoices,
  'desk-cli-told-': tellChoices,
};
/** Families whose missing keys show something readable by design: an event type the CLI desk does not know shows its name. */
const withFallback = new Set(['desk-cli-what-']);

const staticKeys = new Map<string, string>();
const usedFamilies = new Map<string, string>();
for (const { file, text } of code) {
  for (const place of keyPlaces) for (const m of text.matchAll(place)) staticKeys.set(m[1]!, file);
  for (const place of familyPlaces) for (const m of text.matchAll(place)) usedFamilies.set(m[1]!, file);
}

describe('message keys', () => {
  it('finds the locales and the keys the code uses', () => {
    expect(locales.map((l) => l.lang).sort()).toEqual(expect.arrayContaining(['en', 'id']));
    expect(staticKeys.size).toBeGreaterThan(200);
    expect(usedFamilies.size).toBeGreaterThan(20);
  });

  it.each(locales.map((l) => [l.lang, l.keys] as const))('has every key the code names in %s', (_lang, keys) => {
    const missing = [...staticKeys].filter(([key]) => !keys.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('knows every value of every key family built at run time', () => {
    const unknown = [...usedFamilies].filter(([family]) => !(family in families) && !withFallback.has(family)).map(([family, file]) => `${family}… (${file})`);
    expect(unknown).toEqual([]);
  });

  it.each(locales.map((l) => [l.lang, l.keys] as const))('has every key of those families in %s', (_lang, keys) => {
    const missing = Object.entries(families).flatMap(([family, values]) => values.map((v) => `${family}${v}`).filter((key) => !keys.has(key)));
    expect(missing).toEqual([]);
  });

  describe('first aid', () => {
    const withFirstAid = folders.filter((f) => f.files.includes('first-aid.ftl'));
    const english = firstAidVariables('en');

    it('is there in the languages of the issue, and the complete ones have it too', () => {
      const langs = withFirstAid.map((f) => f.lang);
      expect(langs).toEqual(expect.arrayContaining(['my', 'km', 'lo', 'bn', 'am', 'ko', 'ms', 'ur', 'ne', 'si', 'sw', 'id', 'en']));
      expect(folders.filter(firstAidOnly).map((f) => f.lang)).toEqual(expect.arrayContaining(['my', 'km', 'lo', 'bn', 'am', 'ko', 'ms', 'ur', 'ne', 'si', 'sw']));
    });

    it.each(withFirstAid.map((f) => [f.lang, f] as const))('has the four first-aid keys with the placeholders of English in %s', (lang, folder) => {
      expect(FIRST_AID_KEYS.filter((key) => !folder.keys.has(key))).toEqual([]);
      const theirs = firstAidVariables(lang);
      for (const key of FIRST_AID_KEYS) expect(theirs.get(key), key).toEqual(english.get(key));
    });

    it.each(folders.filter(firstAidOnly).map((f) => [f.lang, f] as const))('holds nothing but first aid in %s (a first-aid-only folder)', (_lang, folder) => {
      expect([...folder.keys].sort()).toEqual([...FIRST_AID_KEYS].sort());
    });
  });
});
