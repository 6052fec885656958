/**
 * The flows a conversation can be in. The first is where every conversation starts (and a stored
 * conversation that names no flow is in it). A new flow is a folder plus one line here.
 */
import type { FlowModule } from './contract.js';
import { intakeFlow } from './intake/index.js';
import { missingPersonFlow } from './missing-person/index.js';

export const flows: readonly [FlowModule, ...FlowModule[]] = [intakeFlow, missingPersonFlow];
