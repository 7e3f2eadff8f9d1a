#!/bin/sh
# vnetbench plan: host-link (no parameters) on freebsd
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
  ifconfig -j vnb-plan-jvnet epair0b destroy
  # remove jails one at a time, each waited for until it is no longer dying
  jail -r vnb-plan-jvnet
  wait_gone jls -d -j vnb-plan-jvnet jid
  # destroy the host's interfaces that are still there, paced; bridges last
}
if [ "${1:-build}" = teardown ]; then teardown; exit 0; fi

# --- nodes (2 steps; vnetbench runs a phase's steps concurrently) ---
jail -c name=vnb-plan-jvnet host.hostname=jvnet persist vnet

# --- links (1 step; vnetbench runs a phase's steps concurrently) ---
ifconfig epair0 create up
ifconfig epair0b vnet vnb-plan-jvnet

# --- addresses (2 steps; vnetbench runs a phase's steps concurrently) ---
ifconfig epair0a inet 192.0.2.1/24 up
jexec vnb-plan-jvnet ifconfig epair0b inet 192.0.2.2/24 up
