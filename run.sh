#!/usr/bin/env bash
# Starts the whole system on its embedded default: Azurite (Azure Table storage and reminders) on
# 127.0.0.1:10002 with its data under .data/azurite, smtp4dev (SMTP 127.0.0.1:2525, web inbox
# http://127.0.0.1:5025) for e-mail notifications, then the silo with the REST gateway inside it
# (http://127.0.0.1:5080). Builds the whole solution, so ./cosell and the separate gateway host are ready too.
# Ctrl-C stops them all. Extra arguments go to the silo (e.g. --CoSell:Windows:InboundResponse=00:02:00).
#
#   ./run.sh --silos 3   N silo processes (Azure Table clustering on the same Azurite; silo i on ports 11110+i,
#                        30000+i, HTTP 5090+i) and the REST gateway as its own process on 127.0.0.1:5080.
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
MAIL_WEB_PORT="${COSELL_MAIL_WEB_PORT:-5025}"
AZURITE_PID=""
SMTP4DEV_PID=""
SILO_PIDS=()
GATEWAY_PID=""
shutdown() {
  trap - INT TERM EXIT
  log "stopping"
  stop_pid "$GATEWAY_PID"
  for pid in "${SILO_PIDS[@]}"; do stop_pid "$pid"; done
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

log "building"
dotnet build CoSell.Orleans.sln -c Release --nologo -v quiet
export CoSell__Storage__ConnectionString="${CoSell__Storage__ConnectionString:-$(azurite_connection_string "$AZURITE_PORT")}"
out="$COSELL_ROOT/silo/bin/Release/net10.0"
if [ "$SILOS" -eq 1 ]; then
  log "starting the silo (Ctrl-C to stop)"
  dotnet "$out/CoSell.Silo.dll" --contentRoot "$out" "$@" &
  SILO_PIDS+=($!)
  wait "${SILO_PIDS[0]}"
  exit
fi

export CoSell__Cluster__Provider=AzureTable
for i in $(seq 1 "$SILOS"); do
  log "starting silo $i of $SILOS (silo port $((11110 + i)), gateway port $((30000 + i)), http://127.0.0.1:$((5090 + i)))"
  dotnet "$out/CoSell.Silo.dll" --contentRoot "$out" --Urls "http://127.0.0.1:$((5090 + i))" \
    --CoSell:Cluster:SiloPort=$((11110 + i)) --CoSell:Cluster:GatewayPort=$((30000 + i)) "$@" &
  SILO_PIDS+=($!)
done
gw="$COSELL_ROOT/client/CoSell.Gateway.Host/bin/Release/net10.0"
log "starting the REST gateway on http://127.0.0.1:5080 (an external cluster client; Ctrl-C to stop)"
dotnet "$gw/CoSell.Gateway.Host.dll" --contentRoot "$gw" --Urls http://127.0.0.1:5080 &
GATEWAY_PID=$!
wait -n "$GATEWAY_PID" "${SILO_PIDS[@]}" || true
log "a process of the cluster exited"
