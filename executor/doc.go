// Package executor holds the ways vnetbench runs a command: Local (on this machine), SSH (on a
// lab box through the system OpenSSH client), Recorder (a dry run that prints a shell script)
// and Scripted (a fake for tests). All of them implement lab.Executor and take an argv; none
// passes anything through a local shell (DESIGN.md rule 4). SSH must hand the remote side one
// command string, and it quotes every word of it with ShQuote.
package executor

import (
	"context"
	"errors"

	"github.com/vnetbench/vnetbench/lab"
)

// InputRunner is an Executor that can also feed a command's standard input, for the few
// commands that read a file from it (writing an iovctl.conf on a lab box, say). Every executor
// in this package implements it.
type InputRunner interface {
	lab.Executor
	// RunInput is Run with stdin as the command's standard input; a nil stdin is the same as
	// Run (the command reads an empty input).
	RunInput(ctx context.Context, argv []string, stdin []byte) ([]byte, error)
}

// ErrEmptyArgv is the Err of the *lab.CmdError returned for a call with no argv.
var ErrEmptyArgv = errors.New("empty argv")

// checkCall returns the error every executor gives for a call that cannot run at all.
func checkCall(ctx context.Context, argv []string) error {
	if len(argv) == 0 {
		return &lab.CmdError{Exit: -1, Err: ErrEmptyArgv}
	}
	if err := ctx.Err(); err != nil {
		return &lab.CmdError{Argv: clone(argv), Exit: -1, Err: err}
	}
	return nil
}

func clone(argv []string) []string {
	if argv == nil {
		return nil
	}
	return append([]string(nil), argv...)
}
