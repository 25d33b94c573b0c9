#!/usr/bin/env bash
# Builds the cold-start programs and times each as a whole process (see benchmarks/README.md).
# Usage: benchmarks/cold-start.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
for p in Empty OneQuestion JsonBaseline CsvBaseline SqliteBaseline Harness; do
  dotnet build -c Release "benchmarks/ColdStart/$p/$p.csproj" -v quiet -nologo > /dev/null
done
exec benchmarks/ColdStart/Harness/bin/Release/net10.0/Harness "$@"
