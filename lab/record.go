package lab

import (
	"encoding/json"
	"fmt"
	"time"
)

// RecordSchema is the version of the run record format. Bump it on any incompatible change and
// teach DecodeRecord the old one.
const RecordSchema = 1

// Record is everything a run measured: reports read it and never re-run anything.
type Record struct {
	Schema   int               `json:"schema"`
	ID       string            `json:"id"`
	Scenario string            `json:"scenario"`
	Params   map[string]string `json:"params"`
	Platform string            `json:"platform"`
	Env      Env               `json:"env"`
	Start    time.Time         `json:"start"`
	Phases   []PhaseTiming     `json:"phases"`
	Checks   []CheckResult     `json:"checks"`
	Events   []Event           `json:"events"`
	Errors   []string          `json:"errors"`
	Warnings []string          `json:"warnings,omitempty"`
	// Series are the sampled time series (bridge counters, memory, convergence…).
	Series []Series `json:"series,omitempty"`
	// Nodes holds per-node results (convergence times, daemon exits).
	Nodes []NodeResult `json:"nodes,omitempty"`
	// Tuning lists kernel-global tunables the run changed (DESIGN.md rule 1).
	Tuning []TuningChange `json:"tuning,omitempty"`
	// Metrics are headline numbers (build seconds, convergence seconds, memory per node).
	Metrics map[string]float64 `json:"metrics,omitempty"`
	OK      bool               `json:"ok"`
}

// Env describes the machine and tools a run used.
type Env struct {
	OS        string            `json:"os"`
	Kernel    string            `json:"kernel"`
	Hostname  string            `json:"hostname"`
	CPU       string            `json:"cpu"`
	Cores     int               `json:"cores"`
	MemBytes  uint64            `json:"mem_bytes"`
	Tools     map[string]string `json:"tools"`
	Version   string            `json:"vnetbench_version"`
	Commit    string            `json:"vnetbench_commit"`
	GoVersion string            `json:"go_version"`
}

// PhaseTiming is when a phase of the run started and how long it took.
type PhaseTiming struct {
	Name     string        `json:"name"`
	Start    time.Time     `json:"start"`
	Duration time.Duration `json:"duration_ns"`
	Seconds  float64       `json:"seconds"`
}

// Event is a timestamped note: a daemon exit, a late sample, a retry.
type Event struct {
	Time time.Time `json:"time"`
	Kind string    `json:"kind"`
	Node string    `json:"node,omitempty"`
	Msg  string    `json:"msg"`
}

// Series is one time series. T is seconds since the record's Start.
type Series struct {
	Name   string            `json:"name"`
	Unit   string            `json:"unit,omitempty"`
	Labels map[string]string `json:"labels,omitempty"`
	Points []Point           `json:"points"`
}

// Point is one sample.
type Point struct {
	T float64 `json:"t"`
	V float64 `json:"v"`
}

// NodeResult is what a run learned about one node.
type NodeResult struct {
	Name string `json:"name"`
	// Converged maps a convergence criterion (neighbors, two-way, lsas, bird-routes,
	// fib-routes, all) to seconds since Start when the node first held it.
	Converged map[string]float64 `json:"converged,omitempty"`
	// Lacking says what the node still lacked when the run stopped waiting.
	Lacking []string `json:"lacking,omitempty"`
	// Exit describes a daemon exit seen during the run, with its last log lines.
	Exit *DaemonExit `json:"exit,omitempty"`
	// RSSBytes and PSSBytes are the daemon's memory at the last sample.
	RSSBytes uint64 `json:"rss_bytes,omitempty"`
	PSSBytes uint64 `json:"pss_bytes,omitempty"`
}

// DaemonExit records a supervised daemon's unexpected end.
type DaemonExit struct {
	Time    time.Time `json:"time"`
	Status  string    `json:"status"`
	LogTail []string  `json:"log_tail,omitempty"`
}

// TuningChange is one kernel-global tunable the run changed and restored.
type TuningChange struct {
	Name     string `json:"name"`
	Old      string `json:"old"`
	New      string `json:"new"`
	Restored bool   `json:"restored"`
}

// DecodeRecord parses a run record, refusing schemas it does not know with a message that
// names the version.
func DecodeRecord(data []byte) (*Record, error) {
	var head struct {
		Schema *int `json:"schema"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("not a run record: %w", err)
	}
	if head.Schema == nil {
		return nil, fmt.Errorf("not a run record: no schema field")
	}
	if *head.Schema != RecordSchema {
		return nil, fmt.Errorf("run record schema %d is not supported (this vnetbench reads schema %d)", *head.Schema, RecordSchema)
	}
	var r Record
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("run record (schema %d): %w", RecordSchema, err)
	}
	return &r, nil
}

// Series names shared by samplers and reports. Rates are per second; byte values are bytes.
const (
	SeriesBridgeRxPackets = "bridge.rx_packets_per_s"
	SeriesBridgeTxPackets = "bridge.tx_packets_per_s"
	SeriesBridgeRxBytes   = "bridge.rx_bytes_per_s"
	SeriesBridgeTxBytes   = "bridge.tx_bytes_per_s"
	SeriesBridgeRxErrors  = "bridge.rx_errors_per_s"
	SeriesBridgeTxErrors  = "bridge.tx_errors_per_s"
	SeriesBridgeRxDrops   = "bridge.rx_drops_per_s"
	SeriesBridgeTxDrops   = "bridge.tx_drops_per_s"

	// SeriesLinksRxPackets and friends sum the counters of every node link's host end.
	SeriesLinksRxPackets = "links.rx_packets_per_s"
	SeriesLinksTxPackets = "links.tx_packets_per_s"
	SeriesLinksRxDrops   = "links.rx_drops_per_s"
	SeriesLinksTxDrops   = "links.tx_drops_per_s"
	// SeriesLinkRxPackets is one link's rate, labelled link=<name>, at a slower cadence.
	SeriesLinkRxPackets = "link.rx_packets_per_s"

	SeriesNodesConverged = "ospf.nodes_converged"
	// SeriesNeighbors carries a label "state" (full, 2-way, init, exstart, exchange, loading, down).
	SeriesNeighbors  = "ospf.neighbors"
	SeriesBirdRoutes = "ospf.bird_routes"
	SeriesFIBRoutes  = "ospf.fib_routes"

	SeriesDaemonRSS    = "mem.daemon_rss_bytes"
	SeriesDaemonPSS    = "mem.daemon_pss_bytes"
	SeriesMemAvailable = "mem.available_bytes"
	SeriesSlab         = "mem.slab_bytes"
	SeriesLoad1        = "load.1m"
	SeriesCPUBusy      = "cpu.busy_pct"
	SeriesHarnessCPU   = "harness.cpu_pct"
	SeriesHarnessRSS   = "harness.rss_bytes"

	SeriesSoftnetDrops = "drops.softnet_per_s"
	// SeriesNeighTableFull counts failed neighbor (ARP) entry creations: the table was full.
	SeriesNeighTableFull = "drops.neigh_table_full_per_s"
	SeriesSocketDrops    = "drops.socket_per_s"
)

// Metric names for Record.Metrics, the headline numbers compared across runs.
const (
	MetricBuildSec       = "build_s"
	MetricDaemonStartSec = "daemon_start_s"
	MetricConvergeSec    = "converge_s"
	MetricVerifySec      = "verify_s"
	MetricTeardownSec    = "teardown_s"
	MetricDaemonRSSNode  = "daemon_rss_bytes_per_node"
	MetricDaemonPSSNode  = "daemon_pss_bytes_per_node"
	MetricKernelMemNode  = "kernel_bytes_per_node"
	MetricHarnessCPU     = "harness_cpu_pct"
	MetricHarnessRSS     = "harness_rss_bytes"
)
