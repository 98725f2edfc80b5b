#!/usr/bin/env bash
# The quick-start "test" command: install everything, then lint, types, unit, integration, e2e.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
bash "$repo_root/scripts/ensure-chromium.sh"
bash "$repo_root/scripts/ensure-bubblewrap.sh"

echo "› lint";        pnpm lint
echo "› types";       pnpm typecheck
echo "› unit and integration tests"; pnpm test:unit
echo "› build";       pnpm build
echo "› end-to-end tests"; pnpm test:e2e
