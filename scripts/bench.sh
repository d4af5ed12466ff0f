#!/usr/bin/env bash
# make bench: Go benchmarks (each reports ratios against a peer on the same
# input in the same run) and whole-binary figures for `crashd redact`.
set -euo pipefail
cd "$(dirname "$0")/.."
export CGO_ENABLED=0
BIN=${BIN:-bin}
echo "== Go benchmarks"
go test -run "^$" -bench . -benchtime "${BENCHTIME:-1x}" -count 1 ./redact/... ./perf/... ./daemon/... ./receiver/... ./collector/... ./platform/... 2>&1 | grep -E '^(Benchmark|ok|FAIL|---)|ratio|MB/s' || true

echo
echo "== text scrubbing vs zstd -3 -T1 on one core (the figures above use every core)"
go test -run "^$" -bench 'ScrubVsZstd|ScrubJSONVsZstd|ScrubPeopleVsZstd|ScrubReportsVsZstd' -benchtime "${BENCHTIME:-3x}" -cpu 1 -count 1 ./redact/ 2>&1 | grep -E '^(Benchmark|FAIL|---)' || true
# the daemon's whole job on the real reports: sniff, parse, learn, scrub, write
go test -run "^$" -bench 'PipelineReports' -benchtime "${BENCHTIME:-3x}" -cpu 1 -count 1 ./daemon/ 2>&1 | grep -E '^(Benchmark|FAIL|---)' || true

echo
echo "== whole binary: crashd redact vs zstd -3 on the same log"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A varied, realistic log: stack traces, paths with a user name in several
# encodings, JSON lines, hex dumps — 64 MiB.
go run ./scripts/genlog -size $((64 << 20)) -out "$tmp/app.log"
t0=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$tmp/rss" "$BIN/crashd" redact "$tmp/app.log" "$tmp/app.scrubbed.log" >/dev/null
t1=$(date +%s.%N)
redact_s=$(awk "BEGIN{print $t1 - $t0}")
rss_kb=$(cat "$tmp/rss")
if command -v zstd >/dev/null; then
	t0=$(date +%s.%N)
	zstd -3 -T1 -q -f "$tmp/app.log" -o "$tmp/app.log.zst"
	t1=$(date +%s.%N)
	zstd_s=$(awk "BEGIN{print $t1 - $t0}")
	printf 'crashd redact: %.2fs (peak RSS %d MiB); zstd -3 -T1: %.2fs; ratio (zstd time / redact time) %.2f\n' \
		"$redact_s" $((rss_kb / 1024)) "$zstd_s" "$(awk "BEGIN{print $zstd_s / $redact_s}")"
else
	printf 'crashd redact: %.2fs (peak RSS %d MiB); zstd not installed, no ratio\n' "$redact_s" $((rss_kb / 1024))
fi
