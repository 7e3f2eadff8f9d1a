//go:build linux

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/vnetbench/vnetbench/collect"
	"github.com/vnetbench/vnetbench/journal"
	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/platform/freebsd"
	"github.com/vnetbench/vnetbench/platform/linux"
	"github.com/vnetbench/vnetbench/runner"
	"github.com/vnetbench/vnetbench/scenarios"
)

func openLinux(plan *lab.Plan) (runner.Platform, error) {
	if os.Geteuid() != 0 {
		return nil, fmt.Errorf("the linux platform creates network namespaces and needs root: run it as root (sudo vnetbench …)")
	}
	if err := linux.Preflight(linux.PlanNeeds(plan, scenarios.MemoryNeeded(plan.Spec))); err != nil {
		return nil, fmt.Errorf("preflight refused the lab:\n%w", err)
	}
	return linux.New(linux.NewPrefix())
}

// builderFor returns the platform that can undo a journaled run.
func builderFor(m journal.Meta) (lab.Builder, error) {
	switch m.Platform {
	case "linux":
		if os.Geteuid() != 0 {
			return nil, fmt.Errorf("removing namespaces needs root: run 'sudo vnetbench clean'")
		}
		return linux.New(m.Prefix)
	case "freebsd":
		return freebsd.NewTarget(m.Target, m.Prefix, freebsd.Options{})
	}
	return nil, fmt.Errorf("run was made on platform %q; clean it where it ran", m.Platform)
}

// hostSamplers are the Linux machine and daemon samplers. RSS (statm) is read every second;
// PSS (smaps_rollup walks every mapping) every second for small labs and less often for big
// ones, keeping its cost flat: every 10 s at 480 daemons.
func hostSamplers(run *runner.Run, daemons int) []runner.Sampler {
	return []runner.Sampler{&collect.SystemSampler{}, &collect.DaemonSampler{Pids: run.DaemonPids, PSSEvery: max(1, daemons/48)}}
}

// cleanOrphans removes namespaces named by vnetbench that no journal in active accounts for.
func cleanOrphans(stdout, stderr io.Writer, active map[string]bool, dry bool) int {
	orphans := linux.Orphans(active)
	if len(orphans) == 0 {
		return 0
	}
	fmt.Fprintf(stdout, "%d namespaces without a journal:\n", len(orphans))
	for _, o := range orphans {
		fmt.Fprintf(stdout, "  node     %s\n", o)
	}
	if dry || os.Geteuid() != 0 {
		if !dry {
			fmt.Fprintln(stderr, "vnetbench clean: removing namespaces needs root")
			return 1
		}
		return 0
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := linux.RemoveOrphans(ctx, orphans); err != nil {
		fmt.Fprintf(stderr, "vnetbench clean: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "  removed\n")
	return 0
}
