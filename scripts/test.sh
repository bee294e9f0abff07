#!/usr/bin/env bash
# The test command: provisions what the tests need on a machine that has only the .NET SDK, then runs the
# whole suite. The HTML report test opens the report in headless Chromium (Debian's package); nothing else
# is needed beyond the SDK and the NuGet packages that restore fetches. Extra arguments go to `dotnet test`.
#
#   bash scripts/test.sh                       # as in the README
#   bash scripts/test.sh --logger trx          # as CI runs it
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is needed (https://dot.net): dotnet is not on PATH" >&2
  exit 1
fi

have_chromium() { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1; }
if ! have_chromium; then
  echo "test.sh: installing Debian's chromium for the report test ..." >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null
  fi
  have_chromium || { echo "test.sh: Chromium could not be installed; as root run: apt-get install -y chromium" >&2; exit 1; }
fi

exec dotnet test CampaignText.sln -c Release "$@"
