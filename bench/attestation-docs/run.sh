#!/usr/bin/env bash
# Times the attestation documents of a campaign of 2,000 candidates (issue 14: protocol and summary each < 2 s).
# Not a test: it never fails on slow figures. Builds bench/attestation-docs in Release and runs it; it builds the
# protocol (Excel, PDF) and the summary (Excel) from data in memory (the shapes AttestationDocumentService reads from
# the database), one warm-up then BENCH_RUNS (5) timed runs each, and writes the block between the bench markers in
# docs/benchmarks.md. Environment: BENCH_CANDIDATES (2000), BENCH_RUNS (5).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
CANDIDATES=${BENCH_CANDIDATES:-2000}
. "$ROOT/bench/lib.sh"
bench_init

log "Building bench/attestation-docs (Release)"
timeout 600 dotnet build bench/attestation-docs -c Release -nologo -v quiet -o "$TMP/bin" >&2
log "Timing the documents of $CANDIDATES candidates"
RESULTS=$(timeout 600 dotnet "$TMP/bin/AttestationDocsBench.dll" "$CANDIDATES")
echo "$RESULTS" >&2

BLOCK="$TMP/block.md"
{
  echo "<!-- bench:attestation-docs:begin (written by bench/attestation-docs/run.sh; edit outside these markers) -->"
  echo "### Latest run: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(bench_machine); 1-minute load average $(bench_load) (above 2: other work shared the cores)"
  echo "- commit: $(bench_commit) · .NET SDK $(dotnet --version), Release · $CANDIDATES candidates, 60 libraries in 12 hromadas, a commission of five; after one warm-up, ${BENCH_RUNS:-5} runs each"
  echo
  echo "| document | candidates | median ms | slowest ms | size bytes | target < 2 s |"
  echo "|---|---:|---:|---:|---:|---|"
  while IFS=$'\t' read -r name count median slowest bytes; do
    verdict=$([ "$slowest" -lt 2000 ] && echo met || echo "**missed**")
    echo "| \`$name\` | $count | $median | $slowest | $bytes | $verdict |"
  done <<<"$RESULTS"
  echo "<!-- bench:attestation-docs:end -->"
} >"$BLOCK"

bench_write_block attestation-docs "$BLOCK"
