// Command vnetbench builds, measures and stress-tests virtual network stacks at scale: FreeBSD
// VNET jails or Linux network namespaces, joined by epairs/veths on bridges, running BIRD.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
