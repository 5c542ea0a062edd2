import { runnerImport } from 'vite';
const { module } = await runnerImport('/tmp/abusive/struct.ts');
for (const [l2, ww, target, dup] of JSON.parse(process.argv[2])) console.log(l2, ww, target, dup, module.pick({ l2, sweeps: 40, minCount: 3, keep: 300 }, ww, target, dup));
