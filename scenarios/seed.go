package scenarios

import (
	"fmt"
	"net/netip"

	"github.com/vnetbench/vnetbench/lab"
)

// The four small labs of the seed article ("VNET jails", FreeBSD Journal): an isolated jail, a
// jail linked to the host, a routed chain and a bridge with epairs.

func init() {
	register(Scenario{
		Name:    "isolated",
		Purpose: "one vnet jail with its loopback up and its own empty routing table",
		Source:  "seed article: Useless Isolated vnet Jail",
		build:   buildIsolated,
	})
	register(Scenario{
		Name:    "host-link",
		Purpose: "an epair between host and jail, 192.0.2.1/24 <-> 192.0.2.2/24, pinged both ways",
		Source:  "seed article: vnet Jail Connected to the Host",
		build:   buildHostLink,
	})
	register(Scenario{
		Name:    "chain",
		Purpose: "host -> hop1 ... hopN over /31 epairs with forwarding and static routes; traceroute lists N hops",
		Source:  "seed article: Chained Routed vnet Jails",
		Size:    "hops",
		Params:  []Param{{Name: "hops", Default: "5", Help: "routed jails after the host (the article uses 5)", Min: 1, Max: 127}},
		build:   buildChain,
	})
	register(Scenario{
		Name:    "bridge",
		Purpose: "a bridge with the host at 192.0.2.254/24 and N jails 192.0.2.i/24 on epairs",
		Source:  "seed article: Bridge + epair",
		Size:    "jails",
		Params:  []Param{{Name: "jails", Default: "3", Help: "jails on the bridge (the article uses 3)", Min: 1, Max: 253}},
		build:   buildBridge,
	})
}

func buildIsolated(Params) (*lab.Spec, error) {
	const j = "useless" // the article's name
	return &lab.Spec{
		Nodes: []lab.Node{{Name: j, LoopbackUp: true}},
		Checks: []lab.Check{
			{Name: "loopback up inside " + j, Kind: lab.CheckLinkUp, Node: j, Iface: "lo"},
			{Name: "routing table of " + j + " is its own and empty", Kind: lab.CheckRouteCount, Node: j, Want: 0},
			// The jail's loopback being up is invisible from the host: the host role's own lo
			// stays down, untouched. (On FreeBSD the host role is the host itself, whose lo0
			// is up anyway, so there the check says nothing and is not made.)
			{Name: "loopback state absent from the host", Kind: lab.CheckLinkDown, Node: lab.HostNode, Iface: "lo", OS: "linux"},
		},
	}, nil
}

func buildHostLink(Params) (*lab.Spec, error) {
	const j = "jvnet"
	host, jail := netip.MustParseAddr("192.0.2.1"), netip.MustParseAddr("192.0.2.2")
	return &lab.Spec{
		Nodes: []lab.Node{{Name: j}},
		Links: []lab.Link{{Unit: 0,
			A: lab.Endpoint{Node: lab.HostNode, Iface: "epair0a", Addrs: []netip.Prefix{pfx(host, 24)}},
			B: lab.Endpoint{Node: j, Iface: "epair0b", Addrs: []netip.Prefix{pfx(jail, 24)}},
		}},
		Checks: []lab.Check{
			{Name: "host pings jail", Kind: lab.CheckPing, Node: lab.HostNode, Target: jail},
			{Name: "jail pings host", Kind: lab.CheckPing, Node: j, Target: host},
			{Name: "jail's ARP table holds the host", Kind: lab.CheckNeighbor, Node: j, Target: host},
			{Name: "host holds its own end epair0a", Kind: lab.CheckLinkUp, Node: lab.HostNode, Iface: "epair0a"},
			{Name: "host does not see the jail's end epair0b", Kind: lab.CheckLinkAbsent, Node: lab.HostNode, Iface: "epair0b"},
		},
	}, nil
}

// buildChain reproduces the article's routed chain for any N. Link k (epair<k>) joins hop k
// (or the host, k=0) at 192.0.2.2k/31 to hop k+1 at 192.0.2.2k+1/31. Routes follow the
// article's pattern, which for N=5 gives exactly its commands: hops in the first half default
// forward and route the host link back; the others default back, and the middle hop routes
// the last link forward.
func buildChain(p Params) (*lab.Spec, error) {
	n := p.Int("hops")
	spec := &lab.Spec{}
	a := func(k int) netip.Addr { return addr(testNet1, k) }
	hop := func(i int) string { return fmt.Sprintf("hop%d", i) }
	nodeOf := func(i int) string {
		if i == 0 {
			return lab.HostNode
		}
		return hop(i)
	}
	for k := 0; k < n; k++ {
		spec.Links = append(spec.Links, lab.Link{Unit: k,
			A: lab.Endpoint{Node: nodeOf(k), Iface: fmt.Sprintf("epair%da", k), Addrs: []netip.Prefix{pfx(a(2*k), 31)}},
			B: lab.Endpoint{Node: hop(k + 1), Iface: fmt.Sprintf("epair%db", k), Addrs: []netip.Prefix{pfx(a(2*k+1), 31)}},
		})
	}
	spec.Host.Routes = []lab.Route{{Dst: pfx(testNet1, 24), Via: a(1)}}
	defaultRoute := netip.PrefixFrom(netip.IPv4Unspecified(), 0)
	mid := (n + 1) / 2
	last := pfx(a(2*(n-1)), 31)
	for i := 1; i <= n; i++ {
		node := lab.Node{Name: hop(i)}
		if i < n {
			node.Sysctls = []lab.Sysctl{{Key: lab.SysctlForwarding, Value: "1"}}
		}
		fwd, back := a(2*i+1), a(2*(i-1))
		if i < mid {
			node.Routes = append(node.Routes, lab.Route{Dst: defaultRoute, Via: fwd})
			if i >= 2 {
				node.Routes = append(node.Routes, lab.Route{Dst: pfx(testNet1, 31), Via: back})
			}
		} else {
			node.Routes = append(node.Routes, lab.Route{Dst: defaultRoute, Via: back})
			if i <= n-2 {
				node.Routes = append(node.Routes, lab.Route{Dst: last, Via: fwd})
			}
		}
		spec.Nodes = append(spec.Nodes, node)
	}
	target := a(2*n - 1)
	var hops []netip.Addr
	for i := 1; i <= n; i++ {
		hops = append(hops, a(2*i-1))
	}
	spec.Checks = []lab.Check{
		{Name: fmt.Sprintf("host pings hop%d", n), Kind: lab.CheckPing, Node: lab.HostNode, Target: target},
		{Name: fmt.Sprintf("traceroute host -> hop%d lists %d hops in order", n, n), Kind: lab.CheckTraceroute,
			Node: lab.HostNode, Target: target, Hops: hops},
	}
	return spec, nil
}

func buildBridge(p Params) (*lab.Spec, error) {
	n := p.Int("jails")
	const br = "bridge0"
	hostAddr := addr(testNet1, 254)
	spec := &lab.Spec{Segments: []lab.Segment{{Name: br, Kind: lab.AttachBridge, Addrs: []netip.Prefix{pfx(hostAddr, 24)}}}}
	jail := func(i int) string { return fmt.Sprintf("jail%d", i) }
	for i := 1; i <= n; i++ {
		spec.Nodes = append(spec.Nodes, lab.Node{Name: jail(i)})
		spec.Links = append(spec.Links, lab.Link{Unit: i,
			A: lab.Endpoint{Node: lab.HostNode, Iface: fmt.Sprintf("epair%da", i), Segment: br},
			B: lab.Endpoint{Node: jail(i), Iface: fmt.Sprintf("epair%db", i), Addrs: []netip.Prefix{pfx(addr(testNet1, i), 24)}},
		})
	}
	for i := 1; i <= n; i++ {
		spec.Checks = append(spec.Checks,
			lab.Check{Name: "host pings " + jail(i), Kind: lab.CheckPing, Node: lab.HostNode, Target: addr(testNet1, i)},
			lab.Check{Name: jail(i) + " pings host", Kind: lab.CheckPing, Node: jail(i), Target: hostAddr})
	}
	// Jail to jail around a ring: every jail sends and every jail answers, in N pings, not N².
	for i := 1; n > 1 && i <= n; i++ {
		next := i%n + 1
		spec.Checks = append(spec.Checks, lab.Check{Name: jail(i) + " pings " + jail(next), Kind: lab.CheckPing,
			Node: jail(i), Target: addr(testNet1, next)})
	}
	return spec, nil
}
