#!/bin/sh
# nightly.sh: run a suite of vnetbench scenarios, keep the history, draw the trend page and
# fail loudly when tonight is significantly worse than last night.
#
# For each scenario of SUITE it runs `vnetbench run` REPEATS times into
# RESULTS/<UTC date and time>/, renders every run's report (report.html, PNGs, report.md,
# bench.txt), concatenates the runs' bench.txt into the night's bench.txt (so
# `benchstat LAST/bench.txt TONIGHT/bench.txt` works by hand), deletes nights older than
# KEEP_DAYS, redraws RESULTS/trend.html, and compares tonight with the previous night
# (`vnetbench compare --fail-on-regression FAIL_PCT`), writing compare.md and compare.png into
# tonight's directory.
#
# Exit status: 0 all well; 3 a duration or memory metric got significantly worse than last night
# by more than FAIL_PCT percent; 1 a run failed its checks or a step errored (runs go on
# regardless); 2 bad configuration or another nightly still running.
#
# Environment (defaults in brackets):
#   SUITE       scenarios, space separated; extra run arguments follow a colon, several
#               arguments are separated by colons ["chain-5 bridge-10 ospf-12:--set=timers=fast"]
#   REPEATS     runs per scenario [5]; the significance test needs at least 4 runs in each of
#               the two nights compared (with 3 against 3 it can never fire)
#   RESULTS     results directory [/var/db/vnetbench/nightly]
#   KEEP_DAYS   nights to keep [30]
#   FAIL_PCT    regression threshold in percent [10]
#   VNETBENCH   the vnetbench binary [vnetbench]
#   RUN_FLAGS   extra flags for every run, e.g. "--platform freebsd" or "--workers 16" []
#   RUN_TIMEOUT seconds before a run is stopped (SIGTERM: it tears its lab down) [3600]
#
# Labs need root (namespaces, jails). Schedule it after the machine is otherwise idle:
#
#   Linux, /etc/cron.d/vnetbench:
#     SUITE="chain-5 bridge-10 ospf-12:--set=timers=fast ospf-480"
#     30 2 * * * root /usr/local/share/vnetbench/nightly.sh >>/var/log/vnetbench-nightly.log 2>&1
#
#   FreeBSD, /etc/crontab (or `crontab -e` as root, without the user column):
#     30	2	*	*	*	root	env SUITE="chain-5 ospf-480" RUN_FLAGS="--platform freebsd" /usr/local/share/vnetbench/nightly.sh >>/var/log/vnetbench-nightly.log 2>&1
#
#   FreeBSD, periodic(8) instead (output mailed with the daily run): save as
#   /usr/local/etc/periodic/daily/950.vnetbench, chmod 755, and set daily_vnetbench_enable="YES"
#   (and optionally daily_vnetbench_suite="...") in /etc/periodic.conf:
#     #!/bin/sh
#     if [ -r /etc/defaults/periodic.conf ]; then . /etc/defaults/periodic.conf; source_periodic_confs; fi
#     case "$daily_vnetbench_enable" in [Yy][Ee][Ss]) ;; *) exit 0 ;; esac
#     echo; echo "vnetbench nightly:"
#     SUITE=${daily_vnetbench_suite:-"chain-5 ospf-480"} RUN_FLAGS="--platform freebsd" \
#       /usr/local/share/vnetbench/nightly.sh; rc=$?
#     [ $rc -eq 0 ] && exit 0 || exit 3   # periodic: 3 = "needs attention"
#
# This script is not run in CI; it only drives the vnetbench binary.
set -eu

SUITE=${SUITE:-"chain-5 bridge-10 ospf-12:--set=timers=fast"}
REPEATS=${REPEATS:-5}
RESULTS=${RESULTS:-/var/db/vnetbench/nightly}
KEEP_DAYS=${KEEP_DAYS:-30}
FAIL_PCT=${FAIL_PCT:-10}
VNETBENCH=${VNETBENCH:-vnetbench}
RUN_FLAGS=${RUN_FLAGS:-}
RUN_TIMEOUT=${RUN_TIMEOUT:-3600}

log() { printf '%s nightly: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*"; }
die() { log "$*" >&2; exit 2; }

case $REPEATS in '' | *[!0-9]*) die "REPEATS=$REPEATS is not a number" ;; esac
case $KEEP_DAYS in '' | *[!0-9]*) die "KEEP_DAYS=$KEEP_DAYS is not a number" ;; esac
case $RUN_TIMEOUT in '' | *[!0-9]*) die "RUN_TIMEOUT=$RUN_TIMEOUT is not a number" ;; esac
[ "$REPEATS" -ge 1 ] || die "REPEATS must be at least 1"
[ "$REPEATS" -ge 4 ] || log "warning: with REPEATS=$REPEATS < 4 no difference can be significant; regressions will not fail the night"
command -v "$VNETBENCH" >/dev/null 2>&1 || die "no vnetbench binary ($VNETBENCH); set VNETBENCH"

mkdir -p "$RESULTS"
lock="$RESULTS/.nightly.lock"
if ! mkdir "$lock" 2>/dev/null; then
	die "another nightly holds $lock (remove it if no nightly is running)"
fi
trap 'rmdir "$lock" 2>/dev/null' EXIT
trap 'log "interrupted"; exit 130' INT TERM

status=0
fail() { # fail CODE MESSAGE: remember the worst outcome (3 beats 1)
	log "$2" >&2
	if [ "$status" -ne 3 ]; then status=$1; fi
}

night="$RESULTS/$(date -u +%Y-%m-%dT%H%MZ)"
mkdir -p "$night"
log "suite: $SUITE; $REPEATS repeats; results in $night"

tmo=""
if command -v timeout >/dev/null 2>&1; then
	tmo="timeout $RUN_TIMEOUT"
fi

set -f # scenario arguments are split on spaces, never globbed
for entry in $SUITE; do
	scenario=${entry%%:*}
	args=""
	case $entry in *:*) args=$(printf '%s' "${entry#*:}" | tr ':' ' ') ;; esac
	rep=1
	while [ "$rep" -le "$REPEATS" ]; do
		log "run $scenario $args ($rep/$REPEATS)"
		# shellcheck disable=SC2086 # $tmo, $args and $RUN_FLAGS are lists of words
		if ! $tmo "$VNETBENCH" run "$scenario" $args $RUN_FLAGS --out "$night" >>"$night/runs.log" 2>&1; then
			fail 1 "run $scenario ($rep/$REPEATS) failed; see $night/runs.log and the run's report"
		fi
		rep=$((rep + 1))
	done
done
set +f

if ! "$VNETBENCH" report "$night" >>"$night/runs.log" 2>&1; then
	fail 1 "some reports could not be rendered; see $night/runs.log"
fi
# The night's runs in one file, for benchstat.
find "$night" -mindepth 2 -name bench.txt -exec cat {} + >"$night/bench.txt" 2>/dev/null || true

# Retention: night directories are named by date, so names older than the cutoff go.
cutoff=$(date -u -d "-$KEEP_DAYS days" +%Y-%m-%d 2>/dev/null || date -u -v-"${KEEP_DAYS}"d +%Y-%m-%d)
for d in "$RESULTS"/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*; do
	[ -d "$d" ] || continue
	day=$(basename "$d" | cut -c1-10 | tr -d -)
	if [ "$day" -lt "$(printf '%s' "$cutoff" | tr -d -)" ]; then
		log "removing $d (older than $KEEP_DAYS days)"
		rm -rf -- "$d"
	fi
done

if ! "$VNETBENCH" trend "$RESULTS" >"$RESULTS/trend.log" 2>&1; then
	fail 1 "trend page: see $RESULTS/trend.log"
fi
log "trend page: $RESULTS/trend.html"

# The previous night: the newest night directory before tonight's that holds runs.
prev=""
for d in "$RESULTS"/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*; do
	[ -d "$d" ] || continue
	[ "$d" = "$night" ] && continue
	if [ -n "$(find "$d" -name run.json 2>/dev/null | head -n 1)" ]; then
		prev=$d # the glob sorts, so the last match is the newest
	fi
done

if [ -z "$prev" ]; then
	log "no previous night to compare with"
else
	log "compare $prev -> $night (fail beyond $FAIL_PCT%)"
	rc=0
	"$VNETBENCH" compare --fail-on-regression "$FAIL_PCT" --format md --png "$night/compare.png" \
		--names "$(basename "$prev"),$(basename "$night")" "$prev" "$night" \
		>"$night/compare.md" 2>"$night/compare.log" || rc=$?
	cat "$night/compare.log" >&2
	case $rc in
	0) log "no significant regression against $(basename "$prev")" ;;
	3) fail 3 "REGRESSION against $(basename "$prev"): see $night/compare.md" ;;
	*) fail 1 "compare failed (exit $rc): see $night/compare.log" ;;
	esac
fi

log "done, exit $status"
exit "$status"
