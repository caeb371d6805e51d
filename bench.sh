#!/usr/bin/env bash
# Runs the benchmark (bench/): every workload on in-memory providers and on Azure Table storage (a private
# Azurite), progress on stderr, a table on stdout, figures in bench/results/latest.json.
#   ./bench.sh                      small size, both storages (about a minute)
#   ./bench.sh --size large         the larger run
#   ./bench.sh --storage memory     one storage only
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$COSELL_ROOT"
ensure_toolchain
ensure_azurite
dotnet build bench/CoSell.Bench.csproj -c Release --nologo -v quiet
exec dotnet bench/bin/Release/net10.0/cosell-bench.dll "$@"
