//go:build linux

package main

import (
	"fmt"
	"os"

	"github.com/vnetbench/vnetbench/platform/linux"
	"github.com/vnetbench/vnetbench/runner"
)

func openLinux() (runner.Platform, error) {
	if os.Geteuid() != 0 {
		return nil, fmt.Errorf("the linux platform creates network namespaces and needs root: run it as root (sudo vnetbench …)")
	}
	return linux.New(linux.NewPrefix())
}
