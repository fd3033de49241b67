#!/usr/bin/env node
// Checks the Node version before loading anything that needs a newer one.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 12)) {
  process.stderr.write(
    `create-api-endpoint needs Node.js 20.12 or newer; this is ${process.versions.node}. ` +
      'Install a current LTS from https://nodejs.org (or `nvm install --lts`) and run it again.\n',
  );
  process.exit(4);
}
// Node 22.1+ keeps compiled code between runs (a faster start); older versions have no cache.
import('node:module')
  .then((m) => m.enableCompileCache?.())
  .catch(() => undefined)
  .finally(() => import('../dist/cli.js'));
