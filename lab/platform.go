package lab

import (
	"context"
	"net/netip"
	"time"
)

// Builder executes plan steps and undoes journaled resources. Apply journals what it is about
// to create (through j) before creating it.
type Builder interface {
	Apply(ctx context.Context, s Step, j Journal) error
	Undo(ctx context.Context, rs []Resource) error
}

// Prober measures a running lab from inside its nodes.
type Prober interface {
	Ping(ctx context.Context, node string, dst netip.Addr, count int) (PingResult, error)
	Traceroute(ctx context.Context, node string, dst netip.Addr) (TraceResult, error)
	Ifaces(ctx context.Context, node string) ([]Iface, error)
	Neighbors(ctx context.Context, node string) ([]Neighbor, error)
	Routes(ctx context.Context, node string) ([]RouteEntry, error)
}

// Supervisor starts daemons in the foreground as children, so an exit is seen at once
// (DESIGN.md rule 3).
type Supervisor interface {
	StartDaemon(ctx context.Context, node string, f DaemonFiles, j Journal) (Proc, error)
}

// DaemonFiles are the per-node paths a daemon uses, all under the run directory.
type DaemonFiles struct {
	Config string
	Socket string
	PID    string
	Log    string
	// Survive keeps the daemon running after vnetbench exits (--keep). Otherwise it is tied to
	// vnetbench's life, so even a kill -9 of vnetbench ends it.
	Survive bool
}

// Proc is a supervised child process.
type Proc interface {
	Pid() int
	// Done is closed when the process has exited and been reaped.
	Done() <-chan struct{}
	// ExitStatus describes how it ended ("exit status 1", "signal: killed"); valid after Done.
	ExitStatus() string
	// Stop ends the process (TERM, then KILL after grace) and waits for it.
	Stop(grace time.Duration) error
}

// PingResult is a parsed ping summary. RTTs are in milliseconds.
type PingResult struct {
	Target   netip.Addr `json:"target"`
	Sent     int        `json:"sent"`
	Received int        `json:"received"`
	LossPct  float64    `json:"loss_pct"`
	RTTMin   float64    `json:"rtt_min_ms"`
	RTTAvg   float64    `json:"rtt_avg_ms"`
	RTTMax   float64    `json:"rtt_max_ms"`
	RTTDev   float64    `json:"rtt_dev_ms"`
	Errors   []string   `json:"errors,omitempty"`
}

// Hop is one traceroute line. Addr is invalid for a hop that did not answer ("*").
type Hop struct {
	TTL  int        `json:"ttl"`
	Addr netip.Addr `json:"addr,omitzero"`
	RTTs []float64  `json:"rtts_ms,omitempty"`
}

// TraceResult is a parsed traceroute.
type TraceResult struct {
	Target netip.Addr `json:"target"`
	Hops   []Hop      `json:"hops"`
}

// Iface is an interface as seen inside a node.
type Iface struct {
	Name  string         `json:"name"`
	Up    bool           `json:"up"`
	MTU   int            `json:"mtu"`
	Addrs []netip.Prefix `json:"addrs,omitempty"`
}

// Neighbor is a neighbor (ARP) table entry.
type Neighbor struct {
	Addr  netip.Addr `json:"addr"`
	MAC   string     `json:"mac,omitempty"`
	Iface string     `json:"iface,omitempty"`
	State string     `json:"state,omitempty"`
}

// RouteEntry is a route of a node's main IPv4 table (local and broadcast routes excluded).
type RouteEntry struct {
	Dst   netip.Prefix `json:"dst"`
	Via   netip.Addr   `json:"via,omitzero"`
	Iface string       `json:"iface,omitempty"`
	Proto string       `json:"proto,omitempty"`
}

// LinkCounters are an interface's counters since it was created.
type LinkCounters struct {
	Name      string `json:"name"`
	RxPackets uint64 `json:"rx_packets"`
	TxPackets uint64 `json:"tx_packets"`
	RxBytes   uint64 `json:"rx_bytes"`
	TxBytes   uint64 `json:"tx_bytes"`
	RxErrors  uint64 `json:"rx_errors"`
	TxErrors  uint64 `json:"tx_errors"`
	RxDrops   uint64 `json:"rx_drops"`
	TxDrops   uint64 `json:"tx_drops"`
}

// CounterSource reads interface counters inside a node with one query for all interfaces.
type CounterSource interface {
	LinkCounters(ctx context.Context, node string) ([]LinkCounters, error)
}
