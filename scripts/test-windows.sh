#!/usr/bin/env bash
# `make test-windows`: the Windows (amd64) build's tests, run for real under
# Wine, plus the Windows end-to-end test (crashd.exe under Wine uploading a
# real Wine crash dump to a native crashrecv). One `go test` per package with
# a short timeout, so one hang cannot eat the CI budget (10 minutes).
#
# Needs ../shared/tools/wine (found by walking up from the repo); its setup.sh
# installs wine64 and mingw from Debian packages when missing.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
start=$(date +%s)

shared=
for d in "$root" $(cd "$root" && while [ "$PWD" != / ]; do cd ..; echo "$PWD"; done); do
	if [ -x "$d/shared/tools/wine/setup.sh" ]; then shared=$d/shared; break; fi
done
if [ -z "$shared" ]; then
	echo "test-windows: skipped: ../shared/tools/wine not found (nothing to run the Windows build with)"
	exit 0
fi
if [ "$(uname -s)/$(uname -m)" != Linux/x86_64 ]; then
	echo "test-windows: skipped: Wine runs here only on linux/amd64 (this is $(uname -s)/$(uname -m))"
	exit 0
fi

echo "test-windows: Wine setup ($shared/tools/wine/setup.sh)"
if ! WINEPREFIX=$("$shared/tools/wine/setup.sh"); then
	echo "test-windows: FAIL: Wine setup failed (setup.sh installs wine64 and gcc-mingw-w64-x86-64 with apt-get as root)"
	exit 1
fi
export WINEPREFIX WINEDEBUG=-all CRASHD_WINE=1 CGO_ENABLED=0
wine_exec=$shared/tools/wine/wine-exec
echo "test-windows: $(/usr/lib/wine/wine64 --version 2>/dev/null || echo wine), prefix $WINEPREFIX ($(( $(date +%s) - start ))s)"

# Wine 8 answers NtSetInformationFile(FileDispositionInformationEx) with
# STATUS_NOT_IMPLEMENTED, which Go's os.RemoveAll (and so every t.TempDir
# cleanup) does not treat as "use the older FileDispositionInfo", failing with
# "Invalid function". The test binaries (only they) are built with an overlay
# that adds that status to Go's own fallback list; real Windows never takes it.
tmp=$(mktemp -d /tmp/crashd-test-windows.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
overlay=()
at=$(go env GOROOT)/src/internal/syscall/windows/at_windows.go
if [ "$(grep -c '^[[:space:]]*STATUS_NOT_SUPPORTED:' "$at" 2>/dev/null)" = 1 ]; then
	sed 's/^\([[:space:]]*\)STATUS_NOT_SUPPORTED:/\1STATUS_NOT_SUPPORTED, NTStatus(0xC0000002):/' "$at" >"$tmp/at_windows.go"
	printf '{"Replace":{"%s":"%s"}}\n' "$at" "$tmp/at_windows.go" >"$tmp/overlay.json"
	overlay=(-overlay "$tmp/overlay.json")
else
	echo "test-windows: note: Go's Deleteat changed; no RemoveAll overlay (t.TempDir cleanup may fail under Wine 8)"
fi

# Every package whose Windows code runs under Wine.
mapfile -t pkgs < <(GOOS=windows GOARCH=amd64 go list -e -f '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}}{{end}}' \
	./internal/... ./platform/... ./daemon/... ./collector/... ./redact/... ./localapi/... \
	./ticket/... ./envelope/... ./config/... ./report/... ./perf/... ./receiver/... 2>/dev/null | grep .)

failed=()
for p in "${pkgs[@]}"; do
	t0=$(date +%s)
	# go test's own -timeout makes the test binary panic with every
	# goroutine's stack; the outer timeout only catches a hung Wine.
	if ! timeout -k 10 150 env GOOS=windows GOARCH=amd64 go test -count=1 "${overlay[@]}" -exec "$wine_exec" -timeout 90s "$p"; then
		failed+=("$p")
	fi
	if [ $(( $(date +%s) - t0 )) -ge 150 ]; then
		echo "test-windows: $p hung under Wine; stopping its Wine processes"
		WINEPREFIX=$WINEPREFIX /usr/lib/wine/wineserver -k 2>/dev/null || true
	fi
done

echo "test-windows: end to end: crashd.exe under Wine -> crashrecv on loopback ($(( $(date +%s) - start ))s)"
if ! timeout -k 10 330 go test -count=1 -timeout 300s ./e2e/windows; then
	failed+=(crashd/e2e/windows)
fi

echo "test-windows: ${#pkgs[@]} packages under Wine + e2e in $(( $(date +%s) - start ))s"
if [ ${#failed[@]} -gt 0 ]; then
	echo "test-windows: FAIL: ${failed[*]}"
	exit 1
fi
echo "test-windows: ok"
