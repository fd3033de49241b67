#!/usr/bin/env bash
# Security scan of every snapshot scenario with checkov (pinned), installed into a local
# virtual environment on first use. Zero failed checks is the bar; deliberate exceptions
# are inline #checkov:skip comments in the templates, listed in the README.
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKOV_VERSION=3.2.495
if [ ! -x .venv/bin/checkov ] || ! .venv/bin/checkov --version 2>/dev/null | grep -qx "$CHECKOV_VERSION"; then
  echo "Installing checkov $CHECKOV_VERSION into .venv …" >&2
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check "checkov==$CHECKOV_VERSION"
fi
status=0
for dir in snapshots/*/expected; do
  scenario=$(basename "$(dirname "$dir")")
  if .venv/bin/checkov --directory "$dir" --framework terraform --quiet --compact --skip-download --output cli > ".scan-$scenario.log" 2>&1; then
    echo "checkov: $scenario passed"
    rm -f ".scan-$scenario.log"
  else
    echo "checkov: $scenario FAILED" >&2
    cat ".scan-$scenario.log" >&2
    rm -f ".scan-$scenario.log"
    status=1
  fi
done
exit $status
