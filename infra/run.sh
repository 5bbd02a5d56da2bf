#!/usr/bin/env bash
# Command one: runs CareMatch on its embedded defaults (SQLite under src/CareMatch.Web/App_Data,
# in-process Hangfire, simulated payments), migrating the database on start.
#   infra/run.sh               serves http://127.0.0.1:5000
#   PORT=8080 infra/run.sh     another port
#   infra/run.sh seed-demo     (re)seeds the demo area, prints its sign-in details, and exits
#   CAREMATCH_ADMIN_PASSWORD=... infra/run.sh create-admin you@example.org   makes an admin and exits
#   infra/run.sh run-task payments-reconcile   runs one scheduled task once, now, and exits
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is needed (dotnet on PATH)." >&2; exit 1; }
port=${PORT:-5000}
url="http://127.0.0.1:$port"
dotnet build src/CareMatch.Web -nologo -v q
echo "== CareMatch is starting at $url  (scheduled tasks, for admins: $url/admin/scheduled-tasks; health: $url/health; Ctrl+C stops it)"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
exec dotnet run --no-build --project src/CareMatch.Web -- "$@" --urls "$url"
