package scenarios

import (
	"fmt"
	"net/netip"
	"strconv"

	"github.com/vnetbench/vnetbench/lab"
)

// The seed article's "How light is a jail compared to a VM?": N jails on one bridge, each
// running BIRD OSPF on its epair and announcing its loopback, until every node has N-1
// neighbors and N-1 learned routes.

func init() {
	register(Scenario{
		Name:    "ospf",
		Purpose: "N BIRD OSPF nodes on one bridge; every node must reach N-1 neighbors and learn N-1 loopbacks",
		Source:  "seed article: How Light Is a Jail Compared to a VM? (480 jails on an APU2)",
		Size:    "nodes",
		Params: []Param{
			{Name: "nodes", Default: "480", Help: "OSPF nodes on the bridge (the article runs 480)", Min: 2, Max: maxOSPFNodes},
			{Name: "mtu", Default: "9000", Help: "MTU of the bridge and every link; hellos grow 4 bytes per neighbor", Min: 576, Max: 65535},
			{Name: "hello", Default: "60", Help: "OSPF hello interval, seconds (the article's 60 tames the multicast storm)", Min: 1, Max: 65535},
			{Name: "dead", Default: "240", Help: "OSPF router dead interval, seconds", Min: 2, Max: 65535},
			{Name: "attach", Default: "bridge", Help: "how nodes reach the segment", Choices: []string{"bridge"}},
			{Name: "timers", Default: "seed", Help: "timer preset: seed (hello/dead as given) or fast (hello 1, dead 4: small labs and CI)", Choices: []string{"seed", "fast"}},
			{Name: "tuning", Default: "auto", Help: "host tuning: auto (raise the receive backlog from 200 nodes on), on (always) or none", Choices: []string{"auto", "on", "none"}},
		},
		build: buildOSPF,
	})
}

const ospfBridge = "vnetdemobridge" // the article's name

// maxOSPFNodes keeps the seed's LAN formula, 192.0.2.0+i on a /20 (192.0.0.0/20), on the
// LAN: 192.0.15.254 is its last host address.
const maxOSPFNodes = 3582

// OSPFHelloBytes is the size of an OSPFv2 hello on the wire with n neighbors: IP header 20,
// OSPF header 24, hello body 20, and 4 bytes per neighbor (RFC 2328 A.3.2).
func OSPFHelloBytes(neighbors int) int { return 20 + 24 + 20 + 4*neighbors }

// RxBacklogFor is the per-CPU receive backlog a lab of n bridged nodes needs: each multicast
// packet is copied to n-1 ports at once, and during the database exchange the DR floods
// updates back to back. 16 slots a node still dropped 911 000 packets at 480 nodes; the
// backlog only costs memory while it is full.
func RxBacklogFor(n int) int {
	v := 128 * n
	if v < 2048 {
		v = 2048
	}
	return v
}

// SocketBufferFor is the default socket receive buffer a lab of n OSPF nodes needs: every
// node's hello can arrive in the same burst (daemons started together keep their hello
// timers in step), each about OSPFHelloBytes(n-1) on the wire and twice that in kernel
// memory. Below the kernel's default of 212992 bytes it returns 0 (nothing to set). At
// 1000 nodes the default buffers dropped 224 000 packets and neighbors fell back to Init.
func SocketBufferFor(n int) int {
	v := n * OSPFHelloBytes(n-1) * 2
	if v <= 212992 {
		return 0
	}
	return v
}

func buildOSPF(p Params) (*lab.Spec, error) {
	n := p.Int("nodes")
	mtu := p.Int("mtu")
	hello, dead, wait := p.Int("hello"), p.Int("dead"), 0
	if p["timers"] == "fast" {
		// BIRD's own wait (4 × hello): a shorter wait let a router elect before it had 2-Way
		// with every neighbor, and the sticky election then kept the wrong BDR.
		hello, dead = 1, 4
	}
	if dead <= hello {
		return nil, fmt.Errorf("dead=%d must be longer than hello=%d", dead, hello)
	}
	if need := OSPFHelloBytes(n - 1); need > mtu {
		return nil, fmt.Errorf("a hello listing %d neighbors is %d bytes, over mtu=%d: OSPF cannot converge (the article's ~350-neighbor limit at 1500); raise it with --set mtu=9000",
			n-1, need, mtu)
	}
	spec := &lab.Spec{
		Segments: []lab.Segment{{Name: ospfBridge, Kind: lab.AttachBridge, MTU: mtu}},
		Metrics:  []string{"bridge", "links", "memory", "ospf", "drops"},
	}
	if p["tuning"] == "on" || (p["tuning"] == "auto" && n >= 200) {
		spec.HostTuning = []lab.Sysctl{
			{Key: lab.SysctlRxBacklog, Value: strconv.Itoa(RxBacklogFor(n)), OS: "linux"},
			// The article's FreeBSD tuning against "No buffer space available".
			{Key: "kern.ipc.nmbclusters", Value: "1000000", OS: "freebsd"},
			{Key: "net.inet.raw.maxdgram", Value: "16384", OS: "freebsd"},
			{Key: "net.inet.raw.recvspace", Value: "16384", OS: "freebsd"},
		}
		// One ARP table serves every namespace on Linux: the DR and BDR each resolve every
		// node during the database exchange. At 1000 nodes the default hard limit of 1024
		// overflowed ("neighbor table overflow!") and adjacencies fell apart.
		spec.HostTuning = append(spec.HostTuning,
			lab.Sysctl{Key: lab.SysctlNeighSoft, Value: strconv.Itoa(max(512, 4*n)), OS: "linux"},
			lab.Sysctl{Key: lab.SysctlNeighMax, Value: strconv.Itoa(max(1024, 8*n)), OS: "linux"})
		if v := SocketBufferFor(n); v > 0 {
			// Linux shows net.core.rmem_default read-only inside namespaces: it is the
			// host's, so it is host tuning, raised for the run and restored.
			spec.HostTuning = append(spec.HostTuning, lab.Sysctl{Key: lab.SysctlSocketRcvBuf, Value: strconv.Itoa(v), OS: "linux"})
		}
	}
	jail := func(i int) string { return "jail" + strconv.Itoa(i) }
	for i := 1; i <= n; i++ {
		lan := addr(testNet1, i)
		iface := fmt.Sprintf("epair%db", i)
		node := lab.Node{Name: jail(i), LoopbackUp: true, Loopbacks: []netip.Prefix{pfx(addr(testNet2, i), 32)}}
		spec.Nodes = append(spec.Nodes, node)
		spec.Links = append(spec.Links, lab.Link{Unit: i, MTU: mtu,
			A: lab.Endpoint{Node: lab.HostNode, Iface: fmt.Sprintf("epair%da", i), Segment: ospfBridge},
			B: lab.Endpoint{Node: jail(i), Iface: iface, Addrs: []netip.Prefix{pfx(lan, 20)}},
		})
		spec.Daemons = append(spec.Daemons, lab.Daemon{Node: jail(i), OSPF: &lab.OSPFConfig{Ifaces: []lab.OSPFIface{
			{Name: iface, Hello: hello, Dead: dead, Wait: wait},
			{Name: "lo1", Stub: true},
		}}})
	}
	waitTimer := wait
	if waitTimer == 0 {
		waitTimer = 4 * hello // BIRD's default wait
	}
	// BIRD's router id defaults to the lowest IPv4 address, the LAN address, so the highest
	// node wins the DR election and the next one becomes BDR.
	spec.Converge = &lab.Converge{Neighbors: n - 1, LSAs: n + 1, Routes: n - 1, BirdRoutes: n + 1,
		DR: jail(n), BDR: jail(n - 1), DRID: addr(testNet1, n), BDRID: addr(testNet1, n-1),
		TimeoutSec: waitTimer + dead + 60 + n/2}
	spec.Checks = []lab.Check{
		{Name: fmt.Sprintf("every node: %d neighbors, %d LSAs, DR %s, BDR %s, %d routes in BIRD and FIB", n-1, n+1, jail(n), jail(n-1), n-1),
			Kind: lab.CheckOSPF},
		{Name: fmt.Sprintf("%s reaches %s's loopback over OSPF", jail(1), jail(n)), Kind: lab.CheckPing, Node: jail(1), Target: addr(testNet2, n)},
		{Name: fmt.Sprintf("%s reaches %s's loopback over OSPF", jail(n), jail(1)), Kind: lab.CheckPing, Node: jail(n), Target: addr(testNet2, 1)},
	}
	return spec, nil
}
