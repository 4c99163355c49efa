#!/usr/bin/env bash
# Lighthouse on the default project, mobile and desktop, for humans (not part of CI).
# Builds the site into _site/, serves it on 127.0.0.1 and prints one table of the four category scores per page.
# Lighthouse 12.2.3 (pinned, bench/lighthouse/package.json) runs Debian's Chromium: CHROME_PATH=/usr/bin/chromium.
# Usage: bench/lighthouse.sh [PORT]      reports (JSON) are kept in bench/lighthouse/out/
# Also here: node bench/chart-timing.cjs URL [cpuSlowdown] [runs] (time until the region page's charts are drawn).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8787}"
here=bench/lighthouse
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$here/node_modules/.bin/lighthouse" ] || (cd "$here" && npm ci --no-audit --no-fund --silent)

dotnet run --project src/ZielSite.Cli -c Release -- build --no-cache --out _site >/dev/null
region2025=$(ls _site/2025 | grep -v index.html | head -n 1)
pages=("" "2023/" "2023/kreis-borken/" "2025/$region2025/" "methodik/")

python3 -m http.server "$port" --bind 127.0.0.1 --directory _site >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done

mkdir -p "$here/out"
printf '%-28s %-8s %5s %5s %5s %5s\n' page form perf a11y bp seo
for page in "${pages[@]}"; do
  for form in mobile desktop; do
    name=$(echo "${page:-start}" | tr '/' '_')"$form"
    preset=(); [ "$form" = desktop ] && preset=(--preset=desktop)
    "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" "${preset[@]}" --quiet \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless --no-sandbox --disable-gpu" \
      --output=json --output-path="$here/out/$name.json" >/dev/null 2>&1 || { echo "lighthouse failed on /$page ($form)"; continue; }
    node -e '
      const r = require(process.argv[1]); const c = r.categories;
      const s = k => c[k] && c[k].score !== null ? Math.round(c[k].score * 100) : "-";
      console.log(process.argv[2].padEnd(28) + " " + process.argv[3].padEnd(8) + " " +
        [s("performance"), s("accessibility"), s("best-practices"), s("seo")].map(x => String(x).padStart(5)).join(" "));
    ' "$PWD/$here/out/$name.json" "/$page" "$form"
  done
done
