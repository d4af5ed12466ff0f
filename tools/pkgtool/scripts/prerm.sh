#!/bin/sh
# crashd prerm (deb: remove | upgrade | ...; rpm: 0 = erase, 1 = upgrade).
# Stops and disables the machine-wide service on removal; upgrades keep it
# (postinst restarts it).
set -e
case "$1" in
remove | 0) ;;
*) exit 0 ;;
esac
if [ -d /run/systemd/system ]; then
	systemctl disable --now crashd.service || true
fi
exit 0
