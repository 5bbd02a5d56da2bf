#!/usr/bin/env bash
# Compares the matching engine's latency before and after an uncommitted change:
# A is the last commit (built from a temporary worktree), B the working tree. The machine's
# speed drifts by ±10% within minutes, so the two builds are run alternately (A B A B A B)
# rather than one after the other, and only a difference that holds in every pair means much.
#
#   infra/bench-ab.sh [carers] [pairs]     # defaults: 100000 3
set -euo pipefail
cd "$(dirname "$0")/.."
carers="${1:-100000}"
pairs="${2:-3}"
work="$(mktemp -d)"
trap 'git worktree remove --force "$work/head" 2>/dev/null || true; rm -rf "$work"' EXIT

git worktree add --quiet --detach "$work/head" HEAD
dotnet build -c Release "$work/head/tests/CareMatch.Benchmarks" -o "$work/A" -v q -nologo > "$work/A.log" || { cat "$work/A.log"; exit 1; }
dotnet build -c Release tests/CareMatch.Benchmarks -o "$work/B" -v q -nologo > "$work/B.log" || { cat "$work/B.log"; exit 1; }

echo "build | engine median | engine p99 | scan median | scan p99 | median ratio"
for _ in $(seq "$pairs"); do
  for build in A B; do
    row="$(dotnet "$work/$build/CareMatch.Benchmarks.dll" --latency "$carers" | grep '^| [0-9]' | cut -d'|' -f3-7)"
    echo "$build |$row"
  done
done
