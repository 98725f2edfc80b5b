#!/usr/bin/env bash
# Sourced by start.sh and test.sh: puts a project-local pnpm on PATH and installs the workspace.
# Only Node.js 20 and npm are assumed; everything else is installed here, every time it is missing.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

pnpm_version="$(node -p "require('./package.json').packageManager.split('@')[1]")"
tools_dir="$repo_root/.tools"
if [ ! -x "$tools_dir/node_modules/.bin/pnpm" ] ||
  [ "$("$tools_dir/node_modules/.bin/pnpm" --version)" != "$pnpm_version" ]; then
  echo "› installing pnpm $pnpm_version into .tools/"
  npm install --silent --no-save --no-package-lock --prefix "$tools_dir" "pnpm@$pnpm_version"
fi
export PATH="$tools_dir/node_modules/.bin:$PATH"

echo "› installing workspace dependencies"
if [ "${CI:-}" = "true" ]; then
  pnpm install --frozen-lockfile --reporter=append-only
else
  pnpm install --prefer-offline --reporter=append-only
fi
