package runner

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/vnetbench/vnetbench/collect"
	"github.com/vnetbench/vnetbench/collect/bird"
	"github.com/vnetbench/vnetbench/lab"
)

// BirdAccess runs a BIRD CLI command in a node and returns birdc-formatted text. The runner
// uses a platform's own when it has one (FreeBSD over SSH runs birdcl remotely); otherwise it
// talks to the control sockets directly.
type BirdAccess interface {
	BirdText(ctx context.Context, node, socket, cmd string) ([]byte, error)
}

// PollInterval is how often every unconverged node is polled.
const PollInterval = time.Second

// Convergence criteria, in the order a node reaches them.
const (
	critNeighbors = "neighbors"   // all N-1 neighbors seen
	critTwoWay    = "two-way"     // >= 2-Way with all, Full with DR and BDR, right DR/BDR
	critLSAs      = "lsas"        // N+1 LSAs in the database
	critBird      = "bird-routes" // the expected routes in BIRD
	critFIB       = "fib-routes"  // the learned /32s in the node's kernel FIB
	critAll       = "all"
)

var criteria = []string{critNeighbors, critTwoWay, critLSAs, critBird, critFIB}

// nodeState is what one poll of one node found.
type nodeState struct {
	neighbors  int
	byState    map[string]int
	lsas       int
	birdRoutes int
	fibRoutes  int
	dr, bdr    netip.Addr // as the node sees them (from its neighbors' roles; itself if none)
	met        map[string]bool
	lacking    []string
	err        error
}

// bird returns how BIRD is reached: the platform's own way, or a pool of control-socket
// connections made on first use (by whichever poller comes first).
func (r *Run) bird() BirdAccess {
	if b, ok := r.plat.(BirdAccess); ok {
		return b
	}
	r.birdOnce.Do(func() { r.birdPool = collect.NewBirdPool() })
	return r.birdPool
}

// converge polls every node until each holds every criterion, recording when each node first
// held each one, or until the timeout derived from the protocol timers.
func (r *Run) converge(ctx context.Context) error {
	cv := r.spec.Converge
	timeout := time.Duration(cv.TimeoutSec) * time.Second
	deadline := time.Now().Add(timeout)
	nodes := r.daemonNodes()
	first := map[string]map[string]float64{}
	last := map[string]*nodeState{}
	for _, n := range nodes {
		first[n] = map[string]float64{}
	}
	t0 := time.Now()
	tick := time.NewTicker(PollInterval)
	defer tick.Stop()
	lastPrint := time.Time{}
	poll := 0
	for {
		pollStart := time.Now()
		pending := make([]string, 0, len(nodes))
		for _, n := range nodes {
			if _, done := first[n][critAll]; !done {
				pending = append(pending, n)
			}
		}
		states := r.pollNodes(ctx, pending, last, poll)
		poll++
		t := r.since(pollStart)
		for n, st := range states {
			last[n] = st
			for _, c := range criteria {
				if st.met[c] {
					if _, seen := first[n][c]; !seen {
						first[n][c] = t
					}
				}
			}
			if len(st.lacking) == 0 {
				first[n][critAll] = t
			}
		}
		converged := 0
		for _, n := range nodes {
			if _, ok := first[n][critAll]; ok {
				converged++
			}
		}
		r.recordConvergence(t, converged, last)
		if time.Since(lastPrint) >= 10*time.Second || converged == len(nodes) {
			fmt.Fprintf(r.opts.Progress, "  t+%4.0fs converged %d/%d  %s\n", time.Since(t0).Seconds(), converged, len(nodes), stateSummary(last))
			lastPrint = time.Now()
		}
		if converged == len(nodes) {
			r.finishConvergence(first, last)
			return nil
		}
		if exits := r.daemonExits(); len(exits) > 0 {
			r.finishConvergence(first, last)
			return fmt.Errorf("%d daemon(s) exited while converging; first: %s", len(exits), exits[0])
		}
		if time.Now().After(deadline) {
			r.finishConvergence(first, last)
			return r.notConverged(timeout, nodes, first, last)
		}
		select {
		case <-ctx.Done():
			r.finishConvergence(first, last)
			return ctx.Err()
		case <-tick.C:
		}
	}
}

func (r *Run) daemonNodes() []string {
	out := make([]string, 0, len(r.spec.Daemons))
	for _, d := range r.spec.Daemons {
		out = append(out, d.Node)
	}
	return out
}

// pollNodes polls nodes concurrently, bounded by Workers. prev holds each node's last state
// (nil: poll everything); poll numbers the round.
func (r *Run) pollNodes(ctx context.Context, nodes []string, prev map[string]*nodeState, poll int) map[string]*nodeState {
	out := make(map[string]*nodeState, len(nodes))
	var mu sync.Mutex
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(r.opts.Workers)
	for _, n := range nodes {
		g.Go(func() error {
			pctx, cancel := context.WithTimeout(gctx, 5*PollInterval)
			defer cancel()
			st := r.pollNode(pctx, n, prev[n], poll)
			mu.Lock()
			out[n] = st
			mu.Unlock()
			return nil
		})
	}
	g.Wait()
	return out
}

// pollNode measures one node against every criterion. The cheap summary (`show ospf`) runs
// every poll; the neighbor list (hundreds of lines at scale) only once the summary shows every
// neighbor, or every neighborListEvery-th poll for the per-state series; the route count once
// the LSAs are in; the FIB dump once BIRD has its routes. prev is the node's last state.
func (r *Run) pollNode(ctx context.Context, node string, prev *nodeState, poll int) *nodeState {
	cv := r.spec.Converge
	st := &nodeState{met: map[string]bool{}, byState: map[string]int{}}
	if prev != nil {
		st.byState, st.dr, st.bdr = prev.byState, prev.dr, prev.bdr
	}
	b := r.bird()
	sock := r.nodeFiles(node).Socket
	lack := func(format string, args ...any) { st.lacking = append(st.lacking, fmt.Sprintf(format, args...)) }
	fail := func(err error) *nodeState {
		st.err = err
		lack("bird unreachable: %v", err)
		return st
	}

	text, err := b.BirdText(ctx, node, sock, "show ospf")
	if err != nil {
		return fail(err)
	}
	sum, err := bird.ParseOSPF(text)
	if err != nil {
		return fail(err)
	}
	st.lsas = sum.LSAs
	adjacent := 0
	for _, a := range sum.Areas {
		st.neighbors += a.Neighbors
		adjacent += a.Adjacent
	}
	st.met[critNeighbors] = st.neighbors >= cv.Neighbors
	if !st.met[critNeighbors] {
		lack("neighbors %d/%d", st.neighbors, cv.Neighbors)
	}
	// Criterion two-way needs Full adjacencies with the DR and the BDR (with everyone, on
	// the DR and BDR themselves); the summary counts them, so the long neighbor list is read
	// only once they can be there.
	wantAdjacent := min(2, cv.Neighbors)
	if self := r.routerID(node); self == cv.DRID || self == cv.BDRID {
		wantAdjacent = cv.Neighbors
	}
	adjacencyDue := st.met[critNeighbors] && adjacent >= wantAdjacent
	if adjacencyDue || prev == nil || poll%neighborListEvery == 0 {
		if err := r.pollNeighbors(ctx, node, sock, st); err != nil {
			return fail(err)
		}
		if !st.met[critTwoWay] && st.met[critNeighbors] {
			lack("adjacencies: want >=2-Way with all and Full with DR %s/BDR %s; sees DR %v BDR %v, states %v", cv.DRID, cv.BDRID, st.dr, st.bdr, st.byState)
		}
	}
	if !adjacencyDue && st.met[critNeighbors] {
		lack("adjacencies %d/%d Full", adjacent, wantAdjacent)
	}

	st.met[critLSAs] = st.lsas >= cv.LSAs
	if !st.met[critLSAs] {
		lack("LSAs %d/%d", st.lsas, cv.LSAs)
		lack("routes not checked yet")
		return st
	}

	text, err = b.BirdText(ctx, node, sock, "show route count")
	if err != nil {
		return fail(err)
	}
	rc, err := bird.ParseRouteCount(text)
	if err != nil {
		return fail(err)
	}
	st.birdRoutes = rc.Routes
	st.met[critBird] = st.birdRoutes >= cv.BirdRoutes
	if !st.met[critBird] {
		lack("BIRD routes %d/%d", st.birdRoutes, cv.BirdRoutes)
		lack("FIB routes not checked yet")
		return st
	}

	routes, err := r.plat.Routes(ctx, node)
	if err != nil {
		st.err = err
		lack("FIB unreadable: %v", err)
		return st
	}
	for _, rt := range routes {
		if rt.Via.IsValid() && rt.Dst.Bits() == 32 {
			st.fibRoutes++
		}
	}
	st.met[critFIB] = st.fibRoutes >= cv.Routes
	if !st.met[critFIB] {
		lack("FIB learned routes %d/%d", st.fibRoutes, cv.Routes)
	}
	return st
}

// neighborListEvery is how often (in polls) the full neighbor list of a node that does not
// yet see every neighbor is read, to keep the per-state series current at a bounded cost.
const neighborListEvery = 30

// pollNeighbors reads the neighbor list: per-state counts, the DR and BDR the node sees,
// and criterion two-way.
func (r *Run) pollNeighbors(ctx context.Context, node, sock string, st *nodeState) error {
	cv := r.spec.Converge
	text, err := r.bird().BirdText(ctx, node, sock, "show ospf neighbors")
	if err != nil {
		return err
	}
	nbrs, err := bird.ParseOSPFNeighbors(text)
	if err != nil {
		return err
	}
	st.byState = map[string]int{}
	st.dr, st.bdr = netip.Addr{}, netip.Addr{}
	twoWay, fullDR, fullBDR := true, false, false
	for _, nb := range nbrs {
		st.byState[strings.ToLower(nb.State)]++
		if nb.State != "Full" && nb.State != "2-Way" {
			twoWay = false
		}
		switch nb.Role {
		case "DR":
			st.dr = nb.RouterID
		case "BDR":
			st.bdr = nb.RouterID
		}
		if nb.RouterID == cv.DRID && nb.State == "Full" {
			fullDR = true
		}
		if nb.RouterID == cv.BDRID && nb.State == "Full" {
			fullBDR = true
		}
	}
	// A node does not list itself: the DR sees no DR neighbor, the BDR no BDR neighbor.
	switch self := r.routerID(node); self {
	case cv.DRID:
		fullDR, st.dr = true, self
	case cv.BDRID:
		fullBDR, st.bdr = true, self
	}
	electionOK := st.dr == cv.DRID && st.bdr == cv.BDRID
	st.met[critTwoWay] = len(nbrs) >= cv.Neighbors && twoWay && fullDR && fullBDR && electionOK
	return nil
}

// routerID is the router id BIRD picks for node: its lowest IPv4 address, the LAN address.
// The table is built once per run.
func (r *Run) routerID(node string) netip.Addr {
	r.ridOnce.Do(func() {
		r.rids = map[string]netip.Addr{}
		for _, l := range r.spec.Links {
			for _, e := range []lab.Endpoint{l.A, l.B} {
				for _, a := range e.Addrs {
					if cur, ok := r.rids[e.Node]; !ok || a.Addr().Less(cur) {
						r.rids[e.Node] = a.Addr()
					}
				}
			}
		}
	})
	return r.rids[node]
}

// recordConvergence appends one point of the convergence series, counting each node at its
// last known state (converged nodes are not re-polled).
func (r *Run) recordConvergence(t float64, converged int, last map[string]*nodeState) {
	byState := map[string]float64{}
	var birdRoutes, fibRoutes float64
	for _, st := range last {
		for s, n := range st.byState {
			byState[s] += float64(n)
		}
		birdRoutes += float64(st.birdRoutes)
		fibRoutes += float64(st.fibRoutes)
	}
	batch := []lab.Series{
		{Name: lab.SeriesNodesConverged, Points: []lab.Point{{T: t, V: float64(converged)}}},
		{Name: lab.SeriesBirdRoutes, Points: []lab.Point{{T: t, V: birdRoutes}}},
		{Name: lab.SeriesFIBRoutes, Points: []lab.Point{{T: t, V: fibRoutes}}},
	}
	for _, s := range []string{"full", "2-way", "init", "exstart", "exchange", "loading", "down", "attempt"} {
		batch = append(batch, lab.Series{Name: lab.SeriesNeighbors, Labels: map[string]string{"state": s},
			Points: []lab.Point{{T: t, V: byState[s]}}})
	}
	r.series.add(batch)
}

// finishConvergence writes per-node convergence times and what each node still lacked.
func (r *Run) finishConvergence(first map[string]map[string]float64, last map[string]*nodeState) {
	r.recMu.Lock()
	defer r.recMu.Unlock()
	for n, times := range first {
		nr := r.nodeResult(n)
		nr.Converged = times
		if st := last[n]; st != nil {
			if _, done := times[critAll]; !done {
				nr.Lacking = st.lacking
			}
		} else {
			nr.Lacking = []string{"never polled"}
		}
	}
	sort.Slice(r.rec.Nodes, func(i, j int) bool { return nodeLess(r.rec.Nodes[i].Name, r.rec.Nodes[j].Name) })
	r.nodeIdx = nil // positions changed
	r.converged = first
}

// nodeLess orders jail2 before jail10.
func nodeLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// notConverged builds the failure: which nodes did not converge and what each lacked, plus
// what the kernel dropped meanwhile and which limit to raise.
func (r *Run) notConverged(timeout time.Duration, nodes []string, first map[string]map[string]float64, last map[string]*nodeState) error {
	var missing []string
	for _, n := range nodes {
		if _, ok := first[n][critAll]; !ok {
			missing = append(missing, n)
		}
	}
	sort.Slice(missing, func(i, j int) bool { return nodeLess(missing[i], missing[j]) })
	var b strings.Builder
	fmt.Fprintf(&b, "OSPF did not converge within %s: %d of %d nodes lacking", timeout, len(missing), len(nodes))
	for i, n := range missing {
		if i == 5 {
			fmt.Fprintf(&b, "; … (all in the record)")
			break
		}
		lacking := []string{"never polled"}
		if st := last[n]; st != nil {
			lacking = st.lacking
		}
		fmt.Fprintf(&b, "; %s: %s", n, strings.Join(lacking, ", "))
	}
	if d := r.dropDiagnosis(); d != "" {
		b.WriteString(". ")
		b.WriteString(d)
	}
	return errors.New(b.String())
}

// dropDiagnosis reads the drop series sampled so far and names the limit to raise.
func (r *Run) dropDiagnosis() string {
	totals := r.series.integrals(lab.SeriesSoftnetDrops, lab.SeriesSocketDrops, lab.SeriesBridgeTxDrops,
		lab.SeriesLinksRxDrops, lab.SeriesLinksTxDrops, lab.SeriesNeighTableFull)
	var parts []string
	if v := totals[lab.SeriesNeighTableFull]; v > 0 {
		parts = append(parts, fmt.Sprintf("the neighbor (ARP) table, one for every namespace, was full %.0f times: raise net.ipv4.neigh.default.gc_thresh3 (run with --set tuning=auto or on)", v))
	}
	if v := totals[lab.SeriesSoftnetDrops]; v > 0 {
		parts = append(parts, fmt.Sprintf("the per-CPU receive backlog dropped %.0f packets: raise net.core.netdev_max_backlog (run without --no-host-tuning and with --set tuning=auto)", v))
	}
	if v := totals[lab.SeriesSocketDrops]; v > 0 {
		parts = append(parts, fmt.Sprintf("sockets dropped %.0f packets (full receive buffers): BIRD cannot keep up; use longer hello/dead timers", v))
	}
	if v := totals[lab.SeriesBridgeTxDrops] + totals[lab.SeriesLinksRxDrops] + totals[lab.SeriesLinksTxDrops]; v > 0 {
		parts = append(parts, fmt.Sprintf("interfaces dropped %.0f packets", v))
	}
	if len(parts) == 0 {
		return ""
	}
	return "Drops: " + strings.Join(parts, "; ")
}

// ospfCheckResult measures the OSPF promise live on every node (a node converged earlier may
// have lost it since) and judges it.
func (r *Run) ospfCheckResult(ctx context.Context, c lab.Check) lab.CheckResult {
	cv := r.spec.Converge
	res := lab.CheckResult{Name: c.Name, Kind: string(c.Kind)}
	nodes := r.daemonNodes()
	res.Expected = fmt.Sprintf("%d/%d nodes: %d neighbors (>=2-Way, Full with DR %s and BDR %s), %d LSAs, %d BIRD routes, %d learned /32 in the FIB",
		len(nodes), len(nodes), cv.Neighbors, cv.DR, cv.BDR, cv.LSAs, cv.BirdRoutes, cv.Routes)
	if cv == nil || len(nodes) == 0 {
		res.Actual = "scenario has no daemons to converge"
		return res
	}
	states := r.pollNodes(ctx, nodes, nil, 0)
	good := 0
	var bad []string
	for _, n := range nodes {
		st := states[n]
		if st != nil && len(st.lacking) == 0 {
			good++
			continue
		}
		if len(bad) < 3 && st != nil {
			bad = append(bad, n+": "+strings.Join(st.lacking, ", "))
		}
	}
	res.Actual = fmt.Sprintf("%d/%d nodes", good, len(nodes))
	if len(bad) > 0 {
		res.Actual += "; " + strings.Join(bad, "; ")
	}
	res.Pass = good == len(nodes)
	res.Detail = map[string]any{"nodes": len(nodes), "converged": good}
	return res
}

func stateSummary(last map[string]*nodeState) string {
	byState := map[string]int{}
	var unreachable int
	for _, st := range last {
		for s, n := range st.byState {
			byState[s] += n
		}
		if st.err != nil {
			unreachable++
		}
	}
	keys := make([]string, 0, len(byState))
	for k := range byState {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, byState[k]))
	}
	s := "neighbors: " + strings.Join(parts, " ")
	if unreachable > 0 {
		s += fmt.Sprintf("  (bird unreachable in %d nodes)", unreachable)
	}
	return s
}
