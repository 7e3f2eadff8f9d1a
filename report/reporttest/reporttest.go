// Package reporttest builds realistic synthetic run records for tests of reports and of the
// commands that read records. The records look like what the samplers write (1 Hz series,
// per-node convergence, phase timings) but are computed, seeded and deterministic.
package reporttest

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

// Start is the start time of every synthetic record with Day 0; records for later days
// start Day×24h later, so trend tests get stable dates.
var Start = time.Date(2025, 3, 14, 2, 0, 0, 0, time.UTC)

// Options shapes a synthetic record. The zero value of each field picks a sensible default.
type Options struct {
	// Nodes is the number of routers (OSPF) or hops (chain). Default 16 for OSPF, 5 for chain.
	Nodes int
	// Seconds is the run's approximate length. Default 300 for OSPF, 40 for chain.
	Seconds int
	// Seed drives the jitter of every value; records with equal options and seeds are equal.
	Seed uint64
	// Day shifts Start by that many days (trend tests).
	Day int
	// Repeat numbers a run within its day; it goes into the ID.
	Repeat int
	// Jitter is the relative noise applied to headline metrics (default 0.02; set a negative
	// value for none).
	Jitter float64
	// Scale multiplies headline metrics (and the matching phase durations) by name, to build
	// records with known differences.
	Scale map[string]float64
	// Fail makes the run fail: a daemon exits, a node lacks routes, a check fails.
	Fail bool
}

func (o *Options) defaults(nodes, secs int) {
	if o.Nodes == 0 {
		o.Nodes = nodes
	}
	if o.Seconds == 0 {
		o.Seconds = secs
	}
	if o.Jitter == 0 {
		o.Jitter = 0.02
	}
	if o.Jitter < 0 {
		o.Jitter = 0
	}
}

type gen struct {
	o   Options
	rnd *rand.Rand
	r   *lab.Record
}

func newGen(o Options, scenario string, params map[string]string, platform string) *gen {
	g := &gen{o: o, rnd: rand.New(rand.NewPCG(o.Seed, 0x9e3779b97f4a7c15))}
	start := Start.Add(time.Duration(o.Day)*24*time.Hour + time.Duration(o.Repeat)*10*time.Minute)
	g.r = &lab.Record{
		Schema:   lab.RecordSchema,
		ID:       fmt.Sprintf("%s-%s-%d", start.Format("20060102T150405Z"), scenario, o.Repeat),
		Scenario: scenario,
		Params:   params,
		Platform: platform,
		Env: lab.Env{
			OS:        "linux",
			Kernel:    "6.12.48+deb13-amd64",
			Hostname:  "lab1.example.net",
			CPU:       "AMD EPYC 7302P 16-Core Processor",
			Cores:     32,
			MemBytes:  64 << 30,
			Tools:     map[string]string{"bird": "2.17.1", "ip": "iproute2-6.15.0"},
			Version:   "0.3.0",
			Commit:    "2423efa",
			GoVersion: "go1.26.8",
		},
		Start:   start,
		Metrics: map[string]float64{},
		OK:      true,
	}
	return g
}

// jit returns v with relative noise of up to ±Jitter.
func (g *gen) jit(v float64) float64 {
	return v * (1 + g.o.Jitter*(2*g.rnd.Float64()-1))
}

func (g *gen) scale(name string) float64 {
	if s, ok := g.o.Scale[name]; ok {
		return s
	}
	return 1
}

// phases lays phases end to end from t=0 and returns their start offsets in seconds.
func (g *gen) phases(names []string, secs []float64) []float64 {
	var offs []float64
	t := 0.0
	for i, n := range names {
		d := time.Duration(secs[i] * float64(time.Second))
		g.r.Phases = append(g.r.Phases, lab.PhaseTiming{
			Name: n, Start: g.r.Start.Add(time.Duration(t * float64(time.Second))), Duration: d, Seconds: d.Seconds(),
		})
		offs = append(offs, t)
		t += secs[i]
	}
	return offs
}

func (g *gen) series(name, unit string, labels map[string]string, n int, f func(t float64) float64) {
	s := lab.Series{Name: name, Unit: unit, Labels: labels}
	for i := 0; i <= n; i++ {
		t := float64(i)
		v := f(t)
		if v < 0 {
			v = 0
		}
		s.Points = append(s.Points, lab.Point{T: t, V: math.Round(v*1000) / 1000})
	}
	g.r.Series = append(g.r.Series, s)
}

// ramp is 0 before a, 1 after b and linear between.
func ramp(t, a, b float64) float64 {
	switch {
	case t <= a:
		return 0
	case t >= b:
		return 1
	}
	return (t - a) / (b - a)
}

func within(t, a, b float64) bool { return t >= a && t < b }

// OSPF returns the record of an ospf-N run: N BIRD routers on one bridge, every series filled
// at 1 Hz, per-node convergence, checks and headline metrics.
func OSPF(o Options) *lab.Record {
	o.defaults(16, 300)
	n := o.Nodes
	g := newGen(o, fmt.Sprintf("ospf-%d", n), map[string]string{"timers": "default", "mtu": "9000"}, "linux-netns")
	r := g.r
	secs := float64(o.Seconds)

	build := g.jit(0.1*secs) * g.scale(lab.MetricBuildSec)
	daemons := g.jit(0.012*secs) * g.scale(lab.MetricDaemonStartSec)
	converge := g.jit(0.19*secs) * g.scale(lab.MetricConvergeSec)
	verify := g.jit(0.05 * secs)
	teardown := g.jit(0.08*secs) * g.scale(lab.MetricTeardownSec)
	// The steady phase has a fixed length (the scenario holds the lab that long), so a slower
	// convergence makes the run longer rather than shortening steady state.
	steady := max(1, g.jit(0.56*secs))
	offs := g.phases([]string{"build", "daemons", "converge", "verify", "steady", "teardown"},
		[]float64{build, daemons, converge, verify, steady, teardown})
	tDaemons, tConv, tVerify, tTear := offs[1], offs[2], offs[3], offs[5]
	tConvEnd := tVerify
	end := int(offs[5] + teardown)
	secs = float64(end)

	// Per-node convergence: neighbors after the first hellos, two-way soon after, LSAs and
	// routes once the wait timer elected DR/BDR, a tail of slower nodes.
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("r%02d", i+1)
	}
	slow := names[(n*3)/4]
	for i, name := range names {
		base := tConv + (tConvEnd-tConv)*0.55
		tail := g.rnd.ExpFloat64() * (tConvEnd - tConv) * 0.06
		if name == slow {
			tail = (tConvEnd - tConv) * 0.38
		}
		nb := tDaemons + 1 + g.rnd.Float64()*2
		c := map[string]float64{
			"neighbors":   round1(nb),
			"two-way":     round1(nb + 0.5 + g.rnd.Float64()),
			"lsas":        round1(base + tail),
			"bird-routes": round1(base + tail + 0.4),
			"fib-routes":  round1(base + tail + 0.9),
		}
		c["all"] = c["fib-routes"]
		rss := g.jit(7.3 * (1 << 20))
		if i >= n-2 { // DR and BDR keep an adjacency with everyone: bigger.
			rss = g.jit(19.5 * (1 << 20))
		}
		nr := lab.NodeResult{Name: name, Converged: c, RSSBytes: uint64(rss), PSSBytes: uint64(rss * 0.38)}
		if o.Fail && i == n/3 {
			nr.Converged = map[string]float64{"neighbors": c["neighbors"], "two-way": c["two-way"], "lsas": c["lsas"], "bird-routes": c["bird-routes"]}
			nr.Lacking = []string{"fib-routes", "all"}
		}
		if o.Fail && i == n/2 {
			exit := tConv + (tConvEnd-tConv)*0.3
			nr.Converged = map[string]float64{"neighbors": c["neighbors"], "two-way": c["two-way"]}
			nr.Lacking = []string{"lsas", "bird-routes", "fib-routes", "all"}
			nr.Exit = &lab.DaemonExit{
				Time:   r.Start.Add(time.Duration(exit * float64(time.Second))),
				Status: "signal: killed",
				LogTail: []string{
					"2025-03-14 02:01:12.412 <INFO> ospf1: Neighbor 198.51.100.3 on eth0 changed state from ExStart to Exchange",
					"2025-03-14 02:01:12.977 <ERR> ospf1: Cannot allocate memory",
				},
			}
			nr.RSSBytes, nr.PSSBytes = 0, 0
			r.Events = append(r.Events, lab.Event{Time: nr.Exit.Time, Kind: "daemon-exit", Node: name, Msg: "bird exited: signal: killed"})
		}
		r.Nodes = append(r.Nodes, nr)
	}
	conv := make([]float64, 0, n)
	for _, nr := range r.Nodes {
		if t, ok := nr.Converged["all"]; ok {
			conv = append(conv, t)
		}
	}
	sort.Float64s(conv)

	// Bridge and links: hellos multicast to every port (out ≈ in × (n-1)), a flooding burst
	// while databases synchronise, near zero while building and after teardown.
	hello := float64(n) / 10
	floodPeak := float64(n*n) * 1.5
	traffic := func(t float64) float64 {
		switch {
		case t < tDaemons:
			return g.rnd.Float64() * 0.3
		case t >= tTear:
			return hello * (1 - ramp(t, tTear, tTear+3))
		}
		v := hello * (0.7 + 0.6*g.rnd.Float64())
		if within(t, tConv+(tConvEnd-tConv)*0.5, tConvEnd) {
			x := (t - (tConv + (tConvEnd-tConv)*0.5)) / ((tConvEnd - tConv) * 0.5)
			v += floodPeak * math.Exp(-8*(x-0.25)*(x-0.25)) * (0.8 + 0.4*g.rnd.Float64())
		}
		return v
	}
	rxp := make([]float64, end+1)
	for i := range rxp {
		rxp[i] = traffic(float64(i))
	}
	at := func(t float64) float64 { return rxp[int(t)] }
	g.series(lab.SeriesBridgeRxPackets, "packets/s", nil, end, at)
	g.series(lab.SeriesBridgeTxPackets, "packets/s", nil, end, func(t float64) float64 { return at(t) * float64(n-1) })
	g.series(lab.SeriesBridgeRxBytes, "bytes/s", nil, end, func(t float64) float64 { return at(t) * (90 + 8*float64(n)) })
	g.series(lab.SeriesBridgeTxBytes, "bytes/s", nil, end, func(t float64) float64 { return at(t) * float64(n-1) * (90 + 8*float64(n)) })
	for _, s := range []string{lab.SeriesBridgeRxErrors, lab.SeriesBridgeTxErrors, lab.SeriesBridgeRxDrops} {
		g.series(s, "packets/s", nil, end, func(float64) float64 { return 0 })
	}
	g.series(lab.SeriesBridgeTxDrops, "packets/s", nil, end, func(t float64) float64 {
		if at(t) > floodPeak*0.7 {
			return math.Floor(at(t) * 0.002)
		}
		return 0
	})
	g.series(lab.SeriesLinksRxPackets, "packets/s", nil, end, func(t float64) float64 { return at(t) * float64(n-1) })
	g.series(lab.SeriesLinksTxPackets, "packets/s", nil, end, at)
	g.series(lab.SeriesLinksRxDrops, "packets/s", nil, end, func(float64) float64 { return 0 })

	// OSPF state.
	countBy := func(t float64, key string) float64 {
		c := 0
		for _, nr := range r.Nodes {
			if v, ok := nr.Converged[key]; ok && v <= t && !(nr.Exit != nil && t >= float64(nr.Exit.Time.Sub(r.Start).Seconds())) {
				c++
			}
		}
		return float64(c)
	}
	g.series(lab.SeriesNodesConverged, "nodes", nil, end, func(t float64) float64 {
		if t >= tTear {
			return countBy(t, "all") * (1 - ramp(t, tTear, tTear+4))
		}
		return countBy(t, "all")
	})
	pairs := float64(n * (n - 1))
	full := float64(4*(n-2) + 2) // every DROther is full with DR and BDR, DR with BDR
	wait := tDaemons + 40
	if wait > tConv+(tConvEnd-tConv)*0.5 {
		wait = tConv + (tConvEnd-tConv)*0.5
	}
	synced := func(t float64) float64 { return countBy(t, "lsas") / float64(n) }
	states := map[string]func(t float64) float64{
		"down": func(t float64) float64 {
			if t >= tTear {
				return pairs * ramp(t, tTear, tTear+4)
			}
			return 0
		},
		"init": func(t float64) float64 {
			if t >= tTear {
				return 0
			}
			return pairs * (ramp(t, tDaemons, tDaemons+1.5) - ramp(t, tDaemons+1.5, tDaemons+3))
		},
		"2-way": func(t float64) float64 {
			if t >= tTear {
				return (pairs - full) * (1 - ramp(t, tTear, tTear+4))
			}
			twoWay := pairs * ramp(t, tDaemons+1.5, tDaemons+3)
			return twoWay - full*ramp(t, wait, wait+2)
		},
		"exstart": func(t float64) float64 {
			return full * (ramp(t, wait, wait+2) - ramp(t, wait+2, wait+4)) * 0.6
		},
		"exchange": func(t float64) float64 {
			return full * (ramp(t, wait+1, wait+3) - ramp(t, wait+3, wait+6)) * 0.7
		},
		"loading": func(t float64) float64 {
			if t >= tTear {
				return 0
			}
			return full * math.Max(0, ramp(t, wait+3, wait+6)-synced(t))
		},
		"full": func(t float64) float64 {
			if t >= tTear {
				return full * (1 - ramp(t, tTear, tTear+4))
			}
			return full * synced(t)
		},
	}
	for _, st := range []string{"full", "2-way", "init", "exstart", "exchange", "loading", "down"} {
		g.series(lab.SeriesNeighbors, "neighbors", map[string]string{"state": st}, end, states[st])
	}
	perNode := float64(n + 1) // every loopback and the shared segment
	routes := func(key string) func(t float64) float64 {
		return func(t float64) float64 {
			v := countBy(t, key) * perNode
			if t >= tTear {
				v *= 1 - ramp(t, tTear, tTear+4)
			}
			return v
		}
	}
	g.series(lab.SeriesBirdRoutes, "routes", nil, end, routes("bird-routes"))
	g.series(lab.SeriesFIBRoutes, "routes", nil, end, routes("fib-routes"))

	// Memory: daemons grow with their databases; available memory mirrors the lab.
	var rssTotal, pssTotal float64
	for _, nr := range r.Nodes {
		rssTotal += float64(nr.RSSBytes)
		pssTotal += float64(nr.PSSBytes)
	}
	if o.Fail {
		rssTotal += 7.3 * (1 << 20)
	}
	grow := func(t float64) float64 {
		if t < tDaemons || t >= tTear+2 {
			return 0
		}
		return 0.35 + 0.65*ramp(t, tConv, tConvEnd)
	}
	g.series(lab.SeriesDaemonRSS, "bytes", nil, end, func(t float64) float64 { return rssTotal * grow(t) * (1 + 0.002*g.rnd.Float64()) })
	g.series(lab.SeriesDaemonPSS, "bytes", nil, end, func(t float64) float64 { return pssTotal * grow(t) * (1 + 0.002*g.rnd.Float64()) })
	kernelNode := 180.0 * 1024 * g.scale(lab.MetricKernelMemNode)
	memAvail := 52.0 * (1 << 30)
	g.series(lab.SeriesMemAvailable, "bytes", nil, end, func(t float64) float64 {
		kernel := float64(n) * kernelNode * (ramp(t, 0, offs[1]) - ramp(t, tTear, tTear+teardown))
		return memAvail - kernel - rssTotal*grow(t) - g.rnd.Float64()*(4<<20)
	})
	g.series(lab.SeriesSlab, "bytes", nil, end, func(t float64) float64 {
		return 310*(1<<20) + float64(n)*kernelNode*(ramp(t, 0, offs[1])-ramp(t, tTear, tTear+teardown))
	})
	g.series(lab.SeriesLoad1, "", nil, end, func(t float64) float64 {
		return 0.4 + 2.5*ramp(t, 0, build)*(1-ramp(t, build, build+20)) + 1.5*ramp(t, tConv, tConvEnd)*(1-ramp(t, tConvEnd, tConvEnd+30))
	})
	g.series(lab.SeriesCPUBusy, "%", nil, end, func(t float64) float64 {
		v := 3 + 2*g.rnd.Float64()
		if t < offs[1] || within(t, tTear, secs) {
			v += 30
		}
		return v
	})
	g.series(lab.SeriesHarnessCPU, "%", nil, end, func(t float64) float64 { return 2 + 3*g.rnd.Float64() })
	g.series(lab.SeriesHarnessRSS, "bytes", nil, end, func(t float64) float64 { return 36*(1<<20) + 2*(1<<20)*ramp(t, 0, secs) })

	// Checks, tuning, metrics.
	converged := 0
	for _, nr := range r.Nodes {
		if len(nr.Lacking) == 0 {
			converged++
		}
	}
	r.Checks = []lab.CheckResult{
		{Name: "all nodes converged", Kind: string(lab.CheckOSPF), Expected: fmt.Sprintf("%d nodes", n), Actual: fmt.Sprintf("%d nodes", converged), Pass: converged == n},
		{Name: "r01 routes", Kind: string(lab.CheckRouteCount), Expected: fmt.Sprint(n + 1), Actual: fmt.Sprint(n + 1), Pass: true},
		{Name: fmt.Sprintf("r01 reaches r%02d loopback", n), Kind: string(lab.CheckPing), Expected: "0% loss", Actual: "0% loss (3/3, rtt 0.041 ms)", Pass: true},
	}
	r.Tuning = []lab.TuningChange{{Name: "net.core.netdev_max_backlog", Old: "1000", New: "10000", Restored: true}}
	r.Warnings = []string{"sampler bird-state: 2 samples late by more than 500 ms"}
	if o.Fail {
		r.OK = false
		r.Errors = []string{fmt.Sprintf("converge: %d of %d nodes converged within %.0f s", converged, n, tConvEnd-tConv)}
	}
	m := r.Metrics
	m[lab.MetricBuildSec] = round3(build)
	m[lab.MetricDaemonStartSec] = round3(daemons)
	m[lab.MetricConvergeSec] = round3(converge)
	m[lab.MetricVerifySec] = round3(verify)
	m[lab.MetricTeardownSec] = round3(teardown)
	m[lab.MetricDaemonRSSNode] = math.Round(g.jit(rssTotal/float64(n)) * g.scale(lab.MetricDaemonRSSNode))
	m[lab.MetricDaemonPSSNode] = math.Round(g.jit(pssTotal/float64(n)) * g.scale(lab.MetricDaemonPSSNode))
	m[lab.MetricKernelMemNode] = math.Round(g.jit(kernelNode))
	m[lab.MetricHarnessCPU] = round3(g.jit(3.4) * g.scale(lab.MetricHarnessCPU))
	m[lab.MetricHarnessRSS] = math.Round(g.jit(37*(1<<20)) * g.scale(lab.MetricHarnessRSS))
	r.Events = append(r.Events,
		lab.Event{Time: r.Start.Add(time.Duration(tDaemons * float64(time.Second))), Kind: "phase", Msg: fmt.Sprintf("started %d bird daemons", n)},
		lab.Event{Time: r.Start.Add(time.Duration(tVerify * float64(time.Second))), Kind: "phase", Msg: fmt.Sprintf("%d of %d nodes converged", converged, n)},
	)
	slices.SortStableFunc(r.Events, func(a, b lab.Event) int { return a.Time.Compare(b.Time) })
	return r
}

// Chain returns the record of a chain-N run (the seed's static-route chain): N nodes joined by
// point-to-point links, no bridge, no routing daemon, so no OSPF or daemon-memory series.
func Chain(o Options) *lab.Record {
	o.defaults(5, 40)
	n := o.Nodes
	g := newGen(o, fmt.Sprintf("chain-%d", n), map[string]string{}, "linux-netns")
	r := g.r
	secs := float64(o.Seconds)
	build := g.jit(0.3*secs) * g.scale(lab.MetricBuildSec)
	verify := g.jit(0.45*secs) * g.scale(lab.MetricVerifySec)
	teardown := g.jit(0.25*secs) * g.scale(lab.MetricTeardownSec)
	offs := g.phases([]string{"build", "verify", "teardown"}, []float64{build, verify, teardown})
	end := int(build + verify + teardown)
	pings := func(t float64) float64 {
		if within(t, offs[1], offs[2]) {
			return float64(2*n) * (0.8 + 0.4*g.rnd.Float64())
		}
		return 0
	}
	g.series(lab.SeriesLinksRxPackets, "packets/s", nil, end, pings)
	g.series(lab.SeriesLinksTxPackets, "packets/s", nil, end, pings)
	g.series(lab.SeriesLinksRxDrops, "packets/s", nil, end, func(float64) float64 { return 0 })
	g.series(lab.SeriesMemAvailable, "bytes", nil, end, func(t float64) float64 {
		return 52*(1<<30) - float64(n)*200*1024*(ramp(t, 0, build)-ramp(t, offs[2], secs)) - g.rnd.Float64()*(2<<20)
	})
	g.series(lab.SeriesLoad1, "", nil, end, func(t float64) float64 { return 0.3 + 0.4*ramp(t, 0, build) })
	g.series(lab.SeriesHarnessCPU, "%", nil, end, func(t float64) float64 { return 1 + 2*g.rnd.Float64() })
	for i := 1; i <= n; i++ {
		r.Nodes = append(r.Nodes, lab.NodeResult{Name: fmt.Sprintf("n%d", i)})
	}
	last := fmt.Sprintf("198.51.100.%d", n)
	r.Checks = []lab.CheckResult{
		{Name: "n1 routes", Kind: string(lab.CheckRouteCount), Expected: "3", Actual: "3", Pass: true},
		{Name: "n1 reaches " + last, Kind: string(lab.CheckPing), Expected: "0% loss", Actual: "0% loss (3/3, rtt 0.052 ms)", Pass: true},
		{Name: "n1 → " + last + " path", Kind: string(lab.CheckTraceroute), Expected: fmt.Sprintf("%d hops", n-1), Actual: fmt.Sprintf("%d hops", n-1), Pass: !o.Fail},
	}
	if o.Fail {
		r.OK = false
		r.Checks[2].Actual = fmt.Sprintf("%d hops", n)
		r.Errors = []string{"verify: 1 of 3 checks failed"}
	}
	m := r.Metrics
	m[lab.MetricBuildSec] = round3(build)
	m[lab.MetricVerifySec] = round3(verify)
	m[lab.MetricTeardownSec] = round3(teardown)
	m[lab.MetricKernelMemNode] = math.Round(g.jit(200 * 1024))
	m[lab.MetricHarnessCPU] = round3(g.jit(1.9))
	m[lab.MetricHarnessRSS] = math.Round(g.jit(24 * (1 << 20)))
	return r
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

// Write stores r as dir/run.json (creating dir) the way the run command does.
func Write(dir string, r *lab.Record) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("encode record %s: %w", r.ID, err)
	}
	return os.WriteFile(filepath.Join(dir, "run.json"), b, 0o644)
}

// WriteGroup writes count repeats of the record build returns (seeded 1…count) under
// dir/run-1 … dir/run-N and returns the run directories.
func WriteGroup(dir string, count int, build func(seed uint64) *lab.Record) ([]string, error) {
	var dirs []string
	for i := 1; i <= count; i++ {
		d := filepath.Join(dir, fmt.Sprintf("run-%d", i))
		if err := Write(d, build(uint64(i))); err != nil {
			return nil, err
		}
		dirs = append(dirs, d)
	}
	return dirs, nil
}
