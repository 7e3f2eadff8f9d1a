package freebsd

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/vnetbench/vnetbench/lab"
)

// PrefixBase starts every jail name vnetbench creates, so leftovers are recognisable
// (`jls -N | grep vnb-`), and `clean` refuses to remove a jail without it.
const PrefixBase = "vnb-"

// PlanPrefix is the fixed prefix of a printed plan, so that the same plan prints the same
// script every time: its jails are vnb-plan-jail1, vnb-plan-hop2, ...
const PlanPrefix = "vnb-plan-"

// StateRoot is where daemon files live on a lab box that is not this machine (an SSH
// target), one directory per run: StateRoot/<prefix without its final dash>/<node>/.
// /var/run is root's, so nobody else can plant a file or a symlink there.
const StateRoot = "/var/run/vnetbench"

// NewPrefix returns a fresh run-scoped prefix such as "vnb-3fa2-". Jail names are the prefix
// and the node name: "vnb-3fa2-jail1". Such a name is valid for jail(8) (no '.', not all
// digits), needs no shell quoting, and is accepted by jexec, jls -j and pgrep -j alike.
func NewPrefix() string {
	var b [2]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return PrefixBase + hex.EncodeToString(b[:]) + "-"
}

// ValidPrefix reports whether p is a prefix this package makes (or one of the same shape):
// "vnb-", then lowercase letters and digits (and inner dashes), then "-", 16 bytes at most.
func ValidPrefix(p string) error {
	if !strings.HasPrefix(p, PrefixBase) || !strings.HasSuffix(p, "-") || len(p) > 16 || len(p) <= len(PrefixBase) {
		return fmt.Errorf("jail name prefix %q: must look like %q", p, PrefixBase+"xxxx-")
	}
	if err := lab.ValidateNodeName(strings.TrimSuffix(p, "-")); err != nil {
		return fmt.Errorf("jail name prefix %q: %w", p, err)
	}
	return nil
}

// stateDirFor is the per-run directory under StateRoot for prefix ("vnb-3fa2-" →
// /var/run/vnetbench/vnb-3fa2).
func stateDirFor(prefix string) string {
	return path.Join(StateRoot, strings.TrimSuffix(prefix, "-"))
}

// checkStateDir refuses a state directory that teardown could not safely remove with
// rm -rf: it must be absolute, clean, and its last element must be vnetbench's own.
func checkStateDir(dir string) error {
	if dir == "" {
		return nil
	}
	if !path.IsAbs(dir) || path.Clean(dir) != dir || !strings.HasPrefix(path.Base(dir), PrefixBase) {
		return fmt.Errorf("state directory %q: must be an absolute, clean path whose last element starts with %q", dir, PrefixBase)
	}
	if strings.ContainsAny(dir, " \t\n'\"\\$`*?[") {
		return fmt.Errorf("state directory %q: no spaces, quotes or shell patterns", dir)
	}
	return nil
}

// oidRE is what a sysctl name given by a scenario must look like; it keeps '=' and spaces
// out of `sysctl NAME=VALUE`.
var oidRE = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-zA-Z0-9_%-]+)+$`)

// sysctlValueRE keeps values to what sysctl(8) takes for the integer and string oids a lab
// sets.
var sysctlValueRE = regexp.MustCompile(`^[A-Za-z0-9_.:,/-]+$`)

// nodeSysctlName maps a per-node (per-vnet) setting to its FreeBSD name.
func nodeSysctlName(key string) (string, error) {
	switch key {
	case lab.SysctlForwarding:
		return "net.inet.ip.forwarding", nil
	}
	if strings.HasPrefix(key, "net.") && oidRE.MatchString(key) {
		return key, nil
	}
	return "", fmt.Errorf("sysctl %q: not a per-vnet network setting (want %q or a net.* name)", key, lab.SysctlForwarding)
}

// tunableName maps a kernel-global tunable to its FreeBSD name. lab.SysctlRxBacklog, Linux's
// per-CPU receive backlog, maps to net.inet.ip.intr_queue_maxlen: the netisr queue that
// IPv4 packets from if_bridge and epair wait in, global on FreeBSD and settable at run
// time (up to net.isr.maxqlimit).
func tunableName(key string) (string, error) {
	switch key {
	case lab.SysctlRxBacklog:
		return "net.inet.ip.intr_queue_maxlen", nil
	}
	if oidRE.MatchString(key) {
		return key, nil
	}
	return "", fmt.Errorf("host tunable %q: not a sysctl name", key)
}

// raiseOnly are tunables the kernel lets a run raise but never lower again (kern_mbuf.c
// returns EINVAL for a smaller value), so teardown cannot restore them: they stay raised
// until reboot, which costs nothing until the memory is used.
var raiseOnly = map[string]bool{
	"kern.ipc.nmbclusters": true,
	"kern.ipc.nmbjumbop":   true,
	"kern.ipc.nmbjumbo9":   true,
	"kern.ipc.nmbjumbo16":  true,
}

// epairUnitName reports whether name is an epair end as the kernel names it
// (epair<N>a/epair<N>b) and its unit.
func epairUnitName(name string) (unit int, end byte, ok bool) {
	rest, found := strings.CutPrefix(name, "epair")
	if !found || len(rest) < 2 {
		return 0, 0, false
	}
	end = rest[len(rest)-1]
	if end != 'a' && end != 'b' {
		return 0, 0, false
	}
	n, err := strconv.Atoi(rest[:len(rest)-1])
	if err != nil || n < 0 || strconv.Itoa(n) != rest[:len(rest)-1] {
		return 0, 0, false
	}
	return n, end, true
}

// epairPeer returns the other end of a kernel-named epair end.
func epairPeer(name string) (string, bool) {
	if _, end, ok := epairUnitName(name); ok {
		other := byte('a')
		if end == 'a' {
			other = 'b'
		}
		return name[:len(name)-1] + string(other), true
	}
	return "", false
}

// bridgeUnit reports whether name is a bridge as the kernel names it (bridge<N>).
func bridgeUnit(name string) bool {
	rest, ok := strings.CutPrefix(name, "bridge")
	if !ok || rest == "" {
		return false
	}
	n, err := strconv.Atoi(rest)
	return err == nil && n >= 0 && strconv.Itoa(n) == rest
}
