#!/usr/bin/env bash
# make demo: the whole job on loopback in a temporary directory — bundled
# receiver + daemon, a real crash dump, its ticket, the report fetched by
# ticket. Nothing outside the temporary directory is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-bin}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/crashd-demo.XXXXXX")
recv_pid="" daemon_pid=""
cleanup() {
	[ -n "$daemon_pid" ] && kill -TERM "$daemon_pid" 2>/dev/null && wait "$daemon_pid" 2>/dev/null || true
	[ -n "$recv_pid" ] && kill -TERM "$recv_pid" 2>/dev/null && wait "$recv_pid" 2>/dev/null || true
	if [ "${KEEP:-}" = 1 ]; then echo "(kept $tmp)"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
die() { echo "demo: $*" >&2; for f in "$tmp"/*.log; do echo "--- $f"; tail -20 "$f"; done >&2; exit 1; }
json_field() { sed -n "s/.*\"$1\": *\"\([^\"]*\)\".*/\1/p" | head -1; }

echo "== 1. bundled receiver on loopback"
"$BIN/crashrecv" serve --listen 127.0.0.1:0 --data "$tmp/receiver" >"$tmp/receiver.log" 2>&1 &
recv_pid=$!
for _ in $(seq 100); do [ -s "$tmp/receiver/receiver.json" ] && break; sleep 0.1; done
[ -s "$tmp/receiver/receiver.json" ] || die "receiver did not start"
dsn=$(json_field dsn <"$tmp/receiver/receiver.json")
echo "   DSN $dsn"

echo "== 2. crashd watching $tmp/dumps (consent granted for this demo only)"
mkdir -p "$tmp/dumps" "$tmp/state"
cat >"$tmp/crashd.toml" <<TOML
dsn = "$dsn"
state_dir = "$tmp/state"
settle_time = "200ms"
policy_file = "$tmp/no-policy.toml"
[[watch]]
path = "$tmp/dumps"
kind = "crash"
[perf]
interval = "500ms"
before = "1m"
after = "2s"
TOML
"$BIN/crashd" consent set crash --config "$tmp/crashd.toml"
"$BIN/crashd" run --config "$tmp/crashd.toml" >"$tmp/crashd.log" 2>&1 &
daemon_pid=$!
sleep 1.5 # let the sampler take a few samples before the "crash"

echo "== 3. an app crashes: its minidump lands in the watched folder"
# The sample is a real dump from 2015; stamp its header (MINIDUMP_HEADER
# TimeDateStamp, offset 20, little-endian) with now, as a fresh crash has,
# so the report shows this machine's performance around "the crash".
cp demo/sample-crash.dmp "$tmp/dumps/.crash.dmp.tmp"
now=$(date +%s)
printf "$(printf '\\x%02x\\x%02x\\x%02x\\x%02x' $((now & 255)) $((now >> 8 & 255)) $((now >> 16 & 255)) $((now >> 24 & 255)))" |
	dd of="$tmp/dumps/.crash.dmp.tmp" bs=1 seek=20 conv=notrunc status=none
mv "$tmp/dumps/.crash.dmp.tmp" "$tmp/dumps/crash.dmp"

echo "== 4. waiting for the upload"
ticket=""
for _ in $(seq 300); do
	h=$("$BIN/crashd" history --json --config "$tmp/crashd.toml" 2>/dev/null || true)
	if grep -q '"state": *"sent"' <<<"$h"; then
		ticket=$(json_field ticket <<<"$h")
		break
	fi
	if grep -q '"state": *"failed"' <<<"$h"; then die "upload failed: $h"; fi
	sleep 0.1
done
[ -n "$ticket" ] || die "no upload within 30s"
echo
echo "   Crash report sent. Ticket $ticket"
echo

echo "== 5. support fetches the report by ticket"
"$BIN/crashrecv" fetch "$ticket" --data "$tmp/receiver"
echo
echo "== done: both stopped, $tmp removed"
