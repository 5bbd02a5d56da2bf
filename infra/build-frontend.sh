#!/usr/bin/env bash
# Rebuilds CareMatch's front end: GOV.UK Frontend from npm, compiled from its Sass source with
# CareMatch's name, colours and system font, into src/CareMatch.Web/wwwroot/lib/govuk/.
# The output is committed, so running or testing the app never needs Node; run this only after
# changing src/CareMatch.Web/Frontend/ (its scss, scripts or package versions).
#   infra/build-frontend.sh
set -euo pipefail
cd "$(dirname "$0")/../src/CareMatch.Web/Frontend"
command -v npm >/dev/null || { echo "Node.js 20.19 or later (npm on PATH) is needed." >&2; exit 1; }

# Exactly the versions in package-lock.json. No install scripts: sass's optional file watcher
# is the only package with one, and a one-off build does not watch.
npm ci --no-audit --no-fund --ignore-scripts

out=../wwwroot/lib/govuk
# Everything but NOTICE.md (the licence and attribution that travel with the files) is made anew.
mkdir -p "$out"
find "$out" -mindepth 1 ! -name NOTICE.md -delete

# --load-path=src lets carematch.scss @use "govuk"; node_modules is where govuk-frontend is.
npx --no-install sass --no-source-map --style=compressed \
  --load-path=node_modules --load-path=src \
  src/carematch.scss "$out/carematch.min.css"

# GOV.UK Frontend's own compiled ES module, with its source map for the browser's dev tools.
govuk=node_modules/govuk-frontend/dist/govuk
cp "$govuk/govuk-frontend.min.js" "$govuk/govuk-frontend.min.js.map" "$out/"

# CareMatch's own scripts and icon. Nothing from GOV.UK's assets folder: its fonts, crown
# icons and crest are for GOV.UK only.
cp src/js-enabled.js src/favicon.svg "$out/"

# The layout versions the URL of carematch.mjs (asp-append-version), but not of the module it
# imports; stamping GOV.UK Frontend's version into that import means an upgrade is never
# served from a stale browser cache.
version=$(node -p 'require("govuk-frontend/package.json").version')
sed "s|'./govuk-frontend.min.js'|'./govuk-frontend.min.js?v=$version'|" src/carematch.mjs > "$out/carematch.mjs"
grep -q "govuk-frontend.min.js?v=$version" "$out/carematch.mjs" || { echo "carematch.mjs no longer imports ./govuk-frontend.min.js" >&2; exit 1; }

echo "== Built GOV.UK Frontend $version as CareMatch into src/CareMatch.Web/wwwroot/lib/govuk/:"
ls -l "$out"
