#!/bin/sh
# Installs the system packages vnetbench needs, only those missing. Debian/Ubuntu (apt) and
# FreeBSD (pkg). Run as root. Usage: scripts/install-deps.sh [run|test]
#   run   what a lab needs: BIRD 2, ping, traceroute, iperf3, iproute2
#   test  the same plus what the test suite drives for real: OpenSSH server (the SSH executor
#         test) and Chromium (the HTML report test)
set -eu
what=${1:-run}
case "$(uname -s)" in
Linux)
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "install-deps: no apt-get here; install bird2, iputils-ping, traceroute, iperf3, iproute2 yourself" >&2
		exit 1
	fi
	# command -> Debian package
	pkgs=""
	need() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || pkgs="$pkgs $2"; }
	need bird bird2
	need ping iputils-ping
	need traceroute traceroute
	need iperf3 iperf3
	need ip iproute2
	if [ "$what" = test ]; then
		need sshd openssh-server
		need ssh openssh-client
		need chromium chromium
	fi
	command -v go >/dev/null 2>&1 || [ -x /usr/local/go/bin/go ] || pkgs="$pkgs golang-go"
	if [ -n "$pkgs" ]; then
		echo "install-deps: installing$pkgs"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		# bird2 starts a system daemon by default; vnetbench runs its own, inside namespaces.
		apt-get install -y -qq --no-install-recommends $pkgs
		if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet bird 2>/dev/null; then
			systemctl disable --now bird >/dev/null 2>&1 || true
		fi
	fi
	;;
FreeBSD)
	pkgs=""
	command -v bird >/dev/null 2>&1 || pkgs="$pkgs bird2"
	command -v iperf3 >/dev/null 2>&1 || pkgs="$pkgs iperf3"
	command -v go >/dev/null 2>&1 || pkgs="$pkgs go"
	[ -n "$pkgs" ] && pkg install -y $pkgs
	;;
*)
	echo "install-deps: unsupported system $(uname -s)" >&2
	exit 1
	;;
esac
exit 0
