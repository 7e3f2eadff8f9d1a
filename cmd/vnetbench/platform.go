package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"runtime"

	"github.com/vnetbench/vnetbench/collect"
	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/platform/freebsd"
	"github.com/vnetbench/vnetbench/runner"
)

// version and commit are set at build time (-ldflags "-X main.version=… -X main.commit=…").
var (
	version = "dev"
	commit  = ""
)

// openPlatform checks that this host can run plan on the chosen platform and returns it.
// Every refusal happens here, before anything exists, and says what to do.
func openPlatform(ctx context.Context, f runFlags, plan *lab.Plan) (runner.Platform, error) {
	switch f.platform {
	case "linux":
		if runtime.GOOS != "linux" {
			return nil, fmt.Errorf("--platform linux needs a Linux host (this is %s); use --platform freebsd", runtime.GOOS)
		}
		if f.target != "" {
			return nil, fmt.Errorf("--target is for --platform freebsd; the linux platform runs on this host")
		}
		if len(plan.Spec.Daemons) > 0 {
			if _, err := exec.LookPath("bird"); err != nil {
				return nil, fmt.Errorf("scenario %s runs BIRD in every node, and bird is not installed: install it with 'make deps' (Debian package bird2)", plan.Spec.Scenario)
			}
		}
		return openLinux(plan)
	case "freebsd":
		if f.target == "" && runtime.GOOS != "freebsd" {
			return nil, fmt.Errorf("--platform freebsd runs on a FreeBSD host: run vnetbench there, drive one with --target ssh://root@labbox, or print the script with 'vnetbench plan %s --platform freebsd'", plan.Spec.Scenario)
		}
		opts := freebsd.Options{}
		if f.target == "" {
			opts.Bird = collect.NewBirdPool() // sockets are local: no birdcl fork per poll
		}
		p, err := freebsd.NewTarget(f.target, freebsd.NewPrefix(), opts)
		if err != nil {
			return nil, err
		}
		if err := p.Preflight(ctx, plan); err != nil {
			p.Disconnect()
			return nil, fmt.Errorf("preflight refused the lab:\n%w", err)
		}
		return p, nil
	}
	return nil, fmt.Errorf("--platform %q: must be linux or freebsd", f.platform)
}

// isTerminal reports whether w is a character device (a terminal), where live views print.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// linkEnd matches the host ends of node links (epair<N>a), whose counters the link sampler sums.
var linkEnd = regexp.MustCompile(`^epair[0-9]+a$`)

// platformSamplers are the samplers a platform brings for itself (FreeBSD: netstat, ps,
// sysctl through the executor).
func platformSamplers(plat runner.Platform, plan *lab.Plan) []runner.Sampler {
	p, ok := plat.(*freebsd.Platform)
	if !ok {
		return nil
	}
	var out []runner.Sampler
	for _, s := range p.Samplers(plan) {
		out = append(out, s)
	}
	return out
}

// ifaceSampler samples the first segment's bridge and every node link from the host role,
// printing the netstat -ihw view live when live is a terminal.
func ifaceSampler(plat runner.Platform, plan *lab.Plan, live io.Writer) runner.Sampler {
	src, ok := plat.(lab.CounterSource)
	if !ok {
		return nil
	}
	s := &collect.IfaceSampler{Src: src, Node: lab.HostNode, IsLink: linkEnd.MatchString, PerLinkEvery: 10,
		PortSums: plat.Name() == "linux"}
	if len(plan.Spec.Segments) > 0 {
		s.Bridge = plan.Spec.Segments[0].Name
		if isTerminal(live) {
			s.Live = live
		}
	}
	return s
}
