#!/usr/bin/env bash
# Authenticode-signs bin/*.exe with osslsigncode when a certificate is
# configured, and says so and succeeds when not (development builds):
#   CRASHD_SIGN_CERT   certificate chain (PEM or DER; export a .pfx with openssl first)
#   CRASHD_SIGN_KEY    private key (PEM/DER)
#   CRASHD_SIGN_PASS   key passphrase (optional)
#   CRASHD_SIGN_TIMESTAMP  RFC 3161 timestamp URL (optional; needs network)
set -euo pipefail
cd "$(dirname "$0")/.."

shopt -s nullglob
exes=(bin/*.exe)
if [ ${#exes[@]} -eq 0 ]; then
	echo "sign-windows: no bin/*.exe to sign (build them with GOOS=windows go build -o bin/ ./cmd/...)"
	exit 0
fi
if [ -z "${CRASHD_SIGN_CERT:-}" ] || [ -z "${CRASHD_SIGN_KEY:-}" ]; then
	echo "sign-windows: CRASHD_SIGN_CERT/CRASHD_SIGN_KEY not set: ${#exes[@]} Windows binaries left unsigned"
	exit 0
fi
command -v osslsigncode >/dev/null || { echo "sign-windows: osslsigncode not installed" >&2; exit 1; }

for exe in "${exes[@]}"; do
	args=(sign -certs "$CRASHD_SIGN_CERT" -key "$CRASHD_SIGN_KEY" -h sha256
		-n "crashd" -in "$exe" -out "$exe.signed")
	[ -n "${CRASHD_SIGN_PASS:-}" ] && args+=(-pass "$CRASHD_SIGN_PASS")
	[ -n "${CRASHD_SIGN_TIMESTAMP:-}" ] && args+=(-ts "$CRASHD_SIGN_TIMESTAMP")
	osslsigncode "${args[@]}" >/dev/null
	mv "$exe.signed" "$exe"
	echo "sign-windows: signed $exe"
done
