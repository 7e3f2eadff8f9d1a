package executor

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

var (
	_ lab.Executor = (*Local)(nil)
	_ InputRunner  = (*Local)(nil)
)

// localWaitDelay bounds how long a command's output is awaited after it exited or was killed:
// a process it left behind may hold the pipes open, and Run must not hang on it.
const localWaitDelay = 5 * time.Second

// Local runs commands on this machine with os/exec, never through a shell. The zero value is
// ready to use and safe for concurrent use.
//
// Each command runs in its own process group, so a terminal's Ctrl-C reaches vnetbench alone
// (which then tears down under a fresh context) and cancelling ctx kills the command and
// anything it started in that group.
type Local struct {
	// Dir is the working directory of every command; empty means vnetbench's own.
	Dir string
	// Env, when non-nil, is the whole environment of every command; nil inherits vnetbench's.
	Env []string
}

// Run runs argv and returns its standard output. A command that exits non-zero, cannot be
// started, or is killed (ctx done) returns a *lab.CmdError with its stderr; Exit is -1 unless
// the command exited on its own. A ctx error is wrapped, so errors.Is(err,
// context.DeadlineExceeded) works.
func (l *Local) Run(ctx context.Context, argv []string) ([]byte, error) {
	return l.RunInput(ctx, argv, nil)
}

// RunInput is Run with stdin as the command's standard input (nil: an empty input).
func (l *Local) RunInput(ctx context.Context, argv []string, stdin []byte) ([]byte, error) {
	if err := checkCall(ctx, argv); err != nil {
		return nil, err
	}
	stdout, stderr, exit, err := runProcess(ctx, argv, stdin, l.Dir, l.Env, localWaitDelay)
	if err != nil {
		return stdout, &lab.CmdError{Argv: clone(argv), Exit: exit, Stderr: string(stderr), Err: err}
	}
	return stdout, nil
}

// runProcess runs argv and reports its output and how it ended. exit is the exit status, or -1
// when the process did not run to an exit of its own (start failure, signal, ctx, output held
// open by a leftover process); err is nil only for exit status 0. Output is awaited for at
// most waitDelay once the process has exited or been killed.
func runProcess(ctx context.Context, argv []string, stdin []byte, dir string, env []string, waitDelay time.Duration) (stdout, stderr []byte, exit int, err error) {
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = env
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var outBuf, errBuf bytes.Buffer
	cmd.Stdout = &outBuf
	cmd.Stderr = &errBuf
	cmd.WaitDelay = waitDelay
	ownProcessGroup(cmd)
	killGroupOnCancel(cmd)

	err = cmd.Run()
	stdout, stderr = outBuf.Bytes(), errBuf.Bytes()
	if err == nil {
		return stdout, stderr, 0, nil
	}
	var exitErr *exec.ExitError
	switch {
	case errors.As(err, &exitErr) && exitErr.ExitCode() >= 0:
		return stdout, stderr, exitErr.ExitCode(), err
	case ctx.Err() != nil:
		return stdout, stderr, -1, fmt.Errorf("%w (%v)", ctx.Err(), err)
	case errors.Is(err, exec.ErrWaitDelay):
		return stdout, stderr, -1, fmt.Errorf("command exited but a process it started kept its output open; output may be incomplete: %w", err)
	default:
		return stdout, stderr, -1, err
	}
}
