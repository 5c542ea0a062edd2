// npm run train: retrains the linear models (two on the customer's message, one on the reply) (src/engine/models/*.json) from fold A of
// eval/data/twcs-dev.jsonl. The trainer is TypeScript (scripts/lib/train-models.ts, so it reads text exactly as the
// engine does); Vite's module runner loads it here without a build step.
import { writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./lib/train-models.ts', import.meta.url).pathname);
for (const { file, json } of module.trainAll()) {
  writeFileSync(new URL(`../${file}`, import.meta.url), json);
  const header = JSON.parse(json);
  console.log(`${file}: ${Object.keys(header.weights).length} features, threshold ${header.threshold}, ` +
    `cross-validated in fold A: precision ${header.crossValidation.precision}, recall ${header.crossValidation.recall}`);
}
