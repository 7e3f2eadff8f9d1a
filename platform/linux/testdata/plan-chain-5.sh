#!/bin/sh
# vnetbench plan: chain (hops=5) on linux
# Build:    sh THIS_FILE          Remove: sh THIS_FILE teardown
# Every node is a network namespace named "$P<node>" (the host role too); run as root.
# D holds the daemons' configs, control sockets and pid files.
set -eu
P=${P:-vnb-plan-}
D=${D:-/tmp/$P}
LO=lo1 # cloned loopback: a dummy interface, or lo where the dummy driver is missing

teardown() {
  set +e
  ip netns del "${P}hop5" 2>/dev/null
  ip netns del "${P}hop4" 2>/dev/null
  ip netns del "${P}hop3" 2>/dev/null
  ip netns del "${P}hop2" 2>/dev/null
  ip netns del "${P}hop1" 2>/dev/null
  ip netns del "${P}host" 2>/dev/null
  rm -rf "$D"
}
if [ "${1:-build}" = teardown ]; then teardown; exit 0; fi
mkdir -p "$D"

# phase: nodes (6 steps; vnetbench runs them concurrently)
ip netns add "${P}host"
ip netns add "${P}hop1"
ip netns add "${P}hop2"
ip netns add "${P}hop3"
ip netns add "${P}hop4"
ip netns add "${P}hop5"

# phase: links (5 steps; vnetbench runs them concurrently)
ip -n "${P}host" link add epair0a type veth peer name epair0b netns "${P}hop1"
ip -n "${P}hop1" link add epair1a type veth peer name epair1b netns "${P}hop2"
ip -n "${P}hop2" link add epair2a type veth peer name epair2b netns "${P}hop3"
ip -n "${P}hop3" link add epair3a type veth peer name epair3b netns "${P}hop4"
ip -n "${P}hop4" link add epair4a type veth peer name epair4b netns "${P}hop5"

# phase: addresses (10 steps; vnetbench runs them concurrently)
ip -n "${P}host" addr add 192.0.2.0/31 dev epair0a
ip -n "${P}host" link set epair0a up
ip -n "${P}hop1" addr add 192.0.2.1/31 dev epair0b
ip -n "${P}hop1" link set epair0b up
ip -n "${P}hop1" addr add 192.0.2.2/31 dev epair1a
ip -n "${P}hop1" link set epair1a up
ip -n "${P}hop2" addr add 192.0.2.3/31 dev epair1b
ip -n "${P}hop2" link set epair1b up
ip -n "${P}hop2" addr add 192.0.2.4/31 dev epair2a
ip -n "${P}hop2" link set epair2a up
ip -n "${P}hop3" addr add 192.0.2.5/31 dev epair2b
ip -n "${P}hop3" link set epair2b up
ip -n "${P}hop3" addr add 192.0.2.6/31 dev epair3a
ip -n "${P}hop3" link set epair3a up
ip -n "${P}hop4" addr add 192.0.2.7/31 dev epair3b
ip -n "${P}hop4" link set epair3b up
ip -n "${P}hop4" addr add 192.0.2.8/31 dev epair4a
ip -n "${P}hop4" link set epair4a up
ip -n "${P}hop5" addr add 192.0.2.9/31 dev epair4b
ip -n "${P}hop5" link set epair4b up

# phase: sysctls (4 steps; vnetbench runs them concurrently)
ip netns exec "${P}hop1" sysctl -qw net.ipv4.ip_forward=1
ip netns exec "${P}hop2" sysctl -qw net.ipv4.ip_forward=1
ip netns exec "${P}hop3" sysctl -qw net.ipv4.ip_forward=1
ip netns exec "${P}hop4" sysctl -qw net.ipv4.ip_forward=1

# phase: routes (8 steps; vnetbench runs them concurrently)
ip -n "${P}host" route add 192.0.2.0/24 via 192.0.2.1
ip -n "${P}hop1" route add default via 192.0.2.3
ip -n "${P}hop2" route add default via 192.0.2.5
ip -n "${P}hop2" route add 192.0.2.0/31 via 192.0.2.2
ip -n "${P}hop3" route add default via 192.0.2.4
ip -n "${P}hop3" route add 192.0.2.8/31 via 192.0.2.7
ip -n "${P}hop4" route add default via 192.0.2.6
ip -n "${P}hop5" route add default via 192.0.2.8
