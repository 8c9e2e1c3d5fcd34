#!/usr/bin/env bash
# Times an export of 100,000 learner-progress rows (issue 16: under 3 s, under 150 MB more memory than at rest).
# Not a test: it never fails on slow figures. Builds bench/reports-export in Release and runs it; it writes the rows
# through the export worker's writers (a streamed workbook, CSV) to a file, one warm-up then BENCH_RUNS (3) timed runs
# each, sampling the process's resident memory, and writes the block between the bench markers in docs/benchmarks.md.
# Environment: BENCH_ROWS (100000), BENCH_RUNS (3).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
ROWS=${BENCH_ROWS:-100000}
. "$ROOT/bench/lib.sh"
bench_init

log "Building bench/reports-export (Release)"
timeout 600 dotnet build bench/reports-export -c Release -nologo -v quiet -o "$TMP/bin" >&2
log "Timing exports of $ROWS rows"
RESULTS=$(timeout 600 dotnet "$TMP/bin/ReportsExportBench.dll" "$ROWS")
echo "$RESULTS" >&2

BLOCK="$TMP/block.md"
{
  echo "<!-- bench:reports-export:begin (written by bench/reports-export/run.sh; edit outside these markers) -->"
  echo "### Latest run: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(bench_machine); 1-minute load average $(bench_load) (above 2: other work shared the cores)"
  echo "- commit: $(bench_commit) · .NET SDK $(dotnet --version), Release · $ROWS rows of 10 columns; after one warm-up, ${BENCH_RUNS:-3} runs each"
  echo
  echo "| format | rows | median ms | slowest ms | size bytes | peak memory above rest, MB | target < 3 s, < 150 MB |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  while IFS=$'\t' read -r name count median slowest bytes memory; do
    verdict=$([ "$slowest" -lt 3000 ] && [ "$memory" -lt 150 ] && echo met || echo "**missed**")
    echo "| \`$name\` | $count | $median | $slowest | $bytes | $memory | $verdict |"
  done <<<"$RESULTS"
  echo "<!-- bench:reports-export:end -->"
} >"$BLOCK"

bench_write_block reports-export "$BLOCK"
