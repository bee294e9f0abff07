#!/usr/bin/env bash
# Segmentation speed of CampaignText against the reference implementations, on one shared text.
#
#   bash scripts/bench/reference.sh [RUNS]      (RUNS defaults to 3; run from anywhere)
#
# 1. Builds .bench/bench-5mb.txt (5 MiB of UTF-8 text) from corpus/ documents, or from the Chinese texts of
#    tests/CampaignText.Tests/Specs/Segmentation/parity-inputs.jsonl when corpus/ is empty.
# 2. Installs @node-rs/jieba (pinned below) into .bench/node with npm, and GNU time with apt if it is missing.
# 3. Times, one process per engine, each loading its stock dictionary and then cutting the file line by line,
#    best of RUNS: python jieba 0.42.1 (/usr/bin/python3) with HMM on and off; @node-rs/jieba with hmm true and
#    false; CampaignText via `dotnet run -c Release --project tests/CampaignText.Benchmarks -- throughput FILE`
#    (built first, then run from its Release build), which prints `name<TAB>MB/s` lines.
# 4. End to end: `campaigntext segment - --lexicon jieba < FILE` (the published CLI, process start included)
#    against scripts/bench/segment_node_jieba.mjs doing the same job with @node-rs/jieba, alternating, best of RUNS.
# 5. Prints a markdown table (engine | mode | load | MB/s | × @node-rs/jieba | tokens | peak RSS) and saves it
#    to .bench/results/report.md. Raw outputs stay in .bench/results/.
set -uo pipefail

NODE_RS_JIEBA_VERSION=2.0.3
RUNS="${1:-3}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
BENCH=.bench
FILE="$BENCH/bench-5mb.txt"
RESULTS="$BENCH/results"
PY=/usr/bin/python3
mkdir -p "$BENCH" "$RESULTS"
rm -f "$RESULTS"/*.out "$RESULTS"/*.err "$RESULTS"/*.rc "$RESULTS"/*.time

"$PY" scripts/bench/make_bench_text.py "$FILE" || exit 1

TIME=()
if [ ! -x /usr/bin/time ] && [ "$(id -u)" = 0 ]; then
  (apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time; }) >/dev/null 2>&1
fi
[ -x /usr/bin/time ] && TIME=(/usr/bin/time -v -o)

installed_version() {
  node -e "console.log(require('./$BENCH/node/node_modules/@node-rs/jieba/package.json').version)" 2>/dev/null
}
if [ "$(installed_version)" != "$NODE_RS_JIEBA_VERSION" ]; then
  mkdir -p "$BENCH/node"
  [ -f "$BENCH/node/package.json" ] || echo '{"name":"campaigntext-bench","private":true}' > "$BENCH/node/package.json"
  (cd "$BENCH/node" && npm install --no-audit --no-fund --save-exact "@node-rs/jieba@$NODE_RS_JIEBA_VERSION") \
    > "$RESULTS/npm.log" 2>&1 || echo "npm install failed, see $RESULTS/npm.log" >&2
fi

# run NAME COMMAND...: stdout -> NAME.out, stderr -> NAME.err, exit code -> NAME.rc, GNU time -> NAME.time
run() {
  local name="$1"; shift
  echo "running $name ..." >&2
  if [ ${#TIME[@]} -gt 0 ]; then
    "${TIME[@]}" "$RESULTS/$name.time" "$@" > "$RESULTS/$name.out" 2> "$RESULTS/$name.err" < /dev/null
  else
    "$@" > "$RESULTS/$name.out" 2> "$RESULTS/$name.err" < /dev/null
  fi
  echo $? > "$RESULTS/$name.rc"
}

run python "$PY" scripts/bench/bench_python_jieba.py "$FILE" "$RUNS"
run node node scripts/bench/bench_node_jieba.mjs "$FILE" "$RUNS" "$BENCH/node"

# CampaignText: build outside the timed process, then run the Release build of the benchmark project.
echo "building tests/CampaignText.Benchmarks ..." >&2
if dotnet build -c Release tests/CampaignText.Benchmarks -nologo -v q > "$RESULTS/dotnet-build.log" 2>&1; then
  DLL="$(ls tests/CampaignText.Benchmarks/bin/Release/*/CampaignText.Benchmarks.dll 2>/dev/null | head -1)"
  if [ -n "$DLL" ]; then
    run dotnet timeout 1800 dotnet "$DLL" throughput "$FILE"
  else
    run dotnet timeout 1800 dotnet run -c Release --no-build --project tests/CampaignText.Benchmarks -- throughput "$FILE"
  fi
else
  echo "build failed, see $RESULTS/dotnet-build.log" > "$RESULTS/dotnet.err"
  echo 1 > "$RESULTS/dotnet.rc"
fi

# End to end, one process each: the whole job of `campaigntext segment` (start, load, read, cut, write) against
# a node script doing the same with @node-rs/jieba, alternating, best of RUNS; wall seconds, peak RSS in KB.
echo "publishing src/CampaignText.Cli ..." >&2
CLI_DIR="$BENCH/cli"
if dotnet publish src/CampaignText.Cli -c Release -o "$CLI_DIR" -nologo -v q > "$RESULTS/cli-publish.log" 2>&1 \
   && [ ${#TIME[@]} -gt 0 ]; then
  : > "$RESULTS/e2e.tsv"
  for r in $(seq 1 "$RUNS"); do
    /usr/bin/time -f "node\t%e\t%M" -a -o "$RESULTS/e2e.tsv" \
      node scripts/bench/segment_node_jieba.mjs "$FILE" "$BENCH/node" > "$RESULTS/e2e-node.txt" 2>> "$RESULTS/e2e.err"
    /usr/bin/time -f "campaigntext\t%e\t%M" -a -o "$RESULTS/e2e.tsv" \
      dotnet "$CLI_DIR/CampaignText.Cli.dll" segment - --lexicon jieba < "$FILE" > "$RESULTS/e2e-campaigntext.txt" 2>> "$RESULTS/e2e.err"
  done
else
  echo "end to end: not run (publish failed or no GNU time), see $RESULTS/cli-publish.log" > "$RESULTS/e2e.err"
fi

"$PY" scripts/bench/report.py "$RESULTS" "$FILE" | tee "$RESULTS/report.md"
