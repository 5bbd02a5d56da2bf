#!/usr/bin/env bash
# Command two: the whole test suite, from a fresh clone. Installs and starts what the tests
# need (PostgreSQL, Chromium) when missing, builds once, runs every test project, and ends
# with one line "N passed, M failed" summed over all of them. Exits non-zero on any failure.
#
# The machine has two cores and one test process keeps about one busy, so every project but the
# browser tests runs at once, the integration tests in two processes (each with its own app
# hosts and Hangfire state, see TOOLCHAIN.md); the browser tests then run alone, as their waits
# for pages are timed.
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
mkdir -p "$results"

# One run of a test project (or of the part of it a filter picks), in the background: its output
# goes to a log, its results to $results/<name>/<name>.trx, and its seconds to a file beside them.
start_run() {
  local name=$1 project=$2 filter=${3:-}
  mkdir -p "$results/$name"
  (
    run_started=$(date +%s)
    dotnet test "$project" --no-build --nologo --blame-hang-timeout 10m ${filter:+--filter "$filter"} \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results/$name" >"$results/$name/output.log" 2>&1
    echo $(( $(date +%s) - run_started )) >"$results/$name/seconds"
  ) &
}

passed=0; failed=0; skipped=0
# Prints a finished run's failures and counts, and adds them to the totals.
report_run() {
  local name=$1
  echo "== $name"
  grep -E '^\s*(Failed |Passed!|Failed!|Skipped |Error Message|\s+at |Assert)' "$results/$name/output.log" | head -200
  local trx="$results/$name/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "   no results from $name: counted as one failure"
    failed=$((failed + 1))
    return
  fi
  local counters p f e t x s
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  x=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  s=$(( t - x ))
  passed=$((passed + p)); failed=$((failed + f + e)); skipped=$((skipped + s))
  echo "   $name: $p passed, $((f + e)) failed, $s skipped in $(cat "$results/$name/seconds" 2>/dev/null || echo '?') s"
}

# The integration tests in two halves of about equal length: the money and booking tests, and
# the rest. Each filter is the other's exact complement, so every test runs once.
integration=tests/CareMatch.IntegrationTests/CareMatch.IntegrationTests.csproj
money_and_bookings='FullyQualifiedName~CareMatch.IntegrationTests.Payments.|FullyQualifiedName~CareMatch.IntegrationTests.Bookings.'
the_rest='FullyQualifiedName!~CareMatch.IntegrationTests.Payments.&FullyQualifiedName!~CareMatch.IntegrationTests.Bookings.'

echo "== running every project but the browser tests, at once"
runs=()
for project in $(find tests -maxdepth 2 -name '*Tests.csproj' | sort); do
  name=$(basename "$project" .csproj)
  case "$name" in
    CareMatch.BrowserTests) ;;
    CareMatch.IntegrationTests)
      start_run "$name.MoneyAndBookings" "$project" "$money_and_bookings"; runs+=("$name.MoneyAndBookings")
      start_run "$name.Rest" "$project" "$the_rest"; runs+=("$name.Rest") ;;
    *) start_run "$name" "$project"; runs+=("$name") ;;
  esac
done
[ -f "$integration" ] || { echo "   $integration is missing: counted as one failure"; failed=$((failed + 1)); }
wait
for name in "${runs[@]}"; do report_run "$name"; done
echo "== all but the browser tests finished in $(( $(date +%s) - started )) s since the build began"

start_run CareMatch.BrowserTests tests/CareMatch.BrowserTests/CareMatch.BrowserTests.csproj
wait
report_run CareMatch.BrowserTests

echo "== suite finished in $(( $(date +%s) - started )) s"
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
