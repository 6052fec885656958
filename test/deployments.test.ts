/**
 * Every embassy's deployment (deployments/<name>.json) is valid, loads with its locales, and is picked by
 * `--deployment <name>` or `DEPLOYMENT=<name>`; the numbers it gives a person are the public ones.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { deploymentWarnings, knownDeployments, loadDeployment } from '../src/deployment.js';
import { loadLocales } from '../src/i18n/locales.js';

const names = knownDeployments('deployments');
/** The complete locales: a folder with the intake's messages (first-aid-only folders have none). */
const complete = readdirSync('locales').filter((l) => existsSync(`locales/${l}/intake.ftl`));

/**
 * National emergency numbers, public and current (police, ambulance, tourist police), and the public
 * anti-trafficking lines the default deployment already had. A number a person reads must be one of these:
 * a new one is added here only once someone has checked it.
 */
const PUBLIC_NUMBERS: Record<string, string[]> = {
  KH: ['117', '119', '1288'],
  MM: ['199', '192'],
  LA: ['1191', '1195'],
  TH: ['191', '1669', '1155', '1300'],
  PH: ['911', '1343'],
  MY: ['999'],
  VN: ['113', '115'],
};

describe('deployments', () => {
  it('has every embassy of the issue', () => {
    expect(names).toEqual(expect.arrayContaining(['id-phnom-penh', 'ph-phnom-penh', 'vn-phnom-penh', 'in-phnom-penh', 'id-yangon', 'id-bangkok']));
  });

  it('keeps data/deployment.json, the default, the same as id-phnom-penh', () => {
    expect(readFileSync('data/deployment.json', 'utf8')).toBe(readFileSync('deployments/id-phnom-penh.json', 'utf8'));
  });

  describe.each(names)('%s', (name) => {
    const d = loadDeployment(`deployments/${name}.json`);
    const missing = d.languages.filter((l) => !existsSync(`locales/${l}/intake.ftl`));

    it('is valid, with its host country\'s emergency numbers, a calling code and English', () => {
      expect(d.countries.find((c) => c.code === d.host)?.emergency.length).toBeGreaterThan(0);
      expect(d.embassy.callingCode).toMatch(/^\d{2}$/);
      expect(d.languages).toContain('en');
      expect(d.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['KH', 'MM', 'LA', 'TH', 'PH', 'MY', 'VN']));
    });

    it('speaks every complete locale, its citizens\' language first (the picker lists them in this order)', () => {
      expect(complete.length).toBeGreaterThanOrEqual(7);
      expect([...d.languages].sort()).toEqual([...complete].sort());
      expect(d.embassy.citizens.languages).toContain(d.languages[0]);
      expect(d.defaultLanguage).toBe(d.languages[0]);
    });

    it('gives a person only public emergency numbers', () => {
      for (const c of d.countries) for (const e of c.emergency) expect(PUBLIC_NUMBERS[c.code], `${c.code} ${e.service}`).toContain(e.number);
    });

    it('warns at start for every number the embassy has not confirmed', () => {
      const unverified = d.embassy.hotlines.filter((h) => !h.verified).length + d.embassies.filter((e) => e.phone && !e.phone.verified).length;
      const warnings = deploymentWarnings(d, name);
      expect(warnings).toHaveLength(unverified);
      if (d.embassy.hotlines.some((h) => !h.verified)) expect(warnings).toContain(`deployment ${name}: hotline number not verified`);
    });

    // tl/, vi/ and hi/ are the complete locales of issue 14 item 1, written apart from this change.
    it.skipIf(missing.length > 0)(`loads with its locales${missing.length ? ` (skipped: no complete locale ${missing.join(', ')} yet)` : ''}`, () => {
      const locales = loadLocales('locales', d.languages);
      expect(locales.firstAidLanguages).toEqual(expect.arrayContaining(['my', 'km', 'ko']));
    });
  });

  it('rejects a deployment whose host is not one of its countries, and a phone number without its verification', () => {
    const d = JSON.parse(readFileSync('deployments/id-bangkok.json', 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'deployment-'));
    const write = (value: unknown) => {
      const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(file, JSON.stringify(value));
      return file;
    };
    try {
      expect(() => loadDeployment(write({ ...d, host: 'JP' }))).toThrow(/host: must be one of countries/);
      expect(() => loadDeployment(write({ ...d, embassy: { ...d.embassy, hotlines: [{ number: '+66 2 000 0000' }] } }))).toThrow(/hotlines\.0\.verified/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('picking a deployment', () => {
  it('by --deployment, by DEPLOYMENT, else DEPLOYMENT_FILE', () => {
    expect(loadConfig({}, ['--deployment', 'ph-phnom-penh']).deploymentFile).toBe('deployments/ph-phnom-penh.json');
    expect(loadConfig({}, ['--deployment=id-yangon']).deploymentFile).toBe('deployments/id-yangon.json');
    expect(loadConfig({ DEPLOYMENT: 'vn-phnom-penh' }, []).deploymentFile).toBe('deployments/vn-phnom-penh.json');
    expect(loadConfig({ DEPLOYMENT: 'vn-phnom-penh' }, ['--deployment', 'id-bangkok']).deploymentFile).toBe('deployments/id-bangkok.json');
    expect(loadConfig({ DEPLOYMENT_FILE: './elsewhere.json' }, []).deploymentFile).toBe('./elsewhere.json');
    expect(loadConfig({}, []).deploymentFile).toBe('./data/deployment.json');
  });

  it('stops at an unknown name with the names it knows', () => {
    expect(() => loadConfig({}, ['--deployment', 'xx-nowhere'])).toThrow(ConfigError);
    expect(() => loadConfig({}, ['--deployment', 'xx-nowhere'])).toThrow(/known: .*id-phnom-penh.*ph-phnom-penh/);
    expect(() => loadConfig({ DEPLOYMENT: 'Not A Name' }, [])).toThrow(ConfigError);
  });
});
