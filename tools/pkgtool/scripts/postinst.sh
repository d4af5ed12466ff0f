#!/bin/sh
# crashd postinst (deb: configure [OLD-VERSION]; rpm: 1 = install, 2+ = upgrade).
# Creates the unprivileged service account and the state directory, then
# enables the machine-wide service when systemd is running. Without systemd
# (containers, chroots) it succeeds quietly: run `crashd run` instead.
set -e

upgrade=false
case "$1" in
configure) [ -n "$2" ] && upgrade=true ;;
[0-9]*) [ "$1" -gt 1 ] && upgrade=true ;;
*) exit 0 ;;
esac

if ! getent passwd crashd >/dev/null 2>&1; then
	useradd --system --user-group --no-create-home --home-dir /var/lib/crashd \
		--shell /usr/sbin/nologin --comment "crashd crash reporter" crashd
fi
# 0711: local users reach the API socket inside by name; the spool is private.
install -d -m 0711 -o crashd -g crashd /var/lib/crashd
install -d -m 0700 -o crashd -g crashd /var/lib/crashd/spool

if [ -d /run/systemd/system ]; then
	systemctl daemon-reload || true
	if [ "$upgrade" = true ]; then
		systemctl try-restart crashd.service || true
	elif ! systemctl enable --now crashd.service; then
		echo "crashd: could not start crashd.service; see: systemctl status crashd.service" >&2
	fi
fi
exit 0
