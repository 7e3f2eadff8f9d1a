// Package lab holds vnetbench's domain model: the platform-neutral Spec a scenario builds, the
// Plan it compiles to, the resources a run journals, the checks that define success and the run
// record. It does no I/O; scenarios build Specs, platforms execute Steps, and neither imports the
// other.
package lab

import (
	"fmt"
	"net/netip"
)

// HostNode is the name of the host role. On FreeBSD it is the host itself; on Linux it is a
// namespace of its own, so that a lab never touches the root network namespace.
const HostNode = "host"

// Spec describes a lab: what exists, how it is addressed, what runs in it and what must hold
// once it is up. Node and interface names are the ones the seed article uses (jail1, epair1b,
// vnetdemobridge); platforms add their run-scoped prefixes where names are global.
type Spec struct {
	Scenario string            `json:"scenario"`
	Params   map[string]string `json:"params"`

	// Host is the host role: the side that owns bridges and the a-ends of host links.
	Host  Node   `json:"host"`
	Nodes []Node `json:"nodes"`
	// Segments are shared layer-2 segments (a bridge, later VLAN/VF/VI attachments).
	Segments []Segment `json:"segments,omitempty"`
	// Links are point-to-point pairs (epair on FreeBSD, veth on Linux).
	Links []Link `json:"links,omitempty"`
	// HostTuning lists kernel-global tunables the scenario wants raised (DESIGN.md rule 1).
	HostTuning []Sysctl  `json:"host_tuning,omitempty"`
	Daemons    []Daemon  `json:"daemons,omitempty"`
	Checks     []Check   `json:"checks,omitempty"`
	Metrics    []string  `json:"metrics,omitempty"`
	Converge   *Converge `json:"converge,omitempty"`
}

// Node is one isolated network stack: a VNET jail or a Linux network namespace.
type Node struct {
	Name string `json:"name"`
	// LoopbackUp brings the node's own loopback (lo0/lo) up with its usual addresses.
	LoopbackUp bool `json:"loopback_up,omitempty"`
	// Loopbacks are addresses on a cloned loopback (lo1 on FreeBSD, a dummy on Linux).
	Loopbacks []netip.Prefix `json:"loopbacks,omitempty"`
	// Sysctls are per-stack settings (forwarding), set inside the node.
	Sysctls []Sysctl `json:"sysctls,omitempty"`
	Routes  []Route  `json:"routes,omitempty"`
}

// AttachKind says how a node reaches a shared segment.
type AttachKind string

// Attachment kinds. The seed article compares all of them; bridge is the one every platform has.
const (
	AttachBridge  AttachKind = "bridge"
	AttachVLAN    AttachKind = "vlan"
	AttachVF      AttachKind = "vf"
	AttachVI      AttachKind = "vi"
	AttachMacvlan AttachKind = "macvlan"
)

// Segment is a shared layer-2 segment owned by the host role.
type Segment struct {
	Name string     `json:"name"`
	Kind AttachKind `json:"kind"`
	MTU  int        `json:"mtu,omitempty"`
	// Addrs are the host role's own addresses on the segment (bridge0 inet 192.0.2.254/24).
	Addrs []netip.Prefix `json:"addrs,omitempty"`
}

// Endpoint is one end of a Link.
type Endpoint struct {
	Node  string         `json:"node"`
	Iface string         `json:"iface"`
	Addrs []netip.Prefix `json:"addrs,omitempty"`
	// Segment, when set, makes this end a member port of that segment (bridge addm … edge …).
	Segment string `json:"segment,omitempty"`
}

// Link is a point-to-point pair. Unit is the epair unit number on FreeBSD (epair<Unit>a/b).
type Link struct {
	Unit int      `json:"unit"`
	A    Endpoint `json:"a"`
	B    Endpoint `json:"b"`
	MTU  int      `json:"mtu,omitempty"`
}

// Sysctl is one setting by its portable name (see the Sysctl* constants) or a raw OS name.
// OS, when set, restricts it to one platform (the seed's FreeBSD-only mbuf tuning).
type Sysctl struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	OS    string `json:"os,omitempty"`
}

// Portable sysctl keys; platforms map them to their own names.
const (
	SysctlForwarding = "forwarding.ipv4"
	// SysctlRxBacklog is the per-CPU receive backlog (Linux net.core.netdev_max_backlog).
	SysctlRxBacklog = "rx-backlog"
	// SysctlSocketRcvBuf is the default socket receive buffer (Linux net.core.rmem_default),
	// which BIRD's raw OSPF sockets get.
	SysctlSocketRcvBuf = "socket-rcvbuf"
	// SysctlNeighMax is the hard limit of the neighbor (ARP) table; on Linux it is one table
	// for every namespace (net.ipv4.neigh.default.gc_thresh3), SysctlNeighSoft its soft limit
	// (gc_thresh2).
	SysctlNeighMax  = "neigh-max"
	SysctlNeighSoft = "neigh-soft"
)

// Route is a static route; a zero Dst (0.0.0.0/0) is the default route.
type Route struct {
	Dst netip.Prefix `json:"dst"`
	Via netip.Addr   `json:"via"`
}

func (r Route) String() string { return fmt.Sprintf("%s via %s", r.Dst, r.Via) }

// Converge is what a routing-daemon scenario waits for before it verifies.
type Converge struct {
	// Neighbors each node must see (N-1 on a shared segment).
	Neighbors int `json:"neighbors"`
	// LSAs each node's database must hold (N+1: one router LSA per node plus the network LSA).
	LSAs int `json:"lsas"`
	// Routes each node must have learned from others, as /32 routes via a neighbor in its
	// kernel FIB.
	Routes int `json:"routes"`
	// BirdRoutes is what `show route count` must reach in each node's BIRD: the learned
	// routes plus the node's own stub loopback and the shared network.
	BirdRoutes int `json:"bird_routes"`
	// DR and BDR are the node names the election must pick, DRID and BDRID their router ids.
	DR    string     `json:"dr"`
	BDR   string     `json:"bdr"`
	DRID  netip.Addr `json:"dr_id"`
	BDRID netip.Addr `json:"bdr_id"`
	// TimeoutSec bounds the wait; derived from the protocol timers.
	TimeoutSec int `json:"timeout_sec"`
}

// NodeByName returns the named node (the host role included) and whether it exists.
func (s *Spec) NodeByName(name string) (Node, bool) {
	if name == HostNode {
		return s.Host, true
	}
	for _, n := range s.Nodes {
		if n.Name == name {
			return n, true
		}
	}
	return Node{}, false
}
