#!/usr/bin/env bash
# The quick-start "run" command: install everything, build the web app, start the server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

bash "$repo_root/scripts/ensure-bubblewrap.sh"
pnpm build
exec pnpm serve "$@"
