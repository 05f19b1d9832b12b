// Writes the JSON Schema of the scenario format from its zod schema, so an editor checks
// scenario files as they are typed (each file's "$schema" points here). Two schemas: a
// whole scenario file, and a part of a scenario folder (the same keys, none required,
// because the folder's parts are merged before the whole is checked).
//   npm run schema        (npm run docs runs it too)
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemas } from './lib/json-schema';

for (const [file, schema] of Object.entries(scenarioJsonSchemas())) {
  writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${file}`);
}
