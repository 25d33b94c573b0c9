#!/usr/bin/env bash
# Builds the cold-start programs and times each as a whole process (see benchmarks/README.md).
# Usage: benchmarks/cold-start.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
for p in Empty OneQuestion JsonBaseline CsvBaseline SqliteBaseline Harness; do
  dotnet build -c Release "benchmarks/ColdStart/$p/$p.csproj" -v quiet -nologo > /dev/null
done
# The library as a user gets it: a release pack (with its ReadyToRun code), under a version of its own (NuGet caches a version
# once), into the feed that OneQuestionPackaged/nuget.config names.
version="0.1.0-coldstart.$(date +%Y%m%d%H%M%S)"
rm -rf benchmarks/ColdStart/OneQuestionPackaged/feed
dotnet pack src/CentralAsiaCT -c Release -v quiet -nologo -o benchmarks/ColdStart/OneQuestionPackaged/feed -p:Version="$version" -p:ReleasePack=true > /dev/null
for p in OneQuestionPackaged Floor; do
  dotnet build -c Release "benchmarks/ColdStart/$p/$p.csproj" -v quiet -nologo -p:CentralAsiaCTPackageVersion="$version" > /dev/null
done
exec benchmarks/ColdStart/Harness/bin/Release/net10.0/Harness "$@"
