#!/usr/bin/env bash
# The folders a CI run checks (the GitHub Action's first step; any CI can run it): the paths
# given, or the files changed since a base commit, each standing for the generated folder that
# holds it (create-api-endpoint check --list-folders). Prints them and, under GitHub Actions,
# sets the step's `folders` output.
#   CAE          the command to run create-api-endpoint (default: npx --yes create-api-endpoint)
#   INPUT_PATHS  folders or files, separated by spaces or new lines (default: the changed files)
#   INPUT_BASE   the commit to compare with (default: HEAD~1)
set -euo pipefail
CAE=${CAE:-npx --yes create-api-endpoint}
paths=()
if [ -n "${INPUT_PATHS:-}" ]; then
  while IFS= read -r p; do [ -n "$p" ] && paths+=("$p"); done < <(printf '%s\n' $INPUT_PATHS)
else
  base=${INPUT_BASE:-}
  if [ -z "$base" ] || ! git cat-file -e "$base^{commit}" 2>/dev/null; then base=$(git rev-parse HEAD~1 2>/dev/null || true); fi
  if [ -n "$base" ]; then
    # Terraform, the tool's manifests and OpenAPI documents; deleted files are gone, their folders stay.
    while IFS= read -r f; do [ -e "$f" ] && paths+=("$f"); done < <(git diff --name-only --diff-filter=d "$base" HEAD -- '*.tf' '*.tf.json' '*.tfvars' '*/.create-api-endpoint.json' '*.yaml' '*.yml' '*.json')
  fi
fi
folders=""
if [ ${#paths[@]} -gt 0 ]; then
  # Only folders with Terraform in them are roots to check.
  while IFS= read -r d; do
    if compgen -G "$d/*.tf" >/dev/null || compgen -G "$d/*.tf.json" >/dev/null; then folders+="$d"$'\n'; fi
  done < <($CAE check --list-folders "${paths[@]}")
fi
printf '%s' "$folders"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo 'folders<<CAE_EOF'; printf '%s' "$folders"; echo 'CAE_EOF'; } >> "$GITHUB_OUTPUT"
fi
