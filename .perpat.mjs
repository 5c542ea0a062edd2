import { runnerImport } from 'vite';
const { module } = await runnerImport('/tmp/abusive/perpat.ts');
console.log(module.run(process.argv[2] ?? 'study'));
