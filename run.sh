#!/usr/bin/env bash
# Starts the whole system on its embedded default: Azurite (Azure Table storage and reminders) on
# 127.0.0.1:10002 with its data under .data/azurite, smtp4dev (SMTP 127.0.0.1:2525, web inbox
# http://127.0.0.1:5025) for e-mail notifications, then the silo with the REST gateway inside it
# (http://127.0.0.1:5080) and the partner portal (http://127.0.0.1:5090, an external cluster client; sign in with
# the development sign-in). Builds the whole solution, so ./cosell and the separate gateway host are ready too.
# Ctrl-C stops them all. Extra arguments go to the silo (e.g. --CoSell:Windows:InboundResponse=00:02:00).
#
#   ./run.sh --silos 3   N silo processes (Azure Table clustering on the same Azurite; silo i on ports 11110+i,
#                        30000+i, HTTP 5090+i) and the REST gateway as its own process on 127.0.0.1:5080. A silo
#                        that dies is reported and the others carry on; Ctrl-C stops all, gracefully.
#   Ports: COSELL_HTTP_PORT (5080), COSELL_SILO_PORT_BASE (11110), COSELL_GATEWAY_PORT_BASE (30000),
#   COSELL_SILO_HTTP_BASE (5090), COSELL_AZURITE_PORT (10002), COSELL_SMTP_PORT (2525), COSELL_MAIL_WEB_PORT (5025),
#   COSELL_PORTAL_PORT (5090; silo HTTP ports start at COSELL_SILO_HTTP_BASE + 1).
#   COSELL_SKIP_BUILD=1 starts what is built already.
set -euo pipefail
SILOS=1
if [ "${1:-}" = "--silos" ]; then
  SILOS="${2:?--silos needs a number}"
  shift 2
  [[ "$SILOS" =~ ^[1-9][0-9]?$ ]] || { echo "--silos needs a number from 1 to 99" >&2; exit 2; }
fi
source "$(dirname "$0")/scripts/lib.sh"
cd "$COSELL_ROOT"

ensure_toolchain
ensure_azurite

AZURITE_PORT="${COSELL_AZURITE_PORT:-10002}"
SMTP_PORT="${COSELL_SMTP_PORT:-2525}"
HTTP_PORT="${COSELL_HTTP_PORT:-5080}"
MAIL_WEB_PORT="${COSELL_MAIL_WEB_PORT:-5025}"
PORTAL_PORT="${COSELL_PORTAL_PORT:-5090}"
PORTAL_PID=""
AZURITE_PID=""
SMTP4DEV_PID=""
SILO_PIDS=()
declare -A SILO_NUMBER=()
GATEWAY_PID=""
shutdown() {
  trap - INT TERM EXIT
  log "stopping"
  # Graceful: the gateway finishes its requests, then the silos leave the cluster one at a time (each drains its
  # requests and hands its grains and reminders over; the host allows 30 s) — silos leaving all at once make
  # Orleans 10.4's health monitor fail fast on membership updates that arrive while a silo is being disposed.
  stop_pid "$PORTAL_PID" 35
  stop_pid "$GATEWAY_PID" 35
  local pid status
  for pid in "${SILO_PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || continue
    stop_pid "$pid" 40
    status=0
    wait "$pid" 2>/dev/null || status=$?
    log "silo ${SILO_NUMBER[$pid]:-1} (pid $pid) stopped with status $status"
  done
  stop_pid "$SMTP4DEV_PID"
  stop_pid "$AZURITE_PID"
}
trap shutdown EXIT
trap 'exit 130' INT TERM

mkdir -p .data
if port_open "$AZURITE_PORT"; then
  log "something already listens on 127.0.0.1:$AZURITE_PORT; using it as Azurite"
else
  start_azurite "$AZURITE_PORT" "$COSELL_ROOT/.data/azurite" "$COSELL_ROOT/.data/azurite.log"
fi

if port_open "$SMTP_PORT"; then
  log "something already listens on 127.0.0.1:$SMTP_PORT; sending mail there"
elif ensure_smtp4dev; then
  start_smtp4dev "$SMTP_PORT" "$MAIL_WEB_PORT" "$COSELL_ROOT/.data/smtp4dev" "$COSELL_ROOT/.data/smtp4dev.log" || true
fi
export CoSell__Email__Port="${CoSell__Email__Port:-$SMTP_PORT}"
# The embedded default is a development machine: webhooks may target local receivers over plain http. A deployment
# leaves this off (https and public addresses only, the SSRF defence).
export CoSell__Webhooks__AllowPrivateNetworks="${CoSell__Webhooks__AllowPrivateNetworks:-true}"

if [ "${COSELL_SKIP_BUILD:-}" = "1" ]; then
  log "not building (COSELL_SKIP_BUILD=1)"
else
  log "building"
  dotnet build CoSell.Orleans.sln -c Release --nologo -v quiet
fi
export CoSell__Storage__ConnectionString="${CoSell__Storage__ConnectionString:-$(azurite_connection_string "$AZURITE_PORT")}"
out="$COSELL_ROOT/silo/bin/Release/net10.0"
# The portal is a cluster client like the separate gateway: it waits for the silos' gateways (saying so) and reads
# the same CoSell__Cluster__* settings, so it follows the single silo or the multi-silo cluster alike.
start_portal() {
  local portal="$COSELL_ROOT/client/CoSell.Portal/bin/Release/net10.0"
  log "starting the portal on http://127.0.0.1:$PORTAL_PORT (development sign-in)"
  dotnet "$portal/CoSell.Portal.dll" --contentRoot "$portal" --Urls "http://127.0.0.1:$PORTAL_PORT" &
  PORTAL_PID=$!
}

if [ "$SILOS" -eq 1 ]; then
  log "starting the silo (Ctrl-C to stop)"
  dotnet "$out/CoSell.Silo.dll" --contentRoot "$out" --Urls "http://127.0.0.1:$HTTP_PORT" "$@" &
  SILO_PIDS+=($!)
  start_portal
  # Either one ending ends the run: a system without its silo or its portal is not the embedded default.
  exited=""
  status=0
  wait -n -p exited "${SILO_PIDS[0]}" "$PORTAL_PID" || status=$?
  if [ "$exited" = "$PORTAL_PID" ]; then
    PORTAL_PID=""
    log "the portal exited (status $status); stopping the silo"
  else
    log "the silo exited (status $status)"
  fi
  exit "$status"
fi

export CoSell__Cluster__Provider=AzureTable
# A cluster id of this run's own: membership rows of an earlier run whose silos were killed (never declared dead)
# would otherwise make the new silos probe ghosts before they join. Grain state and reminders are keyed by the
# service id, which stays, so nothing is lost between runs.
export CoSell__Cluster__ClusterId="${CoSell__Cluster__ClusterId:-cosell-dev-$(date +%s)}"
log "cluster id $CoSell__Cluster__ClusterId (for ./cosell: COSELL_CLUSTER_ID=$CoSell__Cluster__ClusterId COSELL_GATEWAY_PORT=$((${COSELL_GATEWAY_PORT_BASE:-30000} + 1)))"
SILO_PORT_BASE="${COSELL_SILO_PORT_BASE:-11110}"
GATEWAY_PORT_BASE="${COSELL_GATEWAY_PORT_BASE:-30000}"
SILO_HTTP_BASE="${COSELL_SILO_HTTP_BASE:-5090}"
for i in $(seq 1 "$SILOS"); do
  dotnet "$out/CoSell.Silo.dll" --contentRoot "$out" --Urls "http://127.0.0.1:$((SILO_HTTP_BASE + i))" \
    --CoSell:Cluster:SiloPort=$((SILO_PORT_BASE + i)) --CoSell:Cluster:GatewayPort=$((GATEWAY_PORT_BASE + i)) "$@" &
  SILO_PIDS+=($!)
  SILO_NUMBER[$!]=$i
  log "started silo $i of $SILOS, pid $! (silo port $((SILO_PORT_BASE + i)), gateway port $((GATEWAY_PORT_BASE + i)), http://127.0.0.1:$((SILO_HTTP_BASE + i)))"
done
gw="$COSELL_ROOT/client/CoSell.Gateway.Host/bin/Release/net10.0"
log "starting the REST gateway on http://127.0.0.1:$HTTP_PORT (an external cluster client; Ctrl-C to stop)"
dotnet "$gw/CoSell.Gateway.Host.dll" --contentRoot "$gw" --Urls "http://127.0.0.1:$HTTP_PORT" &
GATEWAY_PID=$!
start_portal

# Like a real deployment: a silo that dies is reported and the others carry on (its grains and reminders move to
# them); only Ctrl-C or the gateway's exit stops the whole set.
alive=("$GATEWAY_PID" "$PORTAL_PID" "${SILO_PIDS[@]}")
while true; do
  exited=""
  status=0
  wait -n -p exited "${alive[@]}" || status=$?
  [ -n "$exited" ] || continue
  if [ "$exited" = "$GATEWAY_PID" ]; then
    GATEWAY_PID=""
    log "the REST gateway exited (status $status); stopping the cluster"
    exit "$status"
  fi
  if [ "$exited" = "$PORTAL_PID" ]; then
    PORTAL_PID=""
    log "the portal exited (status $status); stopping the cluster"
    exit "$status"
  fi
  remaining=()
  for pid in "${alive[@]}"; do [ "$pid" = "$exited" ] || remaining+=("$pid"); done
  alive=("${remaining[@]}")
  log "silo ${SILO_NUMBER[$exited]:-?} (pid $exited) exited with status $status; $(( ${#alive[@]} - 2 )) silo(s) carry on"
done
