#!/usr/bin/env bash
# Hostile single lines: a 16 MiB file that is one line of Chinese without sentence punctuation, one line
# of a single repeated character, and one of 16 Mi ASCII letters, each analysed to JSON by the CLI with
# wall time and peak resident memory from /usr/bin/time (targets: < 30 s and < 1 GB each).
#   scripts/bench/long-line.sh [MIB]
set -euo pipefail
cd "$(dirname "$0")/../.."
mib=${1:-16}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" "$mib" <<'PY'
import sys, os
work, mib = sys.argv[1], int(sys.argv[2])
size = mib * 1024 * 1024
unit = "朝阳区建外街道组织志愿者300人清理河道2020年5月开展文明城市创建工作张明华参加".encode()
inputs = {"zh-line.txt": unit, "one-char.txt": "好".encode(), "ascii.txt": b"a"}
for name, piece in inputs.items():
    data = (piece * (size // len(piece) + 1))[:size]
    while True:
        try:
            data.decode("utf-8"); break
        except UnicodeDecodeError:
            data = data[:-1]
    open(os.path.join(work, name), "wb").write(data)
PY
dotnet build src/CampaignText.Cli -c Release -v quiet -nologo >/dev/null
cli=src/CampaignText.Cli/bin/Release/net10.0/CampaignText.Cli
for f in zh-line.txt one-char.txt ascii.txt; do
  timing=$(mktemp)
  /usr/bin/time -v -o "$timing" "$cli" analyze "$work/$f" --format json > "$work/out.json"
  printf '%-13s %s, %s\n' "$f" "$(grep -E 'Elapsed \(wall clock\)' "$timing" | sed 's/.*: //') wall" \
    "$(grep -E 'Maximum resident set size' "$timing" | awk '{printf "%.0f MB peak RSS", $NF/1024}')"
  rm -f "$timing"
done
