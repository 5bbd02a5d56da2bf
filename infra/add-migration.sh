#!/usr/bin/env bash
# Adds one named migration for one module's context to all three providers, so SQLite,
# PostgreSQL and SQL Server never drift apart.
#   infra/add-migration.sh <Module> <MigrationName>      e.g. infra/add-migration.sh Needs AddCareRequests
# dotnet-ef boots the real host (provider chosen by the arguments after --), so the model
# is exactly what the app runs; no server is needed to add a migration.
set -euo pipefail
cd "$(dirname "$0")/.."
module=${1:?usage: infra/add-migration.sh <Module> <MigrationName>}
name=${2:?usage: infra/add-migration.sh <Module> <MigrationName>}
dotnet tool restore >/dev/null
dotnet build src/CareMatch.Web -v q -nologo
declare -A design_connection=(
  [Sqlite]="Data Source=design-time.db"
  [PostgreSql]="Host=localhost;Database=carematch_design"
  [SqlServer]="Server=localhost;Database=CareMatchDesign;TrustServerCertificate=true"
)
for provider in Sqlite PostgreSql SqlServer; do
  echo "== $provider: $module/$name"
  dotnet ef migrations add "$name" --no-build \
    --project "migrations/CareMatch.Migrations.$provider" \
    --startup-project src/CareMatch.Web \
    --context "${module}DbContext" \
    --output-dir "$module" \
    -- --Database:Provider="$provider" --Database:ConnectionString="${design_connection[$provider]}" \
       --Database:MigrateOnStart=false --Hangfire:ServerEnabled=false --App:PublicUrl=http://design-time.invalid
done
dotnet build src/CareMatch.Web -v q -nologo
