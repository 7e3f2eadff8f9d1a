package freebsd

import (
	"context"
	"strconv"
	"strings"
	"sync"

	"github.com/vnetbench/vnetbench/lab"
)

// Sampler is what the runner polls once a second (runner.Sampler has the same methods; this
// package does not import the runner). Each Sample runs one or a few commands through the
// executor and returns at once if they fail: a lab still being built or already gone has
// nothing to sample.
type Sampler interface {
	Name() string
	Sample(ctx context.Context, t float64) []lab.Series
}

var (
	_ Sampler = (*BridgeSampler)(nil)
	_ Sampler = (*DaemonMemSampler)(nil)
	_ Sampler = (*FIBSampler)(nil)
	_ Sampler = (*SystemSampler)(nil)
)

// Samplers returns the samplers for a run of plan: the bridge's counters for each segment,
// the daemons' memory, the FIB of a few nodes per tick, and load and free memory.
func (p *Platform) Samplers(plan *lab.Plan) []Sampler {
	var out []Sampler
	for _, sg := range plan.Spec.Segments {
		out = append(out, &BridgeSampler{Ex: p.ex, Bridge: sg.Name})
	}
	if len(plan.Spec.Daemons) > 0 {
		out = append(out, &DaemonMemSampler{Ex: p.ex, Prefix: p.prefix})
		var jails []string
		for _, d := range plan.Spec.Daemons {
			jails = append(jails, p.JailName(d.Node))
		}
		out = append(out, &FIBSampler{Ex: p.ex, Jails: jails, Prefix: p.prefix})
	}
	return append(out, &SystemSampler{Ex: p.ex})
}

// BridgeArgv reads one interface's counters (the link row and its addresses) as libxo JSON.
func BridgeArgv(bridge string) []string {
	return []string{"netstat", "--libxo", "json", "-ibnd", "-I", bridge}
}

// BridgeSampler samples a bridge's counters on the host (netstat -ibnd -I BR) and reports the
// change since the previous sample per second: the article's `netstat -ihw 1 -I
// vnetdemobridge` view, as lab.SeriesBridge* rates. Drops are the input queue drops and, with
// -d, the output queue drops.
type BridgeSampler struct {
	Ex     lab.Executor
	Bridge string

	mu    sync.Mutex
	prev  *IfCounters
	prevT float64
}

// Name implements Sampler.
func (s *BridgeSampler) Name() string { return "bridge" }

// Sample implements Sampler.
func (s *BridgeSampler) Sample(ctx context.Context, t float64) []lab.Series {
	out, err := s.Ex.Run(ctx, BridgeArgv(s.Bridge))
	if err != nil {
		return nil
	}
	rows, err := ParseNetstatInterfaces(out)
	if err != nil {
		return nil
	}
	var cur *IfCounters
	for _, r := range rows {
		if r.Link && r.Name == s.Bridge {
			c := r.IfCounters
			cur = &c
		}
	}
	if cur == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	prev, dt := s.prev, t-s.prevT
	s.prev, s.prevT = cur, t
	if prev == nil || dt <= 0 {
		return nil
	}
	rate := func(c, p uint64) float64 {
		if c < p {
			return 0 // the bridge was recreated
		}
		return float64(c-p) / dt
	}
	pt := func(name string, v float64) lab.Series {
		return lab.Series{Name: name, Points: []lab.Point{{T: t, V: v}}}
	}
	return []lab.Series{
		pt(lab.SeriesBridgeRxPackets, rate(cur.InPackets, prev.InPackets)),
		pt(lab.SeriesBridgeTxPackets, rate(cur.OutPackets, prev.OutPackets)),
		pt(lab.SeriesBridgeRxBytes, rate(cur.InBytes, prev.InBytes)),
		pt(lab.SeriesBridgeTxBytes, rate(cur.OutBytes, prev.OutBytes)),
		pt(lab.SeriesBridgeRxErrors, rate(cur.InErrors, prev.InErrors)),
		pt(lab.SeriesBridgeTxErrors, rate(cur.OutErrors, prev.OutErrors)),
		pt(lab.SeriesBridgeRxDrops, rate(cur.InDrops, prev.InDrops)),
		pt(lab.SeriesBridgeTxDrops, rate(cur.OutDrops, prev.OutDrops)),
	}
}

// PsArgv lists every process with its jail, resident and virtual size, as libxo JSON.
func PsArgv() []string {
	return []string{"ps", "--libxo", "json", "-axo", "pid,jid,rss,vsz,comm"}
}

// JailsArgv lists jails, dying ones included, by jid and name, as libxo JSON.
func JailsArgv() []string { return []string{"jls", "--libxo", "json", "-d", "jid", "name"} }

// DaemonMemSampler sums the resident memory of the daemons in the lab's jails (ps -axo
// pid,jid,rss,vsz,comm) as lab.SeriesDaemonRSS. Jails are recognised by name prefix; their
// jids are looked up with jls when a daemon shows up in a jail not seen before.
type DaemonMemSampler struct {
	Ex lab.Executor
	// Prefix selects the lab's jails; empty counts daemons in every jail.
	Prefix string
	// Command is the process name; empty means bird.
	Command string

	mu   sync.Mutex
	ours map[int]bool // jid -> in the lab
}

// Name implements Sampler.
func (s *DaemonMemSampler) Name() string { return "daemon-memory" }

// Sample implements Sampler.
func (s *DaemonMemSampler) Sample(ctx context.Context, t float64) []lab.Series {
	out, err := s.Ex.Run(ctx, PsArgv())
	if err != nil {
		return nil
	}
	procs, err := ParsePs(out)
	if err != nil {
		return nil
	}
	name := s.Command
	if name == "" {
		name = birdDaemon
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ours == nil {
		s.ours = map[int]bool{}
	}
	var rss uint64
	n := 0
	looked := false
	for _, pr := range procs {
		if pr.Command != name || pr.JID == 0 {
			continue
		}
		if s.Prefix != "" {
			if _, known := s.ours[pr.JID]; !known && !looked {
				s.lookupJails(ctx)
				looked = true
			}
			if !s.ours[pr.JID] {
				continue
			}
		}
		rss += pr.RSS
		n++
	}
	if n == 0 {
		return nil
	}
	return []lab.Series{{Name: lab.SeriesDaemonRSS, Points: []lab.Point{{T: t, V: float64(rss)}}}}
}

// lookupJails refreshes which jids belong to the lab. Callers hold mu.
func (s *DaemonMemSampler) lookupJails(ctx context.Context) {
	out, err := s.Ex.Run(ctx, JailsArgv())
	if err != nil {
		return
	}
	jails, err := ParseJls(out)
	if err != nil {
		return
	}
	for _, j := range jails {
		s.ours[j.JID] = strings.HasPrefix(j.Name, s.Prefix)
	}
}

// FIBSampler counts the routes each jail's daemon installed in its kernel FIB (the
// article's `jexec jail1 netstat -4rn | grep UGH1 | wc -l`), as lab.SeriesFIBRoutes labelled
// with the node. One netstat per jail is a fork each, so it samples PerTick jails a tick,
// round robin.
type FIBSampler struct {
	Ex    lab.Executor
	Jails []string
	// Prefix is removed from a jail's name to label its series with the node name.
	Prefix string
	// PerTick is how many jails one Sample reads; 0 means 8.
	PerTick int

	mu   sync.Mutex
	next int
}

// Name implements Sampler.
func (s *FIBSampler) Name() string { return "fib" }

// Sample implements Sampler.
func (s *FIBSampler) Sample(ctx context.Context, t float64) []lab.Series {
	if len(s.Jails) == 0 {
		return nil
	}
	n := s.PerTick
	if n <= 0 {
		n = 8
	}
	n = min(n, len(s.Jails))
	s.mu.Lock()
	start := s.next
	s.next = (s.next + n) % len(s.Jails)
	s.mu.Unlock()
	var out []lab.Series
	for i := range n {
		jail := s.Jails[(start+i)%len(s.Jails)]
		b, err := s.Ex.Run(ctx, append([]string{"jexec", jail}, RoutesArgv()...))
		if err != nil {
			continue
		}
		rs, err := ParseNetstatRoutes(b)
		if err != nil {
			continue
		}
		out = append(out, lab.Series{Name: lab.SeriesFIBRoutes,
			Labels: map[string]string{"node": strings.TrimPrefix(jail, s.Prefix)},
			Points: []lab.Point{{T: t, V: float64(CountLearnedHostRoutes(rs))}}})
	}
	return out
}

// SystemArgv reads the load averages and what memory the box has to spare, in one sysctl.
func SystemArgv() []string {
	return []string{"sysctl", "-n", "vm.loadavg", "hw.pagesize", "vm.stats.vm.v_free_count", "vm.stats.vm.v_inactive_count"}
}

// SystemSampler samples the one-minute load average (vm.loadavg, "{ 0.52 0.41 0.38 }") as
// lab.SeriesLoad1, and free plus inactive memory as lab.SeriesMemAvailable.
type SystemSampler struct {
	Ex lab.Executor
}

// Name implements Sampler.
func (s *SystemSampler) Name() string { return "system" }

// Sample implements Sampler.
func (s *SystemSampler) Sample(ctx context.Context, t float64) []lab.Series {
	out, err := s.Ex.Run(ctx, SystemArgv())
	if err != nil {
		return nil
	}
	ls := lines(out)
	if len(ls) != 4 {
		return nil
	}
	var res []lab.Series
	if f := strings.Fields(strings.Trim(strings.TrimSpace(ls[0]), "{}")); len(f) >= 1 {
		if v, err := strconv.ParseFloat(f[0], 64); err == nil {
			res = append(res, lab.Series{Name: lab.SeriesLoad1, Points: []lab.Point{{T: t, V: v}}})
		}
	}
	var v [3]uint64
	for i := range v {
		n, err := strconv.ParseUint(strings.TrimSpace(ls[i+1]), 10, 64)
		if err != nil {
			return res
		}
		v[i] = n
	}
	return append(res, lab.Series{Name: lab.SeriesMemAvailable, Points: []lab.Point{{T: t, V: float64((v[1] + v[2]) * v[0])}}})
}
