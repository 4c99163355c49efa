#!/usr/bin/env bash
# ZielSite against Hugo: one command on a fresh machine (see docs/performance.md).
#   bench/run.sh [--quick] [--runs N] [--cases germany,scale,rebuild] [--no-zielsite]
# Installs what it needs (Debian's hugo and time packages), publishes the CLI in Release (ReadyToRun where the
# runtime pack is available, else the plain Release build), writes the projects and the Hugo sites into bench/out/
# (kept between runs; delete bench/out/ to start afresh), and prints the results table (also bench/out/results.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

runs=3
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) runs=1 ;;
    --runs) runs="$2"; shift ;;
    --cases|--cli) args+=("$1" "$2"); shift ;;
    --no-zielsite) args+=("$1") ;;
    *) echo "usage: bench/run.sh [--quick] [--runs N] [--cases germany,scale,rebuild] [--no-zielsite]" >&2; exit 2 ;;
  esac
  shift
done

missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: installing ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v python3 >/dev/null 2>&1 || { echo "bench: python3 is needed" >&2; exit 1; }

cli=bench/out/cli
echo "bench: publishing the CLI (Release, ReadyToRun) to $cli" >&2
if ! dotnet publish src/ZielSite.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$cli" -v quiet -nologo >&2; then
  echo "bench: ReadyToRun publish failed; using the plain Release build" >&2
  dotnet publish src/ZielSite.Cli -c Release -o "$cli" -v quiet -nologo >&2
fi

exec python3 bench/bench.py --cli "$cli/zielsite" --runs "$runs" "${args[@]}"
