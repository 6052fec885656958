/** Every test file starts with the words of locales/ installed, as src/app.ts does at start (via loadLocales). */
import { loadWords } from '../src/i18n/words.js';

const problems = loadWords('locales');
if (problems.length > 0) throw new Error(`locales/*/words.json are not valid:\n${problems.join('\n')}`);
