#!/bin/sh
# vnetbench plan: isolated (no parameters) on freebsd
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
  # remove jails one at a time, each waited for until it is no longer dying
  jail -r vnb-plan-useless
  wait_gone jls -d -j vnb-plan-useless jid
}
if [ "${1:-build}" = teardown ]; then teardown; exit 0; fi

# --- nodes (2 steps; vnetbench runs a phase's steps concurrently) ---
jail -c name=vnb-plan-useless host.hostname=useless persist vnet

# --- addresses (1 step; vnetbench runs a phase's steps concurrently) ---
jexec vnb-plan-useless ifconfig lo0 inet 127.0.0.1/8 up
