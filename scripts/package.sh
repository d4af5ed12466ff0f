#!/usr/bin/env bash
# make package (after make build): dist/*.deb and dist/*.rpm for this
# machine's architecture, built by tools/pkgtool — its own Go module, so
# nfpm never enters crashd's module or binaries. Then signs bin/*.exe when a
# certificate is configured (scripts/sign-windows.sh).
#   VERSION=1.2.3 make package       (default: the latest v* tag, else 0.1.0)
#   PKGTOOL_TEST=0 make package      skip pkgtool's tests (they install the
#                                    .deb with dpkg when run as root)
set -euo pipefail
cd "$(dirname "$0")/.."
export CGO_ENABLED=0

version=${VERSION:-$(git describe --tags --match 'v[0-9]*' 2>/dev/null | sed 's/^v//' || true)}
version=${version:-0.1.0}

# `make test` runs `go test ./...` in the main module, which does not
# descend into tools/pkgtool (a separate module): its tests run here.
if [ "${PKGTOOL_TEST:-1}" != 0 ]; then
	(cd tools/pkgtool && go test -count=1 ./...)
fi

rm -f dist/crashd_*.deb dist/crashd-*.rpm
(cd tools/pkgtool && go run . --version "$version" --bin ../../bin --out ../../dist)

if command -v rpm >/dev/null 2>&1; then
	for p in dist/crashd-*.rpm; do echo "== $p"; rpm -qlp "$p"; done
fi
if command -v dpkg-deb >/dev/null 2>&1; then
	for p in dist/crashd_*.deb; do echo "== $p"; dpkg-deb -c "$p" | awk '$NF !~ /\/$/ {print $NF}'; done
fi

bash scripts/sign-windows.sh
