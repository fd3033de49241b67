#!/usr/bin/env bash
# Fetches the public trees of bench/check-corpus.tsv at their commits into a folder outside the
# checkout (never commit them): trees/<owner>+<name>/ for scripts/check-corpus.mjs.
#   bash scripts/fetch-corpus.sh /tmp/cae-corpus
set -euo pipefail
out=${1:?usage: fetch-corpus.sh <folder>}
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
tail -n +2 "$here/bench/check-corpus.tsv" | cut -f2,3 | sort -u | while IFS=$'\t' read -r repo commit; do
  dest="$out/${repo/\//+}"
  [ -d "$dest" ] && continue
  tmp=$(mktemp -d)
  git -C "$tmp" init -q
  git -C "$tmp" fetch -q --depth 1 "https://github.com/$repo.git" "$commit" && git -C "$tmp" checkout -q FETCH_HEAD && rm -rf "$tmp/.git" && mv "$tmp" "$dest" && echo "fetched $repo@${commit:0:12}" || echo "could not fetch $repo@$commit" >&2
done
