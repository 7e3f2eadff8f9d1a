//go:build linux

package linux

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"time"

	"github.com/vishvananda/netlink"
	"golang.org/x/sys/unix"

	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/probe"
)

// Ping sends count echo requests from inside node, 0.2 s apart, each waiting at most a second.
func (p *Platform) Ping(ctx context.Context, node string, dst netip.Addr, count int) (lab.PingResult, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Duration(count)*time.Second+5*time.Second)
	defer cancel()
	argv := []string{"ping", "-n", "-c", strconv.Itoa(count), "-i", "0.2", "-W", "1", dst.String()}
	out, err := p.runIn(ctx, node, argv)
	res, perr := probe.ParsePing(out)
	if perr != nil {
		return res, errors.Join(err, perr)
	}
	res.Target = dst
	return res, nil // loss is a measurement, not an error
}

// Traceroute traces from inside node with numeric output, three probes a hop, a one-second
// wait, and at most 32 hops.
func (p *Platform) Traceroute(ctx context.Context, node string, dst netip.Addr) (lab.TraceResult, error) {
	// Three probes a hop, at most three in flight (the default sixteen in flight trip the
	// routers' ICMP rate limits on long chains), two seconds' wait: a loaded machine answers
	// late rather than never. A trace with a silent hop is tried once more.
	argv := []string{"traceroute", "-n", "-q", "3", "-N", "3", "-w", "2", "-m", "32", dst.String()}
	var res lab.TraceResult
	var err error
	for attempt := 0; attempt < 2; attempt++ {
		tctx, cancel := context.WithTimeout(ctx, 70*time.Second)
		out, rerr := p.runIn(tctx, node, argv)
		cancel()
		var perr error
		res, perr = probe.ParseTraceroute(out)
		if perr != nil {
			err = errors.Join(rerr, perr)
			continue
		}
		err = nil
		if !silentHop(res) {
			break
		}
	}
	return res, err
}

func silentHop(t lab.TraceResult) bool {
	for _, h := range t.Hops {
		if !h.Addr.IsValid() {
			return true
		}
	}
	return false
}

// Ifaces lists a node's interfaces with their state and IPv4 addresses.
func (p *Platform) Ifaces(ctx context.Context, node string) ([]lab.Iface, error) {
	n, done, err := p.node(node)
	if err != nil {
		return nil, err
	}
	defer done()
	links, err := n.h.LinkList()
	if err != nil {
		return nil, fmt.Errorf("list links in %s: %w", node, err)
	}
	out := make([]lab.Iface, 0, len(links))
	for _, l := range links {
		a := l.Attrs()
		ifc := lab.Iface{Name: a.Name, Up: a.Flags&net.FlagUp != 0, MTU: a.MTU}
		addrs, err := n.h.AddrList(l, unix.AF_INET)
		if err != nil {
			return nil, fmt.Errorf("list addresses of %s in %s: %w", a.Name, node, err)
		}
		for _, ad := range addrs {
			ip, _ := netip.AddrFromSlice(ad.IP.To4())
			ones, _ := ad.Mask.Size()
			ifc.Addrs = append(ifc.Addrs, netip.PrefixFrom(ip, ones))
		}
		out = append(out, ifc)
	}
	return out, nil
}

// Neighbors lists a node's IPv4 neighbor (ARP) entries that hold an address.
func (p *Platform) Neighbors(ctx context.Context, node string) ([]lab.Neighbor, error) {
	n, done, err := p.node(node)
	if err != nil {
		return nil, err
	}
	defer done()
	neighs, err := n.h.NeighList(0, unix.AF_INET)
	if err != nil {
		return nil, fmt.Errorf("list neighbors in %s: %w", node, err)
	}
	var out []lab.Neighbor
	for _, ne := range neighs {
		if ne.State&(netlink.NUD_FAILED|netlink.NUD_INCOMPLETE) != 0 || len(ne.HardwareAddr) == 0 {
			continue
		}
		ip, _ := netip.AddrFromSlice(ne.IP.To4())
		nb := lab.Neighbor{Addr: ip, MAC: ne.HardwareAddr.String(), State: neighState(ne.State)}
		if l, err := n.h.LinkByIndex(ne.LinkIndex); err == nil {
			nb.Iface = l.Attrs().Name
		}
		out = append(out, nb)
	}
	return out, nil
}

func neighState(s int) string {
	switch {
	case s&netlink.NUD_PERMANENT != 0:
		return "permanent"
	case s&netlink.NUD_REACHABLE != 0:
		return "reachable"
	case s&netlink.NUD_STALE != 0:
		return "stale"
	case s&netlink.NUD_DELAY != 0:
		return "delay"
	case s&netlink.NUD_PROBE != 0:
		return "probe"
	}
	return "other"
}

// Routes lists a node's main IPv4 table.
func (p *Platform) Routes(ctx context.Context, node string) ([]lab.RouteEntry, error) {
	n, done, err := p.node(node)
	if err != nil {
		return nil, err
	}
	defer done()
	routes, err := n.h.RouteListFiltered(unix.AF_INET, &netlink.Route{Table: unix.RT_TABLE_MAIN}, netlink.RT_FILTER_TABLE)
	if err != nil {
		return nil, fmt.Errorf("list routes in %s: %w", node, err)
	}
	out := make([]lab.RouteEntry, 0, len(routes))
	names := map[int]string{}
	for _, r := range routes {
		e := lab.RouteEntry{Proto: r.Protocol.String()}
		if r.Dst != nil {
			ip, _ := netip.AddrFromSlice(r.Dst.IP.To4())
			ones, _ := r.Dst.Mask.Size()
			e.Dst = netip.PrefixFrom(ip, ones)
		} else {
			e.Dst = netip.PrefixFrom(netip.IPv4Unspecified(), 0)
		}
		if r.Gw != nil {
			e.Via, _ = netip.AddrFromSlice(r.Gw.To4())
		}
		if r.LinkIndex > 0 {
			if _, ok := names[r.LinkIndex]; !ok {
				if l, err := n.h.LinkByIndex(r.LinkIndex); err == nil {
					names[r.LinkIndex] = l.Attrs().Name
				}
			}
			e.Iface = names[r.LinkIndex]
		}
		out = append(out, e)
	}
	return out, nil
}
