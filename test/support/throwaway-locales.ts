/**
 * A throwaway copy of locales/ and data/deployment.json for tests of languages whose own folders may not
 * exist yet: each new language gets the English .ftl files, its own `language-name`, and a marker after the
 * consent's last line ("Do you agree? [vi]") so that a test sees which language a message came in.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayLocales {
  localesDir: string;
  deploymentFile: string;
  cleanup(): void;
}

/** `names`: language code → its name in itself, for every language added from English. */
export function throwawayLocales(names: Record<string, string>, languages: readonly string[]): ThrowawayLocales {
  const root = mkdtempSync(join(tmpdir(), 'hotline-locales-'));
  const localesDir = join(root, 'locales');
  cpSync('locales', localesDir, { recursive: true });
  for (const [lang, name] of Object.entries(names)) {
    const dir = join(localesDir, lang);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) rmSync(join(dir, f));
    for (const f of readdirSync(join('locales', 'en')).filter((f) => f.endsWith('.ftl'))) {
      const text = readFileSync(join('locales', 'en', f), 'utf8')
        .replace(/^language-name = .*$/m, `language-name = ${name}`)
        .replace(/^ {4}Do you agree\?$/m, `    Do you agree? [${lang}]`);
      writeFileSync(join(dir, f), text);
    }
  }
  const deployment = JSON.parse(readFileSync('data/deployment.json', 'utf8')) as Record<string, unknown>;
  const deploymentFile = join(root, 'deployment.json');
  writeFileSync(deploymentFile, JSON.stringify({ ...deployment, languages }));
  return { localesDir, deploymentFile, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
