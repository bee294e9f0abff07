#!/usr/bin/env bash
# Packs CampaignText and the campaigntext tool into artifacts/, builds and runs the samples, then uses both
# packages as someone outside the repository would: a new console project that restores only from
# artifacts/ and the local package cache, and the tool installed from artifacts/. Exits non-zero on the
# first failure, with a line saying which step failed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { echo "consumer-check: $*"; }
fail() { echo "consumer-check: FAILED: $*" >&2; exit 1; }

sample=corpus/2020/chaoyang-2020-127.txt
[ -f "$sample" ] || fail "sample bulletin $sample is missing"

# The packages restore already put in the cache; the consumer restores from there, offline.
cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "packing into artifacts/"
rm -rf artifacts
dotnet pack src/CampaignText.Segmentation -c Release -o artifacts --nologo -v quiet || fail "dotnet pack src/CampaignText.Segmentation"
dotnet pack src/CampaignText -c Release -o artifacts --nologo -v quiet || fail "dotnet pack src/CampaignText"
dotnet pack src/CampaignText.Cli -c Release -o artifacts --nologo -v quiet || fail "dotnet pack src/CampaignText.Cli"

lib=$(ls artifacts/CampaignText.[0-9]*.nupkg 2>/dev/null | head -1)
[ -n "$lib" ] || fail "no CampaignText.<version>.nupkg in artifacts/"
version=${lib#artifacts/CampaignText.}
version=${version%.nupkg}
tool=artifacts/CampaignText.Cli.$version.nupkg
step "version $version"
[ -f "artifacts/CampaignText.$version.snupkg" ] || fail "no symbols package artifacts/CampaignText.$version.snupkg"
[ -f "$tool" ] || fail "no tool package $tool"

contents=$(unzip -Z1 "$lib")
for entry in lib/net10.0/CampaignText.dll lib/net10.0/CampaignText.xml README.md THIRD-PARTY-NOTICES.md; do
  grep -qx "$entry" <<<"$contents" || fail "$lib lacks $entry"
done
seglib=artifacts/CampaignText.Segmentation.$version.nupkg
[ -f "$seglib" ] || fail "no segmentation package $seglib"
seg_contents=$(unzip -Z1 "$seglib")
for entry in lib/net10.0/CampaignText.Segmentation.dll lib/net10.0/CampaignText.Segmentation.xml README.md THIRD-PARTY-NOTICES.md; do
  grep -qx "$entry" <<<"$seg_contents" || fail "$seglib lacks $entry"
done
unzip -p "$lib" CampaignText.nuspec | grep -q 'id="CampaignText.Segmentation"' || fail "CampaignText does not depend on CampaignText.Segmentation"
nuspec=$(unzip -p "$lib" CampaignText.nuspec)
for field in '<license type="expression">MIT</license>' '<readme>README.md</readme>' '<tags>' '<description>' '<repository type="git"'; do
  grep -qF "$field" <<<"$nuspec" || fail "CampaignText.nuspec lacks $field"
done
tool_contents=$(unzip -Z1 "$tool")
for entry in tools/net10.0/any/DotnetToolSettings.xml tools/net10.0/any/CampaignText.Cli.dll THIRD-PARTY-NOTICES.md; do
  grep -qx "$entry" <<<"$tool_contents" || fail "$tool lacks $entry"
done
# Every library the tool package carries must be named in the notices it ships.
notices=$(cat THIRD-PARTY-NOTICES.md)
for dll in $(grep -E '^tools/net10.0/any/[^/]+\.dll$' <<<"$tool_contents" | sed 's|.*/||; s|\.dll$||' | grep -v '^CampaignText'); do
  grep -qF "$dll" <<<"$notices" || fail "$tool carries $dll.dll, which THIRD-PARTY-NOTICES.md does not name (add its licence to the table)"
done
settings=$(unzip -p "$tool" tools/net10.0/any/DotnetToolSettings.xml)
grep -q 'Command Name="campaigntext"' <<<"$settings" || fail "$tool does not name the command campaigntext"

step "building and running the samples"
for project in samples/*/*.csproj; do
  dotnet build "$project" -c Release --nologo -v quiet || fail "dotnet build $project"
done
seg_out=$(dotnet run --no-build -c Release --project samples/Segment -- "东城区召开全国文明城区复查迎检工作部署会") || fail "samples/Segment"
grep -q "东城区" <<<"$seg_out" || fail "samples/Segment printed no token 东城区: $seg_out"
an_out=$(dotnet run --no-build -c Release --project samples/AnalyzeFile -- "$sample") || fail "samples/AnalyzeFile"
grep -q "^district: ..*" <<<"$an_out" || fail "samples/AnalyzeFile printed no district: $an_out"
mine_out=$(dotnet run --no-build -c Release --project samples/MineFolder -- corpus/2020) || fail "samples/MineFolder"
grep -q "^bulletins: [1-9]" <<<"$mine_out" || fail "samples/MineFolder read no bulletin: $mine_out"
grep -q "^tables: " <<<"$mine_out" || fail "samples/MineFolder wrote no tables: $mine_out"
train_out=$(dotnet run --no-build -c Release --project samples/TrainClassifier -- corpus "$(mktemp -d)/model.zip") || fail "samples/TrainClassifier"
grep -q "^label: [a-z]" <<<"$train_out" || fail "samples/TrainClassifier labelled nothing: $train_out"

step "consuming the package from a new console project"
cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="artifacts" value="$root/artifacts" />
    <add key="local-cache" value="$cache" />
  </packageSources>
</configuration>
EOF
# A fresh cache for the consumer, so that a package of the same version from an earlier run is never reused.
export NUGET_PACKAGES="$work/packages"
dotnet new console -n Consumer -o "$work/Consumer" --framework net10.0 >/dev/null || fail "dotnet new console"
cp "$work/nuget.config" "$work/Consumer/nuget.config"
cp "$sample" "$work/bulletin.txt"
(cd "$work/Consumer" && dotnet add package CampaignText --version "$version" --no-restore >/dev/null) || fail "dotnet add package CampaignText"
cat >"$work/Consumer/Program.cs" <<'EOF'
using CampaignText.Extraction.Places;
using CampaignText.Pipeline;
using CampaignText.Segmentation;

var pipeline = CampaignPipeline.CreateDefault();
BulletinAnalysis analysis = pipeline.AnalyzeFile(args[0]);
string? district = analysis.HomeDistrict
    ?? analysis.Mentions.Select(m => m.Mention).OfType<DistrictMention>().Select(d => d.Normalized).FirstOrDefault();
Console.WriteLine($"district: {district}");
Console.WriteLine($"date: {analysis.Document.Masthead.Date:yyyy-MM-dd}");
Console.WriteLine($"paragraphs: {analysis.Document.Paragraphs.Count()}");
Console.WriteLine($"tokens: {string.Join('/', JiebaSegmenter.Campaign.Cut("全国文明城区复查迎检"))}");
return district is null || analysis.Document.Masthead.Date is null ? 1 : 0;
EOF
(cd "$work/Consumer" && dotnet restore --configfile "$work/nuget.config" -v quiet) || fail "restore of the consumer from artifacts/ and $cache"
out=$(cd "$work/Consumer" && dotnet run -c Release --no-restore -- "$work/bulletin.txt") || fail "the consumer program: $out"
echo "$out"
grep -q '^district: ..*' <<<"$out" || fail "the consumer printed no district"
grep -Eq '^date: [0-9]{4}-[0-9]{2}-[0-9]{2}$' <<<"$out" || fail "the consumer printed no date"

step "a segment-only program from CampaignText.Segmentation (no ML.NET, SQLite or Parquet)"
dotnet new console -n SegmentOnly -o "$work/SegmentOnly" --framework net10.0 >/dev/null || fail "dotnet new console SegmentOnly"
cp "$work/nuget.config" "$work/SegmentOnly/nuget.config"
(cd "$work/SegmentOnly" && dotnet add package CampaignText.Segmentation --version "$version" --no-restore >/dev/null) || fail "dotnet add package CampaignText.Segmentation"
cat >"$work/SegmentOnly/Program.cs" <<'EOF'
using CampaignText.Segmentation;

Console.WriteLine(string.Join('/', JiebaSegmenter.Campaign.Cut(args.Length > 0 ? args[0] : "全国文明城区复查迎检")));
EOF
(cd "$work/SegmentOnly" && dotnet restore --configfile "$work/nuget.config" -v quiet) || fail "restore of SegmentOnly"
(cd "$work/SegmentOnly" && dotnet publish -c Release --no-restore -o "$work/SegmentOnly/out" -v quiet >/dev/null) || fail "publish of SegmentOnly"
seg_run=$(dotnet "$work/SegmentOnly/out/SegmentOnly.dll" "东城区召开全国文明城区复查迎检工作部署会") || fail "the segment-only program"
grep -q "东城区" <<<"$seg_run" || fail "the segment-only program printed no 东城区: $seg_run"
seg_kb=$(du -sk "$work/SegmentOnly/out" | cut -f1)
echo "segment-only program: $seg_run; published size ${seg_kb} KB"
[ "$seg_kb" -lt 10240 ] || fail "the segment-only program's binaries are ${seg_kb} KB, over 10 MB"
for heavy in Microsoft.ML.dll Microsoft.Data.Sqlite.dll Parquet.dll; do
  [ ! -e "$work/SegmentOnly/out/$heavy" ] || fail "the segment-only program carries $heavy"
done

step "installing the campaigntext tool from artifacts/"
dotnet tool install --tool-path "$work/tool" --configfile "$work/nuget.config" --add-source "$root/artifacts" \
  CampaignText.Cli --version "$version" >/dev/null || fail "dotnet tool install CampaignText.Cli $version"
printed=$("$work/tool/campaigntext" --version) || fail "campaigntext --version"
echo "campaigntext --version: $printed"
[[ "$printed" == "$version"* ]] || fail "campaigntext --version printed '$printed', expected $version"
analyzed=$("$work/tool/campaigntext" analyze "$work/bulletin.txt" --format json) || fail "campaigntext analyze"
grep -q '"mentions"' <<<"$analyzed" || fail "campaigntext analyze printed no mentions: ${analyzed:0:300}"
text_out=$("$work/tool/campaigntext" analyze "$work/bulletin.txt" --format text) || fail "campaigntext analyze --format text"
head -5 <<<"$text_out"

step "passed (CampaignText $version: packages, symbols, samples, consumer project, segment-only program, tool)"
