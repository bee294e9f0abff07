#!/usr/bin/env bash
# Prints the mentions found in each seed bulletin (or the files given) as a table, for checking by eye.
# Usage: scripts/show-mentions.sh [--kinds date,quantity] [FILE...]
# The issue date is read from the text (YYYY 年 M 月 D 日) and the home district from its masthead.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
kinds=()
if [[ "${1:-}" == "--kinds" ]]; then kinds=(--kinds "$2"); shift 2; fi
files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then files=(/work/shared/seeds/*.txt); fi
dotnet build "$root/src/CampaignText.Cli" -v q -nologo >/dev/null
cli=("dotnet" "$root/src/CampaignText.Cli/bin/Debug/net10.0/CampaignText.Cli.dll")
for f in "${files[@]}"; do
  head=$(head -c 2000 "$f")
  date=$(printf '%s' "$head" | tr -d ' ' | grep -oE '20[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日' | head -1 \
    | sed -E 's/年/-/; s/月/-/; s/日//' | awk -F- '{printf "%04d-%02d-%02d", $1, $2, $3}')
  home=$(printf "%s" "$head" | grep -v "^\s*$" | head -3 | grep -oE "^[^ ]{2,4}区" | head -1 || true)
  args=()
  [[ -n "$date" ]] && args+=(--date "$date")
  [[ -n "$home" ]] && args+=(--home-district "$home")
  echo "== $f ${args[*]}"
  "${cli[@]}" extract "$f" --format tsv "${args[@]}" "${kinds[@]}" | column -t -s $'\t' || true
done
