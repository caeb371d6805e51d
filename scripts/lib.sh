#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: installs what is missing and starts Azurite.
# Everything it installs lands in git-ignored folders of this repository (.tools/, tools/azurite/node_modules/).

COSELL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AZURITE_DIR="$COSELL_ROOT/tools/azurite"
AZURITE_BIN="$AZURITE_DIR/node_modules/.bin/azurite-table"
AZURITE_ACCOUNT_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

log() { printf '[cosell] %s\n' "$*" >&2; }

die() { log "error: $*"; exit 1; }

# The .NET SDK must be there; Node.js and npm are installed from Debian's packages when missing.
ensure_toolchain() {
  command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK (dotnet) is required and was not found on PATH"
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    log "installing Node.js and npm (for Azurite) from the Debian packages"
    if [ "$(id -u)" -eq 0 ]; then
      apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null || die "could not install nodejs and npm"
    else
      die "Node.js and npm are required for Azurite; install them (apt-get install nodejs npm)"
    fi
  fi
}

# curl for the README walkthrough and health checks.
ensure_curl() {
  command -v curl >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ]; then
    log "installing curl from the Debian packages"
    apt-get update -qq && apt-get install -y -qq curl >/dev/null || die "could not install curl"
  else
    die "curl is required; install it (apt-get install curl)"
  fi
}

# Azurite from the committed lock file, into tools/azurite/node_modules.
ensure_azurite() {
  if [ ! -x "$AZURITE_BIN" ]; then
    log "installing Azurite from tools/azurite/package-lock.json"
    (cd "$AZURITE_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci in tools/azurite failed"
  fi
}

# Chromium from Debian's packages, for the portal's browser tests (Playwright launches it by path; Playwright's own
# browser download is not used). COSELL_CHROMIUM names another binary.
COSELL_CHROMIUM="${COSELL_CHROMIUM:-/usr/bin/chromium}"
ensure_chromium() {
  [ -x "$COSELL_CHROMIUM" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    log "installing Chromium (for the portal's browser tests) from the Debian packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
      || die "could not install chromium"
  else
    die "Chromium is required for the portal's browser tests; install it (apt-get install chromium)"
  fi
}

SMTP4DEV_VERSION="3.15.0"
SMTP4DEV_BIN="$COSELL_ROOT/.tools/smtp4dev/smtp4dev"

# smtp4dev, a local SMTP server with a web inbox, as a .NET tool in .tools/smtp4dev.
ensure_smtp4dev() {
  if [ ! -x "$SMTP4DEV_BIN" ]; then
    log "installing smtp4dev $SMTP4DEV_VERSION (local SMTP server with a web inbox)"
    dotnet tool install Rnwood.Smtp4dev --version "$SMTP4DEV_VERSION" --tool-path "$COSELL_ROOT/.tools/smtp4dev" >&2 \
      || { log "warning: smtp4dev could not be installed; notifications will wait in the outbox"; return 1; }
  fi
}

# start_smtp4dev SMTP_PORT WEB_PORT DATA_DIR LOG_FILE: sets SMTP4DEV_PID.
start_smtp4dev() {
  local smtp="$1" web="$2" data="$3" logfile="$4"
  mkdir -p "$data"
  "$SMTP4DEV_BIN" --urls="http://127.0.0.1:$web" --smtpport="$smtp" --imapport=0 --pop3port=0 --bindaddress=127.0.0.1 \
    --hostname=localhost --db="$data/smtp4dev.db" --nousersettings >"$logfile" 2>&1 &
  SMTP4DEV_PID=$!
  for _ in $(seq 1 150); do
    if port_open "$smtp"; then
      log "SMTP on 127.0.0.1:$smtp; read the mail at http://127.0.0.1:$web (pid $SMTP4DEV_PID)"
      return 0
    fi
    kill -0 "$SMTP4DEV_PID" 2>/dev/null || { log "warning: smtp4dev exited during start-up (log: $logfile)"; SMTP4DEV_PID=""; return 1; }
    sleep 0.2
  done
  log "warning: smtp4dev did not open 127.0.0.1:$smtp within 30 s (log: $logfile)"
}

# A free TCP port on loopback.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_azurite PORT DATA_DIR LOG_FILE: starts Azurite's table service on loopback, waits until it answers,
# and sets AZURITE_PID.
start_azurite() {
  local port="$1" data="$2" logfile="$3"
  mkdir -p "$data"
  "$AZURITE_BIN" --tableHost 127.0.0.1 --tablePort "$port" --location "$data" \
    --skipApiVersionCheck --disableTelemetry --silent >"$logfile" 2>&1 &
  AZURITE_PID=$!
  for _ in $(seq 1 100); do
    if port_open "$port"; then
      log "Azurite tables on 127.0.0.1:$port (data in $data, pid $AZURITE_PID)"
      return 0
    fi
    kill -0 "$AZURITE_PID" 2>/dev/null || { cat "$logfile" >&2; die "Azurite exited during start-up"; }
    sleep 0.2
  done
  die "Azurite did not answer on 127.0.0.1:$port within 20 s (log: $logfile)"
}

# The Azure Table connection string of the local Azurite on PORT.
azurite_connection_string() {
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
    "$AZURITE_ACCOUNT_KEY" "$1"
}

# stop_pid PID [SECONDS]: SIGTERM, wait up to SECONDS (default 5) for it to exit, then SIGKILL.
stop_pid() {
  local pid="$1" seconds="${2:-5}"
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 $((seconds * 10))); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  log "pid $pid did not stop within ${seconds} s; killing it"
  kill -9 "$pid" 2>/dev/null || true
}
