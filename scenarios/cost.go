package scenarios

import "github.com/vnetbench/vnetbench/lab"

// Measured memory cost of one OSPF node on Linux (BIRD 2.0.12, kernel 6.x, 2 vCPU): the
// daemon's PSS at 480 nodes was 1.17 GiB / 480 ≈ 2.5 MiB (RSS 4.2 MiB), growing with the
// number of neighbors; the kernel's slab grew by 474-76 MB ≈ 0.85 MiB per node (namespace,
// veth pair, sockets, routes). See ../shared/fixtures/LINUX-LAB-FACTS.md and the ospf
// benchmark for the figures these come from.
const (
	// OSPFDaemonBytesBase is a daemon's PSS with few neighbors.
	OSPFDaemonBytesBase = 1 << 20
	// OSPFDaemonBytesPerNeighbor is how much a daemon's PSS grows per neighbor (PSS 2.5 MiB at
	// 479 neighbors, 3.8 MiB at 999).
	OSPFDaemonBytesPerNeighbor = 3 << 10
	// OSPFKernelBytesPerNode is the kernel memory (slab) one node costs.
	OSPFKernelBytesPerNode = 1 << 20
)

// OSPFMemoryNeeded estimates the memory an ospf lab of n nodes needs, with a 25% margin.
func OSPFMemoryNeeded(n int) uint64 {
	per := uint64(OSPFDaemonBytesBase + OSPFDaemonBytesPerNeighbor*(n-1) + OSPFKernelBytesPerNode)
	return uint64(n) * per * 5 / 4
}

// MaxOSPFNodes is the largest ospf lab the given memory fits, by OSPFMemoryNeeded.
func MaxOSPFNodes(avail uint64) int {
	lo, hi := 1, 100000
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if OSPFMemoryNeeded(mid) <= avail {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// MemoryNeeded estimates what a spec's lab takes: OSPF labs by OSPFMemoryNeeded, other labs
// by the kernel cost of their nodes alone.
func MemoryNeeded(s *lab.Spec) uint64 {
	if len(s.Daemons) > 0 {
		return OSPFMemoryNeeded(len(s.Daemons))
	}
	return uint64(len(s.Nodes)+1) * OSPFKernelBytesPerNode
}
