// The JSON Schema editors check scenario files with: generated from the zod schema, kept
// in step with it, and accepting every installed scenario file while refusing a bad one.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES, scenarioJsonSchemas } from '../../scripts/lib/json-schema';

const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('the scenario JSON Schema', () => {
  it('is the one generated from the zod schema (run npm run schema after changing the format)', () => {
    for (const [file, schema] of Object.entries(scenarioJsonSchemas())) expect(read(file), file).toEqual(schema);
  });

  it('accepts every installed scenario file and part, and refuses a bad one', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const whole = ajv.compile(read(SCHEMA_FILES.whole));
    const part = ajv.compile(read(SCHEMA_FILES.part));
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.json')).map((f) => join('scenarios', f));
    for (const f of files) expect(whole(read(f)), `${f}: ${JSON.stringify(whole.errors?.slice(0, 2))}`).toBe(true);
    const parts = readdirSync('scenarios/campaign').filter((f) => f.endsWith('.json')).map((f) => join('scenarios/campaign', f));
    for (const f of parts) {
      const data = read(f);
      expect(data.$schema, f).toBe('../../docs/scenario-part.schema.json');
      expect(part(data), `${f}: ${JSON.stringify(part.errors?.slice(0, 2))}`).toBe(true);
    }
    expect(whole({ ...read(files[0]!), start: '23 October 1956' })).toBe(false);
    expect(part({ decisions: [{ id: 'Not An Id' }] })).toBe(false);
  });
});
