#!/usr/bin/env bash
# End-to-end folder-mining throughput: the corpus replicated to MB megabytes (default 50), analysed on
# JOBS threads (default: one per processor) and written as FORMAT (parquet, csv or jsonl), with the
# process's peak resident memory from /usr/bin/time.
#   scripts/bench/mine.sh [MB] [JOBS] [FORMAT]
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=${1:-50}; jobs=${2:-0}; format=${3:-parquet}
dotnet build tests/CampaignText.Benchmarks -c Release -v quiet -nologo >/dev/null
timing=$(mktemp)
/usr/bin/time -v -o "$timing" dotnet tests/CampaignText.Benchmarks/bin/Release/net10.0/CampaignText.Benchmarks.dll mine "$mb" "$jobs" "$format"
grep -E 'Maximum resident set size|Elapsed \(wall clock\)|User time|System time|Percent of CPU' "$timing"
rm -f "$timing"
