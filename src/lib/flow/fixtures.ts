import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { DecisionStep, Preset, Rule } from './types';

// The real content files, read the way the build reads them: tests run the rules the site ships.
const read = <T>(path: string) =>
  parse(readFileSync(new URL(`../../../content/decisions/${path}`, import.meta.url), 'utf8')) as T;

/** content/decisions/steps.yaml */
export const steps = read<DecisionStep[]>('steps.yaml');
/** content/decisions/rules.yaml */
export const rules = read<Rule[]>('rules.yaml');
/** content/decisions/hr-itsm.yaml */
export const preset = read<Preset>('hr-itsm.yaml');
