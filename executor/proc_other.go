//go:build !unix

package executor

import "os/exec"

// ownProcessGroup does nothing where there are no Unix process groups.
func ownProcessGroup(*exec.Cmd) {}

// killGroupOnCancel keeps os/exec's default, killing the process itself.
func killGroupOnCancel(*exec.Cmd) {}
