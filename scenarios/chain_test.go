package scenarios

import (
	"fmt"
	"net/netip"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/vnetbench/vnetbench/lab"
)

// TestChain5IsTheArticle: chain-5 is exactly the seed's "Chained Routed vnet Jails".
func TestChain5IsTheArticle(t *testing.T) {
	spec := mustBuild(t, "chain-5")

	// ifconfig epair0a inet 192.0.2.0/31 up … jexec hop5 ifconfig epair4b inet 192.0.2.9/31 up
	type end struct{ node, iface, addr string }
	want := []struct{ a, b end }{
		{end{"host", "epair0a", "192.0.2.0/31"}, end{"hop1", "epair0b", "192.0.2.1/31"}},
		{end{"hop1", "epair1a", "192.0.2.2/31"}, end{"hop2", "epair1b", "192.0.2.3/31"}},
		{end{"hop2", "epair2a", "192.0.2.4/31"}, end{"hop3", "epair2b", "192.0.2.5/31"}},
		{end{"hop3", "epair3a", "192.0.2.6/31"}, end{"hop4", "epair3b", "192.0.2.7/31"}},
		{end{"hop4", "epair4a", "192.0.2.8/31"}, end{"hop5", "epair4b", "192.0.2.9/31"}},
	}
	if len(spec.Links) != len(want) {
		t.Fatalf("%d links, want %d", len(spec.Links), len(want))
	}
	for k, w := range want {
		l := spec.Links[k]
		for _, c := range []struct {
			got lab.Endpoint
			w   end
		}{{l.A, w.a}, {l.B, w.b}} {
			if c.got.Node != c.w.node || c.got.Iface != c.w.iface || !reflect.DeepEqual(c.got.Addrs, []netip.Prefix{mp(c.w.addr)}) {
				t.Errorf("link %d end %+v, want %s %s %s", k, c.got, c.w.node, c.w.iface, c.w.addr)
			}
		}
		if l.Unit != k || l.MTU != 0 {
			t.Errorf("link %d: unit %d mtu %d", k, l.Unit, l.MTU)
		}
	}

	// The article's route commands, and nothing else.
	def := mp("0.0.0.0/0")
	wantRoutes := map[string][]lab.Route{
		"host": {{Dst: mp("192.0.2.0/24"), Via: ma("192.0.2.1")}},
		"hop1": {{Dst: def, Via: ma("192.0.2.3")}},
		"hop2": {{Dst: def, Via: ma("192.0.2.5")}, {Dst: mp("192.0.2.0/31"), Via: ma("192.0.2.2")}},
		"hop3": {{Dst: def, Via: ma("192.0.2.4")}, {Dst: mp("192.0.2.8/31"), Via: ma("192.0.2.7")}},
		"hop4": {{Dst: def, Via: ma("192.0.2.6")}},
		"hop5": {{Dst: def, Via: ma("192.0.2.8")}},
	}
	gotRoutes := map[string][]lab.Route{"host": spec.Host.Routes}
	for _, n := range spec.Nodes {
		gotRoutes[n.Name] = n.Routes
	}
	if !reflect.DeepEqual(gotRoutes, wantRoutes) {
		t.Errorf("routes:\n got %v\nwant %v", gotRoutes, wantRoutes)
	}

	// for i in $(jot 4); do jexec hop$i sysctl net.inet.ip.forwarding=1; done
	if len(spec.Nodes) != 5 {
		t.Fatalf("%d nodes, want 5", len(spec.Nodes))
	}
	for i, n := range spec.Nodes {
		var want []lab.Sysctl
		if i < 4 {
			want = []lab.Sysctl{{Key: lab.SysctlForwarding, Value: "1"}}
		}
		if n.Name != "hop"+strconv.Itoa(i+1) || !reflect.DeepEqual(n.Sysctls, want) {
			t.Errorf("node %d: %s sysctls %v, want %v", i, n.Name, n.Sysctls, want)
		}
	}
	if len(spec.Host.Sysctls) != 0 {
		t.Errorf("host sysctls %v: the host does not forward", spec.Host.Sysctls)
	}

	// ping -c 2 192.0.2.9; traceroute -n 192.0.2.9 lists .1 .3 .5 .7 .9.
	var ping, trace *lab.Check
	for i := range spec.Checks {
		switch spec.Checks[i].Kind {
		case lab.CheckPing:
			ping = &spec.Checks[i]
		case lab.CheckTraceroute:
			trace = &spec.Checks[i]
		}
	}
	if ping == nil || ping.Node != lab.HostNode || ping.Target != ma("192.0.2.9") {
		t.Errorf("ping check %+v, want host -> 192.0.2.9", ping)
	}
	wantHops := []netip.Addr{ma("192.0.2.1"), ma("192.0.2.3"), ma("192.0.2.5"), ma("192.0.2.7"), ma("192.0.2.9")}
	if trace == nil || trace.Node != lab.HostNode || trace.Target != ma("192.0.2.9") || !slices.Equal(trace.Hops, wantHops) {
		t.Errorf("traceroute check %+v, want hops %v", trace, wantHops)
	}
}

// TestChainRoutable: for every N, a packet from the host reaches the last hop across N links
// and the reply comes back the same way; each hop can answer the traceroute probe that
// expires at it, and the traceroute check lists exactly the simulated path.
func TestChainRoutable(t *testing.T) {
	for n := 1; n <= 20; n++ {
		t.Run(fmt.Sprintf("chain-%d", n), func(t *testing.T) {
			spec := mustBuild(t, fmt.Sprintf("chain-%d", n))
			if _, err := lab.Compile(spec); err != nil {
				t.Fatal(err)
			}
			net := newSimNet(t, spec)
			var trace *lab.Check
			for i := range spec.Checks {
				if spec.Checks[i].Kind == lab.CheckTraceroute {
					trace = &spec.Checks[i]
				}
			}
			if trace == nil {
				t.Fatal("no traceroute check")
			}
			target := trace.Target
			src, err := net.source(lab.HostNode, target)
			if err != nil {
				t.Fatal(err)
			}
			there, err := net.send(lab.HostNode, src, target)
			if err != nil {
				t.Fatalf("host -> %s: %v", target, err)
			}
			last := fmt.Sprintf("hop%d", n)
			if there.to != last || len(there.path) != n || there.ttl != simTTL-(n-1) {
				t.Fatalf("host -> %s arrived at %s after %d links with ttl %d; want %s, %d links, ttl %d",
					target, there.to, len(there.path), there.ttl, last, n, simTTL-(n-1))
			}
			back, err := net.send(last, target, src)
			if err != nil {
				t.Fatalf("reply %s -> %s: %v", target, src, err)
			}
			if back.to != lab.HostNode || len(back.path) != n || back.ttl != simTTL-(n-1) {
				t.Fatalf("reply arrived at %s after %d links with ttl %d; want host, %d links, ttl %d",
					back.to, len(back.path), back.ttl, n, simTTL-(n-1))
			}
			if n == 5 && back.ttl != 60 {
				t.Errorf("chain-5 reply ttl %d, the article's ping shows ttl=60", back.ttl)
			}

			// Traceroute: probe i expires at the i-th node of the path, which answers from the
			// address it received the probe on (FreeBSD) or the one it sends the answer from
			// (Linux); both must be the listed hop, and the answer must reach the host.
			var hops []netip.Addr
			for i, h := range there.path {
				hops = append(hops, h.ingress)
				from, err := net.source(h.node, src)
				if err != nil {
					t.Fatalf("hop %d (%s) has no route back to %s: %v", i+1, h.node, src, err)
				}
				if from != h.ingress {
					t.Errorf("hop %d (%s) would answer from %s, received on %s", i+1, h.node, from, h.ingress)
				}
				r, err := net.send(h.node, from, src)
				if err != nil || r.to != lab.HostNode || len(r.path) != i+1 {
					t.Errorf("hop %d (%s) answer to the host: %+v, %v", i+1, h.node, r, err)
				}
			}
			if !slices.Equal(trace.Hops, hops) {
				t.Errorf("traceroute check lists %v, the simulated path is %v", trace.Hops, hops)
			}
		})
	}
}

// A tiny IPv4 forwarding model of a Spec's point-to-point links: connected prefixes, static
// routes, longest prefix match, forwarding only where the sysctl enables it.

const simTTL = 64

type simIface struct {
	node, name string
	addr       netip.Prefix
	peer       *simIface
}

type simNode struct {
	ifaces  []*simIface
	routes  []lab.Route
	forward bool
}

type simNet struct{ nodes map[string]*simNode }

type simHop struct {
	node    string
	ingress netip.Addr
}

type simResult struct {
	to   string
	ttl  int
	path []simHop
}

func newSimNet(t *testing.T, spec *lab.Spec) *simNet {
	t.Helper()
	net := &simNet{nodes: map[string]*simNode{}}
	for _, n := range append([]lab.Node{spec.Host}, spec.Nodes...) {
		sn := &simNode{routes: n.Routes}
		for _, s := range n.Sysctls {
			if s.Key == lab.SysctlForwarding && s.Value == "1" {
				sn.forward = true
			}
		}
		net.nodes[n.Name] = sn
	}
	if len(spec.Segments) != 0 {
		t.Fatal("the simulator models point-to-point links only")
	}
	for _, l := range spec.Links {
		if len(l.A.Addrs) != 1 || len(l.B.Addrs) != 1 {
			t.Fatalf("link %s-%s: want one address per end", l.A.Iface, l.B.Iface)
		}
		a := &simIface{node: l.A.Node, name: l.A.Iface, addr: l.A.Addrs[0]}
		b := &simIface{node: l.B.Node, name: l.B.Iface, addr: l.B.Addrs[0], peer: a}
		a.peer = b
		if a.addr.Masked() != b.addr.Masked() || a.addr.Addr() == b.addr.Addr() {
			t.Fatalf("link %s-%s: ends %s and %s are not two hosts of one subnet", a.name, b.name, a.addr, b.addr)
		}
		net.nodes[a.node].ifaces = append(net.nodes[a.node].ifaces, a)
		net.nodes[b.node].ifaces = append(net.nodes[b.node].ifaces, b)
	}
	return net
}

// lookup returns the egress interface and next-hop address for dst, by longest prefix match
// over connected prefixes and static routes (connected wins a tie).
func (sn *simNet) lookup(node string, dst netip.Addr) (*simIface, netip.Addr, error) {
	n := sn.nodes[node]
	var out *simIface
	var nh netip.Addr
	best := -1
	for _, ifc := range n.ifaces {
		if p := ifc.addr.Masked(); p.Contains(dst) && p.Bits() > best {
			out, nh, best = ifc, dst, p.Bits()
		}
	}
	for _, r := range n.routes {
		if !r.Dst.Contains(dst) || r.Dst.Bits() <= best {
			continue
		}
		var via *simIface
		for _, ifc := range n.ifaces {
			if ifc.addr.Masked().Contains(r.Via) {
				via = ifc
			}
		}
		if via == nil {
			return nil, netip.Addr{}, fmt.Errorf("%s: gateway %s of route %s is not on a connected subnet", node, r.Via, r)
		}
		out, nh, best = via, r.Via, r.Dst.Bits()
	}
	if out == nil {
		return nil, netip.Addr{}, fmt.Errorf("%s: no route to %s", node, dst)
	}
	return out, nh, nil
}

// source is the address node sends from towards dst: that of the egress interface.
func (sn *simNet) source(node string, dst netip.Addr) (netip.Addr, error) {
	out, _, err := sn.lookup(node, dst)
	if err != nil {
		return netip.Addr{}, err
	}
	return out.addr.Addr(), nil
}

func (sn *simNet) owns(node string, a netip.Addr) bool {
	for _, ifc := range sn.nodes[node].ifaces {
		if ifc.addr.Addr() == a {
			return true
		}
	}
	return false
}

// send carries a packet from node to dst and says where it was delivered, the TTL it
// arrived with and the nodes it crossed (each with the address it came in on).
func (sn *simNet) send(node string, src, dst netip.Addr) (simResult, error) {
	if !sn.owns(node, src) {
		return simResult{}, fmt.Errorf("%s does not own source %s", node, src)
	}
	res := simResult{ttl: simTTL}
	cur := node
	for {
		out, nh, err := sn.lookup(cur, dst)
		if err != nil {
			return res, err
		}
		if out.peer.addr.Addr() != nh {
			return res, fmt.Errorf("%s: next hop %s is not the peer on %s (%s)", cur, nh, out.name, out.peer.addr)
		}
		cur = out.peer.node
		res.path = append(res.path, simHop{node: cur, ingress: out.peer.addr.Addr()})
		if sn.owns(cur, dst) {
			res.to = cur
			return res, nil
		}
		if !sn.nodes[cur].forward {
			return res, fmt.Errorf("%s does not forward (packet to %s dropped)", cur, dst)
		}
		res.ttl--
		if res.ttl == 0 {
			return res, fmt.Errorf("ttl exceeded at %s: routing loop towards %s", cur, dst)
		}
	}
}

// The simulator itself must catch a broken chain, or the test above proves nothing.
func TestSimulatorCatchesBrokenChains(t *testing.T) {
	breakers := map[string]func(s *lab.Spec){
		"no forwarding on hop2": func(s *lab.Spec) { s.Nodes[1].Sysctls = nil },
		"hop3 loses its route to the last link": func(s *lab.Spec) {
			s.Nodes[2].Routes = s.Nodes[2].Routes[:1]
		},
		"loop between hop1 and hop2": func(s *lab.Spec) {
			s.Nodes[1].Routes[0].Via = ma("192.0.2.2")
		},
		"host without its route": func(s *lab.Spec) { s.Host.Routes = nil },
	}
	for name, brk := range breakers {
		spec := mustBuild(t, "chain-5")
		brk(spec)
		net := newSimNet(t, spec)
		there, err := net.send(lab.HostNode, ma("192.0.2.0"), ma("192.0.2.9"))
		if err == nil {
			back, err2 := net.send("hop5", ma("192.0.2.9"), ma("192.0.2.0"))
			if err2 == nil {
				t.Errorf("%s: the simulator still delivers (%+v, %+v)", name, there, back)
			}
		}
	}
}
