#!/bin/sh
# vnetbench plan: chain (hops=5) on freebsd
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
  ifconfig -j vnb-plan-hop1 epair0b destroy
  ifconfig -j vnb-plan-hop1 epair1a destroy
  ifconfig -j vnb-plan-hop2 epair2a destroy
  ifconfig -j vnb-plan-hop3 epair3a destroy
  ifconfig -j vnb-plan-hop4 epair4a destroy
  # remove jails one at a time, each waited for until it is no longer dying
  jail -r vnb-plan-hop1
  wait_gone jls -d -j vnb-plan-hop1 jid
  jail -r vnb-plan-hop2
  wait_gone jls -d -j vnb-plan-hop2 jid
  jail -r vnb-plan-hop3
  wait_gone jls -d -j vnb-plan-hop3 jid
  jail -r vnb-plan-hop4
  wait_gone jls -d -j vnb-plan-hop4 jid
  jail -r vnb-plan-hop5
  wait_gone jls -d -j vnb-plan-hop5 jid
  # destroy the host's interfaces that are still there, paced; bridges last
}
if [ "${1:-build}" = teardown ]; then teardown; exit 0; fi

# --- nodes (6 steps; vnetbench runs a phase's steps concurrently) ---
jail -c name=vnb-plan-hop1 host.hostname=hop1 persist vnet
jail -c name=vnb-plan-hop2 host.hostname=hop2 persist vnet
jail -c name=vnb-plan-hop3 host.hostname=hop3 persist vnet
jail -c name=vnb-plan-hop4 host.hostname=hop4 persist vnet
jail -c name=vnb-plan-hop5 host.hostname=hop5 persist vnet

# --- links (5 steps; vnetbench runs a phase's steps concurrently) ---
ifconfig epair0 create up
ifconfig epair0b vnet vnb-plan-hop1
ifconfig epair1 create
ifconfig epair1a vnet vnb-plan-hop1
ifconfig epair1b vnet vnb-plan-hop2
ifconfig epair2 create
ifconfig epair2a vnet vnb-plan-hop2
ifconfig epair2b vnet vnb-plan-hop3
ifconfig epair3 create
ifconfig epair3a vnet vnb-plan-hop3
ifconfig epair3b vnet vnb-plan-hop4
ifconfig epair4 create
ifconfig epair4a vnet vnb-plan-hop4
ifconfig epair4b vnet vnb-plan-hop5

# --- addresses (10 steps; vnetbench runs a phase's steps concurrently) ---
ifconfig epair0a inet 192.0.2.0/31 up
jexec vnb-plan-hop1 ifconfig epair0b inet 192.0.2.1/31 up
jexec vnb-plan-hop1 ifconfig epair1a inet 192.0.2.2/31 up
jexec vnb-plan-hop2 ifconfig epair1b inet 192.0.2.3/31 up
jexec vnb-plan-hop2 ifconfig epair2a inet 192.0.2.4/31 up
jexec vnb-plan-hop3 ifconfig epair2b inet 192.0.2.5/31 up
jexec vnb-plan-hop3 ifconfig epair3a inet 192.0.2.6/31 up
jexec vnb-plan-hop4 ifconfig epair3b inet 192.0.2.7/31 up
jexec vnb-plan-hop4 ifconfig epair4a inet 192.0.2.8/31 up
jexec vnb-plan-hop5 ifconfig epair4b inet 192.0.2.9/31 up

# --- sysctls (4 steps; vnetbench runs a phase's steps concurrently) ---
jexec vnb-plan-hop1 sysctl net.inet.ip.forwarding=1
jexec vnb-plan-hop2 sysctl net.inet.ip.forwarding=1
jexec vnb-plan-hop3 sysctl net.inet.ip.forwarding=1
jexec vnb-plan-hop4 sysctl net.inet.ip.forwarding=1

# --- routes (8 steps; vnetbench runs a phase's steps concurrently) ---
route add 192.0.2.0/24 192.0.2.1
jexec vnb-plan-hop1 route add default 192.0.2.3
jexec vnb-plan-hop2 route add default 192.0.2.5
jexec vnb-plan-hop2 route add 192.0.2.0/31 192.0.2.2
jexec vnb-plan-hop3 route add default 192.0.2.4
jexec vnb-plan-hop3 route add 192.0.2.8/31 192.0.2.7
jexec vnb-plan-hop4 route add default 192.0.2.6
jexec vnb-plan-hop5 route add default 192.0.2.8
