#!/bin/sh
# crashd postrm (deb: remove | purge | ...; rpm: 0 = erase, 1 = upgrade).
# purge removes the state (spool, consent, history); dpkg removes the
# config itself. The crashd account stays, as Debian policy advises, so a
# reinstall reuses its ids. The apps' dump folders are never touched.
set -e
if [ "$1" = purge ]; then
	rm -rf /var/lib/crashd
fi
if [ -d /run/systemd/system ]; then
	systemctl daemon-reload || true
fi
exit 0
