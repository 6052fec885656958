/**
 * `node --import ./test/support/trace-modules.mjs …`: appends the URL of every ES module the process
 * resolves to the file named by TRACE_MODULES_FILE (one per line), so a test can see what was loaded.
 */
import { register } from 'node:module';

register('./trace-modules-hooks.mjs', import.meta.url);
