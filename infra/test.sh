#!/usr/bin/env bash
# Command two: the whole test suite, from a fresh clone. Installs and starts what the tests
# need (PostgreSQL, Chromium) when missing, builds once, runs every test project, and ends
# with one line "N passed, M failed" summed over all of them. Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is needed (dotnet on PATH)." >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

infra/postgres-start.sh || { echo "0 passed, 1 failed"; exit 1; }
infra/chromium-install.sh || { echo "0 passed, 1 failed"; exit 1; }
export CAREMATCH_TEST_POSTGRES=${CAREMATCH_TEST_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=carematch;Password=carematch"}

echo "== building"
started=$(date +%s)
dotnet tool restore >/dev/null
if ! dotnet build CareMatch.sln -nologo -v q -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  exit 1
fi
echo "== built in $(( $(date +%s) - started )) s"

results="$root/TestResults"
rm -rf "$results"
projects=$(find tests -maxdepth 2 -name '*Tests.csproj' | sort)
passed=0; failed=0; skipped=0
for project in $projects; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  project_started=$(date +%s)
  dotnet test "$project" --no-build --nologo --blame-hang-timeout 10m --logger "trx;LogFileName=$name.trx" --results-directory "$results/$name" \
    | grep -E '^\s*(Failed |Passed!|Failed!|Skipped |Error Message|\s+at |Assert)' | head -200
  trx="$results/$name/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "   no results from $name: counted as one failure"
    failed=$((failed + 1))
    continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  x=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  s=$(( t - x ))
  passed=$((passed + p)); failed=$((failed + f + e)); skipped=$((skipped + s))
  echo "   $name: $p passed, $((f + e)) failed, $s skipped in $(( $(date +%s) - project_started )) s"
done
echo "== suite finished in $(( $(date +%s) - started )) s"
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
