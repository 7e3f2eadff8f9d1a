#!/bin/sh
# vnetbench plan: bridge (jails=3) on linux
# Build:    sh THIS_FILE          Remove: sh THIS_FILE teardown
# Every node is a network namespace named "$P<node>" (the host role too); run as root.
# D holds the daemons' configs, control sockets and pid files.
set -eu
P=${P:-vnb-plan-}
D=${D:-/tmp/$P}
LO=lo1 # cloned loopback: a dummy interface, or lo where the dummy driver is missing

teardown() {
  set +e
  ip netns del "${P}jail3" 2>/dev/null
  ip netns del "${P}jail2" 2>/dev/null
  ip netns del "${P}jail1" 2>/dev/null
  ip netns del "${P}host" 2>/dev/null
  rm -rf "$D"
}
if [ "${1:-build}" = teardown ]; then teardown; exit 0; fi
mkdir -p "$D"

# phase: nodes (4 steps; vnetbench runs them concurrently)
ip netns add "${P}host"
ip netns add "${P}jail1"
ip netns add "${P}jail2"
ip netns add "${P}jail3"

# phase: segments (1 steps; vnetbench runs them concurrently)
ip -n "${P}host" link add bridge0 type bridge
ip -n "${P}host" link set bridge0 up

# phase: links (3 steps; vnetbench runs them concurrently)
ip -n "${P}host" link add epair1a master bridge0 type veth peer name epair1b netns "${P}jail1"
ip -n "${P}host" link add epair2a master bridge0 type veth peer name epair2b netns "${P}jail2"
ip -n "${P}host" link add epair3a master bridge0 type veth peer name epair3b netns "${P}jail3"

# phase: addresses (7 steps; vnetbench runs them concurrently)
ip -n "${P}host" addr add 192.0.2.254/24 dev bridge0
ip -n "${P}host" link set bridge0 up
ip -n "${P}host" link set epair1a up
ip -n "${P}jail1" addr add 192.0.2.1/24 dev epair1b
ip -n "${P}jail1" link set epair1b up
ip -n "${P}host" link set epair2a up
ip -n "${P}jail2" addr add 192.0.2.2/24 dev epair2b
ip -n "${P}jail2" link set epair2b up
ip -n "${P}host" link set epair3a up
ip -n "${P}jail3" addr add 192.0.2.3/24 dev epair3b
ip -n "${P}jail3" link set epair3b up
