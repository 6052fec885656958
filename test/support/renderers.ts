/** The intake's renderer, as the core builds it for conversations in the intake (for tests that read prompts). */
import { createIntakeView } from '../../flows/intake/view.js';
import { createRenderer } from '../../src/core/render.js';
import type { Deployment } from '../../src/deployment.js';
import type { Locales } from '../../src/i18n/locales.js';

export function intakeRenderer(parts: { locales: Locales; deployment: Deployment }) {
  return createRenderer({ locales: parts.locales, deployment: parts.deployment, view: createIntakeView(parts.deployment) });
}
