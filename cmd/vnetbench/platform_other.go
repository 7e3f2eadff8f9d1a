//go:build !linux

package main

import (
	"fmt"

	"github.com/vnetbench/vnetbench/runner"
)

func openLinux() (runner.Platform, error) {
	return nil, fmt.Errorf("the linux platform runs only on Linux")
}
