package runner

import (
	"context"
	"fmt"
	"net/netip"
	"slices"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/vnetbench/vnetbench/lab"
)

// pingCount is how many echo requests a reachability check sends.
const pingCount = 3

// verify measures every check and judges it. Active probes (ping, traceroute) run first, as
// they fill the neighbor tables the passive checks then read. A probe that cannot run at all
// fails its check with the reason; it does not abort the others.
func (r *Run) verify(ctx context.Context) error {
	var checks []lab.Check
	for _, c := range r.spec.Checks {
		if c.OS == "" || c.OS == r.plat.Name() {
			checks = append(checks, c)
		}
	}
	results := make([]lab.CheckResult, len(checks))
	active := func(c lab.Check) bool { return c.Kind == lab.CheckPing || c.Kind == lab.CheckTraceroute }
	for _, wave := range []bool{true, false} {
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(r.opts.Workers)
		for i, c := range checks {
			if active(c) != wave || c.Kind == lab.CheckOSPF {
				continue
			}
			g.Go(func() error {
				results[i] = r.measure(gctx, c)
				return nil
			})
		}
		g.Wait()
	}
	for i, c := range checks {
		if c.Kind == lab.CheckOSPF {
			results[i] = r.ospfCheckResult(ctx, c)
		}
	}
	r.recMu.Lock()
	r.rec.Checks = append(r.rec.Checks, results...)
	r.recMu.Unlock()
	failed := 0
	for _, res := range results {
		if !res.Pass {
			failed++
			fmt.Fprintf(r.opts.Progress, "  FAIL %s: expected %s, got %s\n", res.Name, res.Expected, res.Actual)
		}
	}
	fmt.Fprintf(r.opts.Progress, "  %d/%d checks passed\n", len(results)-failed, len(results))
	return ctx.Err()
}

// measure runs one check.
func (r *Run) measure(ctx context.Context, c lab.Check) lab.CheckResult {
	res := lab.CheckResult{Name: c.Name, Kind: string(c.Kind)}
	fail := func(expected string, err error) lab.CheckResult {
		res.Expected, res.Actual = expected, "error: "+err.Error()
		return res
	}
	switch c.Kind {
	case lab.CheckPing:
		res.Expected = fmt.Sprintf("%d/%d replies from %s", pingCount, pingCount, c.Target)
		p, err := r.plat.Ping(ctx, c.Node, c.Target, pingCount)
		if err != nil {
			return fail(res.Expected, err)
		}
		res.Detail = p
		res.Actual = fmt.Sprintf("%d/%d replies, %.0f%% loss, rtt %.3f/%.3f/%.3f ms", p.Received, p.Sent, p.LossPct, p.RTTMin, p.RTTAvg, p.RTTMax)
		if len(p.Errors) > 0 {
			res.Actual += "; " + p.Errors[0]
		}
		res.Pass = p.Sent == pingCount && p.Received == p.Sent
	case lab.CheckTraceroute:
		res.Expected = fmt.Sprintf("%d hops: %s", len(c.Hops), joinAddrs(c.Hops))
		t, err := r.plat.Traceroute(ctx, c.Node, c.Target)
		if err != nil {
			return fail(res.Expected, err)
		}
		res.Detail = t
		got := make([]netip.Addr, len(t.Hops))
		for i, h := range t.Hops {
			got[i] = h.Addr
		}
		res.Actual = fmt.Sprintf("%d hops: %s", len(got), joinAddrs(got))
		res.Pass = slices.Equal(got, c.Hops)
	case lab.CheckLinkUp, lab.CheckLinkDown, lab.CheckLinkAbsent:
		want := map[lab.CheckKind]string{lab.CheckLinkUp: "up", lab.CheckLinkDown: "down", lab.CheckLinkAbsent: "absent"}[c.Kind]
		res.Expected = fmt.Sprintf("%s %s in %s", c.Iface, want, c.Node)
		ifs, err := r.plat.Ifaces(ctx, c.Node)
		if err != nil {
			return fail(res.Expected, err)
		}
		state := "absent"
		for _, i := range ifs {
			if i.Name == c.Iface {
				state = map[bool]string{true: "up", false: "down"}[i.Up]
			}
		}
		res.Actual = fmt.Sprintf("%s %s in %s", c.Iface, state, c.Node)
		res.Pass = state == want
	case lab.CheckRouteCount:
		res.Expected = fmt.Sprintf("%d routes in %s's main table", c.Want, c.Node)
		rs, err := r.plat.Routes(ctx, c.Node)
		if err != nil {
			return fail(res.Expected, err)
		}
		res.Detail = rs
		res.Actual = fmt.Sprintf("%d routes in %s's main table", len(rs), c.Node)
		res.Pass = len(rs) == c.Want
	case lab.CheckNeighbor:
		res.Expected = fmt.Sprintf("%s in %s's neighbor table", c.Target, c.Node)
		ns, err := r.plat.Neighbors(ctx, c.Node)
		if err != nil {
			return fail(res.Expected, err)
		}
		res.Detail = ns
		var have []string
		for _, n := range ns {
			have = append(have, n.Addr.String())
			if n.Addr == c.Target {
				res.Pass = true
			}
		}
		res.Actual = fmt.Sprintf("neighbors of %s: [%s]", c.Node, strings.Join(have, " "))
	default:
		res.Expected, res.Actual = "a known check kind", fmt.Sprintf("unknown check kind %q", c.Kind)
	}
	return res
}

func joinAddrs(as []netip.Addr) string {
	s := make([]string, len(as))
	for i, a := range as {
		if a.IsValid() {
			s[i] = a.String()
		} else {
			s[i] = "*"
		}
	}
	return strings.Join(s, " ")
}
