#!/bin/sh
# vnetbench plan: bridge (jails=3) on freebsd
# Build:    sh THIS_FILE          Remove: sh THIS_FILE teardown
# Run as root. Jails are named vnb-plan-<node>; the host role is this machine itself.
# Daemon files and saved tunables live in /var/run/vnetbench/vnb-plan.
set -eu

# wait_gone CMD...: run CMD until it fails (what it looks for is gone), at most 60 s.
wait_gone() {
  n=0
  while "$@" >/dev/null 2>&1 && [ "$n" -lt 300 ]; do sleep 0.2; n=$((n + 1)); done
}

# teardown: daemons, interfaces from inside their jails, jails one at a time (each
# waited for until it is no longer dying), host interfaces, bridges, tunables.
teardown() {
  set +e
  # destroy interfaces from inside their jails; hand physical ones back
  ifconfig -j vnb-plan-jail1 epair1b destroy
  ifconfig -j vnb-plan-jail2 epair2b destroy
  ifconfig -j vnb-plan-jail3 epair3b destroy
  # remove jails one at a time, each waited for until it is no longer dying
  jail -r vnb-plan-jail1
  wait_gone jls -d -j vnb-plan-jail1 jid
  jail -r vnb-plan-jail2
  wait_gone jls -d -j vnb-plan-jail2 jid
  jail -r vnb-plan-jail3
  wait_gone jls -d -j vnb-plan-jail3 jid
  # destroy the host's interfaces that are still there, paced; bridges last
  ifconfig bridge0 destroy
}
if [ "${1:-build}" = teardown ]; then teardown; exit 0; fi

# --- nodes (4 steps; vnetbench runs a phase's steps concurrently) ---
jail -c name=vnb-plan-jail1 host.hostname=jail1 persist vnet
jail -c name=vnb-plan-jail2 host.hostname=jail2 persist vnet
jail -c name=vnb-plan-jail3 host.hostname=jail3 persist vnet

# --- segments (1 step; vnetbench runs a phase's steps concurrently) ---
ifconfig bridge0 create up

# --- links (3 steps; vnetbench runs a phase's steps concurrently) ---
ifconfig epair1 create up
ifconfig bridge0 addm epair1a edge epair1a
ifconfig epair1b vnet vnb-plan-jail1
ifconfig epair2 create up
ifconfig bridge0 addm epair2a edge epair2a
ifconfig epair2b vnet vnb-plan-jail2
ifconfig epair3 create up
ifconfig bridge0 addm epair3a edge epair3a
ifconfig epair3b vnet vnb-plan-jail3

# --- addresses (7 steps; vnetbench runs a phase's steps concurrently) ---
ifconfig bridge0 inet 192.0.2.254/24 up
jexec vnb-plan-jail1 ifconfig epair1b inet 192.0.2.1/24 up
jexec vnb-plan-jail2 ifconfig epair2b inet 192.0.2.2/24 up
jexec vnb-plan-jail3 ifconfig epair3b inet 192.0.2.3/24 up
