#!/bin/sh
# vnetbench plan: isolated (no parameters) on linux
# Build:    sh THIS_FILE          Remove: sh THIS_FILE teardown
# Every node is a network namespace named "$P<node>" (the host role too); run as root.
# D holds the daemons' configs, control sockets and pid files.
set -eu
P=${P:-vnb-plan-}
D=${D:-/tmp/$P}
LO=lo1 # cloned loopback: a dummy interface, or lo where the dummy driver is missing

teardown() {
  set +e
  ip netns del "${P}useless" 2>/dev/null
  ip netns del "${P}host" 2>/dev/null
  rm -rf "$D"
}
if [ "${1:-build}" = teardown ]; then teardown; exit 0; fi
mkdir -p "$D"

# phase: nodes (2 steps; vnetbench runs them concurrently)
ip netns add "${P}host"
ip netns add "${P}useless"

# phase: addresses (1 steps; vnetbench runs them concurrently)
ip -n "${P}useless" link set lo up
