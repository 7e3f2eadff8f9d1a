package main

import (
	"context"
	"fmt"
	"os/exec"
	"runtime"

	"github.com/vnetbench/vnetbench/lab"
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
		return openLinux()
	case "freebsd":
		return nil, fmt.Errorf("--platform freebsd: not yet available in this build (the FreeBSD platform is being built; 'vnetbench plan' will print its script first)")
	}
	return nil, fmt.Errorf("--platform %q: must be linux or freebsd", f.platform)
}

// samplersFor returns the samplers a run of plan uses on plat.
func samplersFor(plat runner.Platform, plan *lab.Plan) []runner.Sampler { return nil }
