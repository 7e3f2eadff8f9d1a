//go:build linux

package main

import (
	"fmt"
	"os"

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

// hostSamplers are the Linux machine and daemon samplers.
func hostSamplers(run *runner.Run) []runner.Sampler {
	return []runner.Sampler{&collect.SystemSampler{}, &collect.DaemonSampler{Pids: run.DaemonPids, PSSEvery: 5}}
}
