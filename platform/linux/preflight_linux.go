//go:build linux

package linux

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/vnetbench/vnetbench/lab"
)

// Needs is what a plan asks of the host, estimated by the scenario.
type Needs struct {
	Nodes   int
	Daemons int
	// BridgePorts counts the member ports each bridge segment gets.
	BridgePorts map[string]int
	// MemBytes is the memory the lab is expected to take (kernel and daemons).
	MemBytes uint64
}

// MaxBridgePorts is how many ports a Linux bridge takes (BR_MAX_PORTS is 1<<10, and port
// number 0 is not used).
const MaxBridgePorts = 1023

// fdsPerNode is what vnetbench holds open per node at the busiest moment: a namespace
// handle, a netlink socket, /proc/net/dev of the host, a BIRD control connection, and the
// daemon sampler's /proc files (statm, smaps_rollup, net/raw).
const fdsPerNode = 7

// Preflight checks, before anything is created, that this host can hold the lab: memory,
// open files and processes. Every refusal names the limit, the numbers and the way out.
func Preflight(n Needs) error {
	var errs []error
	for br, ports := range n.BridgePorts {
		if ports > MaxBridgePorts {
			errs = append(errs, fmt.Errorf("bridge %s: %d ports, and a Linux bridge holds at most %d (the kernel numbers ports in 10 bits; the 1024th add fails with \"exchange full\"); run at most %d nodes on one bridge",
				br, ports, MaxBridgePorts, MaxBridgePorts))
		}
	}
	if avail, err := MemAvailable(); err == nil && n.MemBytes > avail {
		errs = append(errs, fmt.Errorf("memory: the lab needs about %.1f GiB (%d nodes) and %.1f GiB are available; run fewer nodes or free memory",
			gib(n.MemBytes), n.Nodes, gib(avail)))
	}
	var nofile unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_NOFILE, &nofile); err == nil {
		need := uint64(64 + fdsPerNode*n.Nodes)
		if nofile.Max < need {
			errs = append(errs, fmt.Errorf("open files: %d nodes need about %d descriptors and the hard limit is %d; raise it (ulimit -Hn %d, or LimitNOFILE= in a unit)",
				n.Nodes, need, nofile.Max, need))
		}
	}
	var nproc unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_NPROC, &nproc); err == nil && nproc.Cur != unix.RLIM_INFINITY {
		if running := countProcesses(); uint64(running+n.Daemons+16) > nproc.Cur {
			errs = append(errs, fmt.Errorf("processes: %d daemons on top of %d processes exceed the limit of %d; raise it (ulimit -u)",
				n.Daemons, running, nproc.Cur))
		}
	}
	if b, err := os.ReadFile("/proc/sys/kernel/pid_max"); err == nil {
		if max, _ := strconv.Atoi(strings.TrimSpace(string(b))); max > 0 && countProcesses()+n.Daemons+16 > max {
			errs = append(errs, fmt.Errorf("processes: %d daemons do not fit under kernel.pid_max=%d", n.Daemons, max))
		}
	}
	return errors.Join(errs...)
}

// PlanNeeds counts what a plan creates; memory comes from the scenario's own estimate.
func PlanNeeds(p *lab.Plan, memBytes uint64) Needs {
	n := Needs{Nodes: len(p.Spec.Nodes) + 1, Daemons: len(p.Spec.Daemons), MemBytes: memBytes, BridgePorts: map[string]int{}}
	for _, l := range p.Spec.Links {
		for _, e := range []lab.Endpoint{l.A, l.B} {
			if e.Segment != "" {
				n.BridgePorts[e.Segment]++
			}
		}
	}
	return n
}

// MemAvailable is the memory the kernel estimates is available for new work, in bytes.
func MemAvailable() (uint64, error) {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "MemAvailable:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, err := strconv.ParseUint(f[1], 10, 64)
				return kb * 1024, err
			}
		}
	}
	return 0, fmt.Errorf("no MemAvailable in /proc/meminfo")
}

func countProcesses() int {
	ents, _ := os.ReadDir("/proc")
	n := 0
	for _, e := range ents {
		if _, err := strconv.Atoi(e.Name()); err == nil {
			n++
		}
	}
	return n
}

func gib(b uint64) float64 { return float64(b) / (1 << 30) }
