#!/usr/bin/env bash
# The quick-start "run" command: install everything, build the web app, start the server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

bash "$repo_root/scripts/ensure-bubblewrap.sh"
echo "› building the web app"
pnpm --silent --filter @pipewright/web exec vite build --logLevel error
exec pnpm serve "$@"
