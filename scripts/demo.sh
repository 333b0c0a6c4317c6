#!/usr/bin/env bash
# Builds the extension and runs it once on the embedded replica tenant (Entra + TonicDM).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d .wxt ] || npx wxt prepare >/dev/null
npx wxt build
echo "Running the extension on the replica tenant (headless Chromium)…"
npx playwright test -c tests/demo/playwright.config.ts
