// Package linux is the Linux platform: every node, the host role included, is a network
// namespace the run creates and names with a run-scoped prefix; links are veth pairs created
// with their peer already in the target namespace; bridges live in the host role's namespace.
// Everything is driven through netlink in-process (no fork per interface or address); only
// daemons and tools (bird, ping, traceroute) are forked, each inside its node.
//
// The root network namespace is never changed. The one exception is a kernel-global tunable
// with no per-namespace copy (net.core.netdev_max_backlog), which is read, journaled, set and
// restored (DESIGN.md rule 1).
package linux

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/vnetbench/vnetbench/lab"
)

// PrefixBase starts every namespace name vnetbench creates, so leftovers are recognisable.
const PrefixBase = "vnb-"

// NewPrefix returns a fresh run-scoped prefix such as "vnb-3fa2-": two runs never share one.
func NewPrefix() string {
	var b [2]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on Linux
	}
	return PrefixBase + hex.EncodeToString(b[:]) + "-"
}

// ValidPrefix reports whether p is a prefix this package would make (or a user-chosen one of
// the same shape), so that `clean` never deletes a namespace it did not name.
func ValidPrefix(p string) error {
	// A bare "vnb-" would let node "ab12-host" collide with run ab12's host namespace.
	if !strings.HasPrefix(p, PrefixBase) || !strings.HasSuffix(p, "-") || len(p) <= len(PrefixBase)+1 || len(p) > 16 {
		return fmt.Errorf("namespace prefix %q: must look like %q", p, PrefixBase+"xxxx-")
	}
	if err := lab.ValidateNodeName(strings.TrimSuffix(p, "-")); err != nil {
		return fmt.Errorf("namespace prefix %q: %w", p, err)
	}
	return nil
}

// sysctlPath maps a portable sysctl key to its file under /proc/sys, for per-namespace keys.
func sysctlPath(key string) (string, error) {
	switch key {
	case lab.SysctlForwarding:
		return "net/ipv4/ip_forward", nil
	}
	if strings.HasPrefix(key, "net.") && !strings.ContainsAny(key, "/ ") && !strings.Contains(key, "..") {
		return strings.ReplaceAll(key, ".", "/"), nil
	}
	return "", fmt.Errorf("sysctl %q: not a per-namespace network setting", key)
}

// tunableName maps a portable kernel-global tunable to its sysctl name on Linux.
func tunableName(key string) (string, error) {
	switch key {
	case lab.SysctlRxBacklog:
		return "net.core.netdev_max_backlog", nil
	case lab.SysctlSocketRcvBuf:
		return "net.core.rmem_default", nil
	case lab.SysctlNeighMax:
		return "net.ipv4.neigh.default.gc_thresh3", nil
	case lab.SysctlNeighSoft:
		return "net.ipv4.neigh.default.gc_thresh2", nil
	}
	return "", fmt.Errorf("host tunable %q: unknown on linux", key)
}
