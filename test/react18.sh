#!/usr/bin/env bash
# The component suite once more against React 18 (the peer range promises it). React 18 is installed
# into node_modules/.cache/react18, apart from the lock file, and aliased in by test/react18.config.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=node_modules/.cache/react18
if [ ! -f "$dir/node_modules/react/package.json" ] || ! grep -q '"version": "18\.' "$dir/node_modules/react/package.json"; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund react@18.3.1 react-dom@18.3.1 >/dev/null
fi
npx vitest run --config test/react18.config.ts "$@"
