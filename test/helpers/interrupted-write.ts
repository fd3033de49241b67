// Child process for the write-tree test: starts writing a large tree into argv[2] and is
// interrupted by SIGINT mid-way, exiting like the CLI does (process.exit(130)).
import { writeTree } from '../../src/write/write-tree.js';

process.on('SIGINT', () => process.exit(130));
const files = new Map(Array.from({ length: 4000 }, (_, i) => [`d${i % 40}/f${i}.tf`, `# ${'x'.repeat(2000)}\n`]));
setTimeout(() => process.kill(process.pid, 'SIGINT'), 40);
await writeTree(process.argv[2]!, files, true);
process.stdout.write('finished before the interrupt\n');
