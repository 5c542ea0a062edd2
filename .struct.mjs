import { runnerImport } from 'vite';
const { module } = await runnerImport('/tmp/abusive/struct.ts');
for (const [l2, keep, target, ww] of JSON.parse(process.argv[2])) console.log(l2, keep, target, ww, module.run({ l2, sweeps: 40, minCount: 3, keep }, target, ww));
