// The scenario format as JSON Schema, generated from the zod schema (the one definition).
import { z } from 'zod';
import { ScenarioFile } from '../../src/scenario/schema';

export const SCHEMA_FILES = { whole: 'docs/scenario.schema.json', part: 'docs/scenario-part.schema.json' } as const;

export function scenarioJsonSchemas(): Record<string, unknown> {
  // "input": what a file may say, with defaulted fields optional.
  const whole = z.toJSONSchema(ScenarioFile, { io: 'input', unrepresentable: 'any', reused: 'ref' }) as Record<string, unknown>;
  const part = { ...whole, required: [] };
  return {
    [SCHEMA_FILES.whole]: { ...whole, title: 'Nineteen Days scenario file' },
    [SCHEMA_FILES.part]: { ...part, title: 'Nineteen Days scenario part (a file of a scenario folder)' },
  };
}
