// Command vnetbench builds, measures and stress-tests virtual network stacks at scale: FreeBSD
// VNET jails or Linux network namespaces, joined by epairs/veths on bridges, running BIRD.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"
)

func main() {
	// VNETBENCH_CPUPROFILE=file profiles the harness itself (go tool pprof file).
	if path := os.Getenv("VNETBENCH_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
			defer f.Close()
			defer pprof.StopCPUProfile()
		} else {
			fmt.Fprintf(os.Stderr, "vnetbench: cannot profile to %s\n", path)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	pprof.StopCPUProfile()
	os.Exit(code)
}
