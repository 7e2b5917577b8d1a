#!/usr/bin/env bash
# Fails when generated/ differs from what the build just regenerated: a tracked change or an untracked file.
set -euo pipefail
cd "$(dirname "$0")/.."
changes=$(git status --porcelain --untracked-files=all -- generated/)
if [ -n "$changes" ]; then
  echo "error: generated/ is out of date with spec/, nswag.json or build/Millis.Codegen:" >&2
  echo "$changes" | sed 's/^/  /' >&2
  echo "Fix: run 'dotnet build Millis.Generated.sln' and commit everything under generated/ (never edit it by hand)." >&2
  git --no-pager diff --stat -- generated/ >&2 || true
  exit 1
fi
echo "generated/ matches spec/ (no drift)"
