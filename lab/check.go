package lab

import "net/netip"

// CheckKind names what a check measures. The runner measures, then judges (DESIGN.md rule 5).
type CheckKind string

// Check kinds.
const (
	// CheckLinkUp: Iface is up in Node.
	CheckLinkUp CheckKind = "link-up"
	// CheckLinkDown: Iface exists in Node and is down.
	CheckLinkDown CheckKind = "link-down"
	// CheckLinkAbsent: Iface does not exist in Node (the host must not see a jail's end).
	CheckLinkAbsent CheckKind = "link-absent"
	// CheckRouteCount: Node's IPv4 routing table has exactly Want routes besides local ones.
	CheckRouteCount CheckKind = "route-count"
	// CheckPing: Node reaches Target (no loss).
	CheckPing CheckKind = "ping"
	// CheckNeighbor: Node's neighbor (ARP) table holds Target.
	CheckNeighbor CheckKind = "neighbor"
	// CheckNeighborCount: Node's neighbor table holds exactly Want entries.
	CheckNeighborCount CheckKind = "neighbor-count"
	// CheckTraceroute: a traceroute from Node to Target lists exactly Hops, in order.
	CheckTraceroute CheckKind = "traceroute"
	// CheckOSPF: every node converged as Spec.Converge promises (judged per node).
	CheckOSPF CheckKind = "ospf-converged"
)

// Check is one promise a scenario makes about its lab.
type Check struct {
	Name   string       `json:"name"`
	Kind   CheckKind    `json:"kind"`
	Node   string       `json:"node,omitempty"`
	Iface  string       `json:"iface,omitempty"`
	Target netip.Addr   `json:"target,omitzero"`
	Want   int          `json:"want,omitempty"`
	Hops   []netip.Addr `json:"hops,omitempty"`
	// OS, when set, limits the check to one platform, for promises only it can keep (the
	// host role is a fresh namespace on Linux but the real host on FreeBSD).
	OS string `json:"os,omitempty"`
}

// CheckResult is a check as measured: what was promised, what was found, and the verdict.
// Detail holds the structured measurement (a ping summary, a hop list) for reports.
type CheckResult struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Expected string `json:"expected"`
	Actual   string `json:"actual"`
	Pass     bool   `json:"pass"`
	Detail   any    `json:"detail,omitempty"`
}
