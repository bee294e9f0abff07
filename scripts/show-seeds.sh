#!/usr/bin/env bash
# Prints the structure outline of the reference bulletins, for checking by eye:
# every masthead and footer field, section heading, article title and attribution, and each
# paragraph (its index, length, first and last characters).
# Usage: scripts/show-seeds.sh [FILE...]   (default: /work/shared/seeds/*.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "$#" -eq 0 ]; then
  set -- /work/shared/seeds/*.txt
fi
dotnet build src/CampaignText.Cli -v q -nologo >/dev/null
dotnet run --no-build --project src/CampaignText.Cli -- analyze --format text "$@"
