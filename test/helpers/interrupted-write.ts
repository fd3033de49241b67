// Child process for the interrupted-write tests: writes a new generation of files over the
// ones tests/write-owned.test.ts put into argv[2], and is interrupted after the fifth file
// was moved into place — by SIGINT or SIGTERM sent to itself (exiting like the CLI does), or,
// for 'kill', by the parent's SIGKILL once it reads "moved" on stdout.
import { interruptedWriteNote, writeOwned } from '../../src/write/write-owned.js';
import { generation, ownedOf } from './write-fixture.js';

const [target, how] = [process.argv[2]!, process.argv[3] as 'SIGINT' | 'SIGTERM' | 'kill'];
// As the CLI does (src/cli.ts): say what the interruption means for the folder, then exit.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const)
  process.on(signal, () => {
    process.stderr.write(`${interruptedWriteNote()}\n`);
    process.exit(code);
  });
const { owned, manifestSha } = ownedOf(target);
await writeOwned({
  target,
  files: generation(2),
  owned,
  manifestSha,
  force: true,
  onStep: async (done) => {
    if (done !== 5) return;
    if (how === 'kill') {
      process.stdout.write('moved\n');
      await new Promise(() => setInterval(() => undefined, 1000)); // wait to be killed
    }
    process.kill(process.pid, how);
    await new Promise(() => setInterval(() => undefined, 1000));
  },
});
process.stdout.write('finished before the interrupt\n');
