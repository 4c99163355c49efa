#!/usr/bin/env bash
# Renews docs/screenshots/ from the default project with Debian's Chromium (through Playwright, never a downloaded
# browser): the start page with its map, the 2023 and 2025 overviews, the top of Kreis Borken 2023 and 2025 and Methodik, each at
# 1280, 768 and 320 px (tests/ZielSite.Tests/Browser/ScreenshotTests.cs; a real browser, so that what is drawn on coming
# into view is drawn). Look at every image afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x /usr/bin/chromium ] || { echo "screenshots: Chromium not found at /usr/bin/chromium (apt-get install chromium)" >&2; exit 2; }
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 ZIELSITE_SCREENSHOTS=1
dotnet test tests/ZielSite.Tests --filter "Category=Screenshots" --logger "console;verbosity=normal" | grep -E "Passed|Failed|Skipped|error" || true
ls -l docs/screenshots/
