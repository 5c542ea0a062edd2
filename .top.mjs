import { runnerImport } from 'vite';
const { module } = await runnerImport('/tmp/abusive/struct.ts');
console.log(module.top({ l2: 3, sweeps: 40, minCount: 3, keep: 300 }, 120));
