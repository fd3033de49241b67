#!/usr/bin/env bash
# `check` on each folder (the GitHub Action's second step; any CI can run it): one SARIF file per
# folder with its own category (code scanning keeps one analysis per category and refuses two
# uploads that share one), the human report in the log, and optionally `update --check`.
#   CAE           the command to run create-api-endpoint (default: npx --yes create-api-endpoint)
#   FOLDERS       folders, one per line (folders.sh prints them)
#   SEVERITY      the lowest severity that fails (default error)
#   PRESET        a preset to enforce on every folder (default: each folder's recorded one)
#   UPDATE_CHECK  true: also update --check the generated folders
#   SARIF_DIR     where the SARIF files go (default ./create-api-endpoint-sarif)
set -uo pipefail
CAE=${CAE:-npx --yes create-api-endpoint}
SARIF_DIR=${SARIF_DIR:-create-api-endpoint-sarif}
mkdir -p "$SARIF_DIR"
status=0
preset=()
[ -n "${PRESET:-}" ] && preset=(--preset "$PRESET")
checked=0
while IFS= read -r dir; do
  [ -z "$dir" ] && continue
  checked=$((checked + 1))
  slug=$(printf '%s' "$dir" | sed -e 's#^\./##' -e 's#[^A-Za-z0-9._-]#_#g')
  echo "::group::create-api-endpoint check $dir"
  $CAE check "$dir" --severity "${SEVERITY:-error}" "${preset[@]}"
  code=$?
  echo "::endgroup::"
  # The SARIF file is written whatever the outcome (a run that could not check says why in it).
  $CAE check "$dir" --severity "${SEVERITY:-error}" "${preset[@]}" --format sarif --sarif-category "create-api-endpoint/${dir#./}" > "$SARIF_DIR/$slug.sarif" || true
  [ $code -gt $status ] && status=$code
  if [ "${UPDATE_CHECK:-false}" = true ] && [ -f "$dir/.create-api-endpoint.json" ]; then
    $CAE update --check "$dir" --no-terraform || { code=$?; [ $code -gt $status ] && status=$code; }
  fi
done <<< "${FOLDERS:-}"
echo "create-api-endpoint: checked $checked folder(s); exit $status"
if [ -n "${GITHUB_OUTPUT:-}" ] && [ $checked -gt 0 ]; then echo "sarif-dir=$SARIF_DIR" >> "$GITHUB_OUTPUT"; fi
exit $status
