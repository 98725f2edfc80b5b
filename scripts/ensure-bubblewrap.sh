#!/usr/bin/env bash
# Steps run inside bubblewrap when it is available, so unmodified SageMaker scripts find /opt/ml.
# Without it Pipewright still runs steps (host mode, see docs/local-runtime.md), so a failed
# install is a warning, never an error.
set -uo pipefail

if command -v bwrap >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "! bubblewrap (bwrap) is not installed; steps will run in host mode. See docs/local-runtime.md." >&2
  exit 0
fi
sudo_cmd=""
if [ "$(id -u)" != "0" ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "! bubblewrap is not installed and there is no sudo to install it; steps will run in host mode." >&2
    exit 0
  fi
  sudo_cmd="sudo"
fi
echo "› installing Debian's bubblewrap for step sandboxing"
if ! { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq bubblewrap >/dev/null; }; then
  echo "! could not install bubblewrap; steps will run in host mode. See docs/local-runtime.md." >&2
fi
exit 0
