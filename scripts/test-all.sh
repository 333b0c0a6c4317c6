#!/usr/bin/env bash
# The one test command: type-check, build, unit tests (vitest), browser tests (Playwright in
# Debian Chromium with the built extension). Ends with a single "N passed, N failed" line that
# counts every test; a step that crashes before reporting counts as a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
REPORTS=".reports"
rm -rf "$REPORTS" && mkdir -p "$REPORTS"
STEP_FAILURES=0

[ -d .wxt ] || npx wxt prepare >/dev/null

echo "== type-check"
if ! npx tsc --noEmit; then STEP_FAILURES=$((STEP_FAILURES + 1)); fi

echo "== build"
if ! npx wxt build >"$REPORTS/build.log" 2>&1; then
  cat "$REPORTS/build.log"; STEP_FAILURES=$((STEP_FAILURES + 1))
fi

echo "== Fluent UI portal replica"
if ! node tests/fixtures/fluent/build.mjs >"$REPORTS/fluent-replica.log" 2>&1; then
  cat "$REPORTS/fluent-replica.log"; STEP_FAILURES=$((STEP_FAILURES + 1))
fi

echo "== Firefox build and store zips"
if ! npx wxt build -b firefox >"$REPORTS/build-firefox.log" 2>&1; then
  cat "$REPORTS/build-firefox.log"; STEP_FAILURES=$((STEP_FAILURES + 1))
fi
# The store packages (no development key) are checked by tests/unit/packaging. Zipping rebuilds
# .output/chrome-mv3 and leaves it the fixed-id development build the browser tests load.
if ! npx wxt zip >"$REPORTS/zip.log" 2>&1; then
  cat "$REPORTS/zip.log"; STEP_FAILURES=$((STEP_FAILURES + 1))
fi
if ! npx wxt zip -b firefox >"$REPORTS/zip-firefox.log" 2>&1; then
  cat "$REPORTS/zip-firefox.log"; STEP_FAILURES=$((STEP_FAILURES + 1))
fi

echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest.json"

echo "== browser tests"
PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/playwright.json" npx playwright test

node scripts/summarize-tests.mjs "$REPORTS/vitest.json" "$REPORTS/playwright.json" "$STEP_FAILURES"
