// Writes experiments/experiment.schema.json from the parameter declarations (npm run schema).
import { writeFileSync } from 'node:fs';
import { experimentSchema } from '../src/experiments/schema.js';

writeFileSync(new URL('../experiments/experiment.schema.json', import.meta.url), JSON.stringify(experimentSchema(), null, 2) + '\n');
