package collect

import (
	"context"
	"fmt"
	"io"
	"sync"

	"github.com/vnetbench/vnetbench/lab"
)

// IfaceSampler samples the counters of a node's interfaces with one query per tick: the
// bridge (the `netstat -ihw 1 -I bridge` view, as per-second rates) and the sum over every
// node link's host end. Every PerLinkEvery-th tick it also keeps each link's own rates.
type IfaceSampler struct {
	Src    lab.CounterSource
	Node   string // where the bridge and the links' host ends live
	Bridge string
	// IsLink selects the node-link ends among the node's interfaces (epair<N>a).
	IsLink       func(name string) bool
	PerLinkEvery int
	// Live, if set, receives one netstat -ihw style row per tick.
	Live io.Writer
	// PortSums derives the bridge's counters from its member ports (the IsLink ends): input
	// is what the ports received from the nodes, output what the bridge sent them, which is
	// what FreeBSD's if_bridge counts. A Linux bridge device counts only frames to and from
	// the host stack itself.
	PortSums bool

	mu    sync.Mutex
	prev  map[string]lab.LinkCounters
	prevT float64
	ticks int
	rows  int
}

// Name implements runner.Sampler.
func (s *IfaceSampler) Name() string { return "interfaces" }

// Sample implements runner.Sampler.
func (s *IfaceSampler) Sample(ctx context.Context, t float64) []lab.Series {
	cs, err := s.Src.LinkCounters(ctx, s.Node)
	if err != nil {
		return nil // the node is not there yet (build start) or gone (teardown)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	cur := make(map[string]lab.LinkCounters, len(cs))
	for _, c := range cs {
		cur[c.Name] = c
	}
	prev, dt := s.prev, t-s.prevT
	s.prev, s.prevT = cur, t
	s.ticks++
	if prev == nil || dt <= 0 {
		return nil
	}
	var out []lab.Series
	pt := func(name string, v float64, labels map[string]string) {
		out = append(out, lab.Series{Name: name, Labels: labels, Points: []lab.Point{{T: t, V: v}}})
	}
	var sum lab.LinkCounters
	perLink := s.PerLinkEvery > 0 && s.ticks%s.PerLinkEvery == 0
	for name, c := range cur {
		if s.IsLink == nil || !s.IsLink(name) {
			continue
		}
		p, ok := prev[name]
		if !ok {
			continue
		}
		d := diff(c, p)
		sum.RxPackets += d.RxPackets
		sum.TxPackets += d.TxPackets
		sum.RxBytes += d.RxBytes
		sum.TxBytes += d.TxBytes
		sum.RxErrors += d.RxErrors
		sum.TxErrors += d.TxErrors
		sum.RxDrops += d.RxDrops
		sum.TxDrops += d.TxDrops
		if perLink {
			pt(lab.SeriesLinkRxPackets, float64(d.RxPackets)/dt, map[string]string{"link": name})
		}
	}
	if b, ok := cur[s.Bridge]; ok {
		if p, ok := prev[s.Bridge]; ok {
			d := diff(b, p)
			if s.PortSums {
				d = sum
			}
			pt(lab.SeriesBridgeRxPackets, float64(d.RxPackets)/dt, nil)
			pt(lab.SeriesBridgeTxPackets, float64(d.TxPackets)/dt, nil)
			pt(lab.SeriesBridgeRxBytes, float64(d.RxBytes)/dt, nil)
			pt(lab.SeriesBridgeTxBytes, float64(d.TxBytes)/dt, nil)
			pt(lab.SeriesBridgeRxErrors, float64(d.RxErrors)/dt, nil)
			pt(lab.SeriesBridgeTxErrors, float64(d.TxErrors)/dt, nil)
			pt(lab.SeriesBridgeRxDrops, float64(d.RxDrops)/dt, nil)
			pt(lab.SeriesBridgeTxDrops, float64(d.TxDrops)/dt, nil)
			if s.Live != nil {
				s.liveRow(d, dt)
			}
		}
	}
	if s.IsLink == nil {
		return out
	}
	pt(lab.SeriesLinksRxPackets, float64(sum.RxPackets)/dt, nil)
	pt(lab.SeriesLinksTxPackets, float64(sum.TxPackets)/dt, nil)
	pt(lab.SeriesLinksRxDrops, float64(sum.RxDrops)/dt, nil)
	pt(lab.SeriesLinksTxDrops, float64(sum.TxDrops)/dt, nil)
	return out
}

func diff(c, p lab.LinkCounters) lab.LinkCounters {
	sub := func(a, b uint64) uint64 {
		if a < b {
			return 0 // counter reset
		}
		return a - b
	}
	return lab.LinkCounters{Name: c.Name,
		RxPackets: sub(c.RxPackets, p.RxPackets), TxPackets: sub(c.TxPackets, p.TxPackets),
		RxBytes: sub(c.RxBytes, p.RxBytes), TxBytes: sub(c.TxBytes, p.TxBytes),
		RxErrors: sub(c.RxErrors, p.RxErrors), TxErrors: sub(c.TxErrors, p.TxErrors),
		RxDrops: sub(c.RxDrops, p.RxDrops), TxDrops: sub(c.TxDrops, p.TxDrops)}
}

// liveRow prints one row in FreeBSD's `netstat -ihw 1 -I BR` layout, the banner again every
// 21 rows as netstat does.
func (s *IfaceSampler) liveRow(d lab.LinkCounters, dt float64) {
	if s.rows%21 == 0 {
		fmt.Fprint(s.Live, NetstatBanner(s.Bridge))
	}
	s.rows++
	per := func(v uint64) uint64 { return uint64(float64(v)/dt + 0.5) }
	fmt.Fprintln(s.Live, NetstatRow(per(d.RxPackets), per(d.RxErrors), per(d.RxDrops), per(d.RxBytes),
		per(d.TxPackets), per(d.TxErrors), per(d.TxBytes), 0))
}

// NetstatBanner is the two-line header of `netstat -ihw 1 -I name`.
func NetstatBanner(name string) string {
	return fmt.Sprintf("%17s %14s %16s\n%10s %5s %5s %10s %10s %5s %10s %5s\n",
		"input", name, "output", "packets", "errs", "idrops", "bytes", "packets", "errs", "bytes", "colls")
}

// NetstatRow formats one row as `netstat -ihw` does: counts humanized with base 1000 and a
// lowercase k, bytes with base 1024 and an uppercase K.
func NetstatRow(ipk, ierr, idrop, ibytes, opk, oerr, obytes, colls uint64) string {
	return fmt.Sprintf("%10s %5s %5s %10s %10s %5s %10s %5s",
		Humanize(ipk, false), Humanize(ierr, false), Humanize(idrop, false), Humanize(ibytes, true),
		Humanize(opk, false), Humanize(oerr, false), Humanize(obytes, true), Humanize(colls, false))
}

// Humanize renders v as FreeBSD's humanize_number(buf, 5, v, "", HN_AUTOSCALE, HN_NOSPACE |
// HN_DECIMAL [| HN_DIVISOR_1000]) does for netstat -h: at most 4 characters; counts with base
// 1000 and a lowercase k, bytes with base 1024 and an uppercase K; one decimal below 10 units.
// It works in integers, as the C code does, so halves round up exactly like netstat's.
func Humanize(v uint64, bytes bool) string {
	divisor, deccut := uint64(1000), uint64(950)
	prefixes := []string{"", "k", "M", "G", "T", "P", "E"}
	if bytes {
		divisor, deccut = 1024, 973
		prefixes = []string{"", "K", "M", "G", "T", "P", "E"}
	}
	const max = 1000 // 10^(len 5 - baselen 2): three digits fit
	quotient, remainder := v, uint64(0)
	i := 0
	// Divide until it fits; divide once more if rounding would overflow the columns.
	for (quotient >= max || (quotient == max-1 && (remainder >= deccut || remainder >= divisor/2))) && i < len(prefixes)-1 {
		remainder = quotient % divisor
		quotient /= divisor
		i++
	}
	if i > 0 && (quotient < 9 || (quotient == 9 && remainder < deccut)) {
		s1 := quotient + (remainder*10+divisor/2)/divisor/10
		s2 := (remainder*10 + divisor/2) / divisor % 10
		return fmt.Sprintf("%d.%d%s", s1, s2, prefixes[i])
	}
	return fmt.Sprintf("%d%s", quotient+(remainder+divisor/2)/divisor, prefixes[i])
}
