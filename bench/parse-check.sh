#!/bin/sh
# Dumps every parsed agreement (Germany project, corpus, default project) and compares with a baseline.
# Usage: bench/parse-check.sh OUTDIR [baseline]   (with "baseline", writes the baseline instead)
set -e
cd "$(dirname "$0")/.."
out=${1:-/tmp/parser-bench}; mkdir -p "$out"
germany=${GERMANY:-/work/main/bench/out/projects/germany}
suffix=${2:-current}
log=$(dotnet build bench/ZielSite.Bench -c Release -v q -nologo 2>&1) || { echo "$log" | grep -E "error" | sort -u; exit 1; }
bin=bench/ZielSite.Bench/bin/Release/net10.0/ZielSite.Bench
export DOTNET_TieredPGO=0
$bin --parse "$germany" --runs 0 --dump "$out/germany.$suffix"
$bin --parse . --agreements tests/corpus/agreements --runs 0 --dump "$out/corpus.$suffix"
$bin --parse . --runs 0 --dump "$out/default.$suffix"
if [ "$suffix" = current ]; then
  for k in germany corpus default; do cmp "$out/$k.baseline" "$out/$k.current" && echo "$k: identical"; done
fi
