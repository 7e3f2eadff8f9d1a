//go:build !linux

package main

import (
	"fmt"
	"io"

	"github.com/vnetbench/vnetbench/journal"
	"github.com/vnetbench/vnetbench/lab"
	"github.com/vnetbench/vnetbench/platform/freebsd"
	"github.com/vnetbench/vnetbench/runner"
)

func builderFor(m journal.Meta) (lab.Builder, error) {
	if m.Platform == "freebsd" {
		return freebsd.NewTarget(m.Target, m.Prefix, freebsd.Options{})
	}
	return nil, fmt.Errorf("run was made on platform %q; clean it where it ran", m.Platform)
}

func openLinux(plan *lab.Plan) (runner.Platform, error) {
	return nil, fmt.Errorf("the linux platform runs only on Linux")
}

func hostSamplers(run *runner.Run, daemons int) []runner.Sampler { return nil }

func cleanOrphans(stdout, stderr io.Writer, active map[string]bool, dry bool) int { return 0 }
