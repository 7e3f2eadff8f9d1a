#!/bin/sh
# A faithful Linux transcription of the seed article's serial 480-jail script ("How Light Is a
# Jail Compared to a VM?"): one ip(8) command per action, the same addressing (LAN
# 192.0.2.0+i/20, loopback 198.51.100.0+i/32), the same names (vnetdemobridge, epairNa/b,
# jailN), MTU 9000. Where the article uses the host, this uses a namespace of its own
# ("${P}host"), so the root namespace is never touched. It is the baseline `make bench`
# compares vnetbench's build against.
#
# Usage: seed-ospf.sh build [N]      build N nodes (default 480), serially, like the article
#        seed-ospf.sh daemons [N]    start bird in each (needs the build)
#        seed-ospf.sh teardown [N]
# Environment: P namespace prefix (default vnb-seed-), D config dir (default /tmp/vnb-seed).
set -eu
P=${P:-vnb-seed-}
D=${D:-/tmp/vnb-seed}
N=${2:-480}

dec2dot() {
	printf '%d.%d.%d.%d\n' $(( ($1 >> 24) & 255 )) $(( ($1 >> 16) & 255 )) $(( ($1 >> 8) & 255 )) $(( $1 & 255 ))
}
ipepairbase=3221225984 # 192.0.2.0
iplobase=3325256704    # 198.51.100.0

build() {
	ip netns add "${P}host"
	ip -n "${P}host" link add vnetdemobridge mtu 9000 type bridge
	ip -n "${P}host" link set vnetdemobridge up
	i=1
	while [ "$i" -le "$N" ]; do
		# ifconfig epair$i create mtu 9000 up; ifconfig vnetdemobridge addm epair${i}a edge …
		ip -n "${P}host" link add "epair${i}a" mtu 9000 type veth peer name "epair${i}b" mtu 9000
		ip -n "${P}host" link set "epair${i}a" master vnetdemobridge up
		# jail -c name=jail$i … vnet vnet.interface=epair${i}b
		ip netns add "${P}jail$i"
		ip -n "${P}host" link set "epair${i}b" netns "${P}jail$i"
		# jexec jail$i ifconfig lo1 create inet LO/32 up (no dummy driver needed: lo)
		ip -n "${P}jail$i" addr add "$(dec2dot $((iplobase + i)))/32" dev lo
		ip -n "${P}jail$i" link set lo up
		# jexec jail$i ifconfig epair${i}b inet LAN/20 mtu 9000 up
		ip -n "${P}jail$i" addr add "$(dec2dot $((ipepairbase + i)))/20" dev "epair${i}b"
		ip -n "${P}jail$i" link set "epair${i}b" mtu 9000 up
		i=$((i + 1))
	done
}

daemons() {
	mkdir -p "$D"
	i=1
	while [ "$i" -le "$N" ]; do
		cat > "$D/bird.$i.conf" <<EOC
protocol device {}
protocol kernel { ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair${i}b" { hello 60; dead 240; };
    interface "lo" { stub yes; };
  };
}
EOC
		ip netns exec "${P}jail$i" bird -c "$D/bird.$i.conf" -P "$D/bird.$i.pid" -s "$D/bird.$i.ctl"
		i=$((i + 1))
	done
}

teardown() {
	set +e
	for f in "$D"/bird.*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; done
	i=1
	while [ "$i" -le "$N" ]; do
		ip netns del "${P}jail$i" 2>/dev/null
		i=$((i + 1))
	done
	ip netns del "${P}host" 2>/dev/null
	rm -rf "$D"
}

case "${1:-}" in
build) build ;;
daemons) daemons ;;
teardown) teardown ;;
*) echo "usage: $0 build|daemons|teardown [N]" >&2; exit 2 ;;
esac
