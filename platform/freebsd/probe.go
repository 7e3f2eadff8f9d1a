package freebsd

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/probe"
)

// PingArgv sends count echo requests 0.2 s apart, waits a second for the last reply and gives
// up after count+2 seconds in all (-t), numeric output.
func PingArgv(dst netip.Addr, count int) []string {
	return []string{"ping", "-n", "-c", strconv.Itoa(count), "-i", "0.2", "-W", "1000",
		"-t", strconv.Itoa(count + 2), dst.String()}
}

// TracerouteArgv traces numerically, three probes a hop, a one-second wait, 32 hops at most.
func TracerouteArgv(dst netip.Addr) []string {
	return []string{"traceroute", "-n", "-q", "3", "-w", "1", "-m", "32", dst.String()}
}

// Ping pings dst from inside node (jexec J ping …; the host pings from its own stack). Loss
// is a measurement, not an error: ping exits 2 when nothing came back, and the parsed
// summary is returned.
func (p *Platform) Ping(ctx context.Context, node string, dst netip.Addr, count int) (lab.PingResult, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Duration(count+7)*time.Second)
	defer cancel()
	out, err := p.ex.Run(ctx, p.in(node, PingArgv(dst, count)...))
	res, perr := probe.ParsePing(out)
	if perr != nil {
		return res, errors.Join(err, perr)
	}
	res.Target = dst
	return res, nil
}

// Traceroute traces dst from inside node.
func (p *Platform) Traceroute(ctx context.Context, node string, dst netip.Addr) (lab.TraceResult, error) {
	ctx, cancel := context.WithTimeout(ctx, 40*time.Second)
	defer cancel()
	out, err := p.ex.Run(ctx, p.in(node, TracerouteArgv(dst)...))
	res, perr := probe.ParseTraceroute(out)
	if perr != nil {
		return res, errors.Join(err, perr)
	}
	return res, nil
}

// Ifaces lists the interfaces node's vnet holds (jexec J ifconfig), with state, MTU and IPv4
// addresses. The node's own loopback lo0 is listed twice: as lo0 and as "lo", the portable
// name checks use for it.
func (p *Platform) Ifaces(ctx context.Context, node string) ([]lab.Iface, error) {
	out, err := p.ex.Run(ctx, p.in(node, "ifconfig"))
	if err != nil {
		return nil, fmt.Errorf("interfaces of %s: %w", node, err)
	}
	blocks, err := ParseIfconfig(out)
	if err != nil {
		return nil, fmt.Errorf("interfaces of %s: %w", node, err)
	}
	res := make([]lab.Iface, 0, len(blocks)+1)
	for _, b := range blocks {
		ifc := lab.Iface{Name: b.Name, Up: b.Up(), MTU: b.MTU}
		for _, a := range b.Addrs {
			if a.Addr.Is4() {
				ifc.Addrs = append(ifc.Addrs, a.Prefix())
			}
		}
		res = append(res, ifc)
		if b.Name == "lo0" {
			lo := ifc
			lo.Name = "lo"
			res = append(res, lo)
		}
	}
	return res, nil
}

// Neighbors lists node's ARP entries (jexec J arp -na) that hold a link-layer address. The
// node's own addresses, which FreeBSD lists as permanent entries, are left out, as they are
// from Linux's neighbor table.
func (p *Platform) Neighbors(ctx context.Context, node string) ([]lab.Neighbor, error) {
	out, err := p.ex.Run(ctx, p.in(node, "arp", "-na"))
	if err != nil {
		return nil, fmt.Errorf("arp table of %s: %w", node, err)
	}
	entries, err := ParseArp(out)
	if err != nil {
		return nil, fmt.Errorf("arp table of %s: %w", node, err)
	}
	var res []lab.Neighbor
	for _, e := range entries {
		if e.Incomplete || e.Permanent || e.MAC == nil {
			continue
		}
		state := "reachable"
		if e.Expires == 0 {
			state = "stale"
		}
		res = append(res, lab.Neighbor{Addr: e.IP, MAC: e.MAC.String(), Iface: e.Iface, State: state})
	}
	return res, nil
}

// RoutesArgv dumps the IPv4 routing table as libxo JSON.
func RoutesArgv() []string { return []string{"netstat", "--libxo", "json", "-4rn"} }

// Routes lists node's IPv4 routing table (jexec J netstat -4rn) without the routes to the
// node's own addresses (host routes through link#N: 127.0.0.1, its interface addresses),
// which Linux keeps in its local table. A host destination becomes a /32; Proto is "static"
// for S routes and "proto1" for routes a daemon installed with RTF_PROTO1 (BIRD).
func (p *Platform) Routes(ctx context.Context, node string) ([]lab.RouteEntry, error) {
	out, err := p.ex.Run(ctx, p.in(node, RoutesArgv()...))
	if err != nil {
		return nil, fmt.Errorf("routes of %s: %w", node, err)
	}
	rs, err := ParseNetstatRoutes(out)
	if err != nil {
		return nil, fmt.Errorf("routes of %s: %w", node, err)
	}
	return routeEntries(rs)
}

func routeEntries(rs []Route) ([]lab.RouteEntry, error) {
	res := make([]lab.RouteEntry, 0, len(rs))
	for _, r := range rs {
		if r.Family != "inet" {
			continue
		}
		if r.HasFlags("H") && strings.HasPrefix(r.Gateway, "link#") {
			continue
		}
		e := lab.RouteEntry{Iface: r.Netif}
		switch {
		case r.Destination == "default":
			e.Dst = netip.PrefixFrom(netip.IPv4Unspecified(), 0)
		case strings.Contains(r.Destination, "/"):
			pf, err := netip.ParsePrefix(r.Destination)
			if err != nil {
				return nil, fmt.Errorf("route destination %q: %w", r.Destination, err)
			}
			e.Dst = pf
		default:
			a, ok := addrOf(r.Destination)
			if !ok {
				return nil, fmt.Errorf("route destination %q is not an address", r.Destination)
			}
			e.Dst = netip.PrefixFrom(a, a.BitLen())
		}
		if a, ok := addrOf(r.Gateway); ok {
			e.Via = a
		}
		switch {
		case r.HasFlags("1"):
			e.Proto = "proto1"
		case r.HasFlags("S"):
			e.Proto = "static"
		}
		res = append(res, e)
	}
	return res, nil
}

// CountersArgv reads every interface's counters, bytes and drops included, as libxo JSON.
func CountersArgv() []string { return []string{"netstat", "--libxo", "json", "-ibnd"} }

// LinkCounters reads the counters of every interface node's vnet holds with one netstat
// (the link rows of netstat -ibnd), for collect.IfaceSampler.
func (p *Platform) LinkCounters(ctx context.Context, node string) ([]lab.LinkCounters, error) {
	out, err := p.ex.Run(ctx, p.in(node, CountersArgv()...))
	if err != nil {
		return nil, err
	}
	rows, err := ParseNetstatInterfaces(out)
	if err != nil {
		return nil, err
	}
	var res []lab.LinkCounters
	for _, r := range rows {
		if r.Link {
			res = append(res, linkCounters(r))
		}
	}
	return res, nil
}

func linkCounters(r NetstatInterface) lab.LinkCounters {
	return lab.LinkCounters{Name: r.Name,
		RxPackets: r.InPackets, TxPackets: r.OutPackets, RxBytes: r.InBytes, TxBytes: r.OutBytes,
		RxErrors: r.InErrors, TxErrors: r.OutErrors, RxDrops: r.InDrops, TxDrops: r.OutDrops}
}
