import { runnerImport } from 'vite';
const { module } = await runnerImport('/tmp/abusive/struct.ts');
console.log(module.curve({ l2: Number(process.argv[2] ?? 3), sweeps: 40, minCount: 3, keep: 300 }, process.argv[3] === 'words'));
