#!/bin/sh
# vnetbench plan: host-link (no parameters) on linux
# Build:    sh THIS_FILE          Remove: sh THIS_FILE teardown
# Every node is a network namespace named "$P<node>" (the host role too); run as root.
# D holds the daemons' configs, control sockets and pid files.
set -eu
P=${P:-vnb-plan-}
D=${D:-/tmp/$P}
LO=lo1 # cloned loopback: a dummy interface, or lo where the dummy driver is missing

teardown() {
  set +e
  ip netns del "${P}jvnet" 2>/dev/null
  ip netns del "${P}host" 2>/dev/null
  rm -rf "$D"
}
if [ "${1:-build}" = teardown ]; then teardown; exit 0; fi
mkdir -p "$D"

# phase: nodes (2 steps; vnetbench runs them concurrently)
ip netns add "${P}host"
ip netns add "${P}jvnet"

# phase: links (1 steps; vnetbench runs them concurrently)
ip -n "${P}host" link add epair0a type veth peer name epair0b netns "${P}jvnet"

# phase: addresses (2 steps; vnetbench runs them concurrently)
ip -n "${P}host" addr add 192.0.2.1/24 dev epair0a
ip -n "${P}host" link set epair0a up
ip -n "${P}jvnet" addr add 192.0.2.2/24 dev epair0b
ip -n "${P}jvnet" link set epair0b up
