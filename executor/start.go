package executor

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

var (
	_ Starter = (*Local)(nil)
	_ Starter = (*SSH)(nil)
)

// Starter starts a long-running command (a routing daemon in the foreground) as a supervised
// child: its exit is seen at once through lab.Proc.Done (DESIGN.md rule 3). Local and SSH
// implement it; the Recorder and Scripted do not, since nothing runs there.
type Starter interface {
	// Start starts argv and returns once it runs. ctx bounds the start only, never the life
	// of the command: a caller's errgroup context ending must not kill a daemon.
	Start(ctx context.Context, argv []string, opts StartOptions) (lab.Proc, error)
}

// StartOptions say where a started command's output goes and how to stop it.
type StartOptions struct {
	// LogPath is a file on this machine that the command's standard output and error are
	// appended to (created if missing); empty discards them.
	LogPath string
	// Stop is a command that asks the started one to end, run through the same executor,
	// for where a signal to the local child cannot reach it: the remote side of SSH. Local
	// ignores it and sends SIGTERM to the child itself.
	Stop []string
	// Kill is run when the command outlives Stop by the grace period (SIGKILL for Local).
	Kill []string
}

// Start runs argv on this machine in its own process group (a terminal's Ctrl-C reaches
// vnetbench alone, which then stops daemons in order). Stop sends SIGTERM, then SIGKILL after
// the grace period.
func (l *Local) Start(ctx context.Context, argv []string, opts StartOptions) (lab.Proc, error) {
	if err := checkCall(ctx, argv); err != nil {
		return nil, err
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir, cmd.Env = l.Dir, l.Env
	ownProcessGroup(cmd)
	p := &startedProc{argv: clone(argv)}
	p.stop = func(grace time.Duration) error {
		if err := cmd.Process.Signal(syscall.SIGTERM); err != nil && !errors.Is(err, os.ErrProcessDone) {
			return fmt.Errorf("stop %s (pid %d): %w", argv[0], cmd.Process.Pid, err)
		}
		if p.wait(grace) {
			return nil
		}
		cmd.Process.Kill()
		p.wait(-1)
		return nil
	}
	return p, p.start(cmd, opts.LogPath)
}

// Start runs argv on the target over the shared connection. The local child is the ssh
// client; ending it does not end the remote command (without a terminal nothing tells it),
// so Stop runs opts.Stop on the target, then opts.Kill after the grace period, and only then
// ends the ssh client.
func (s *SSH) Start(ctx context.Context, argv []string, opts StartOptions) (lab.Proc, error) {
	if err := checkCall(ctx, argv); err != nil {
		return nil, err
	}
	sshArgv, err := s.remote(argv, "-n")
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(sshArgv[0], sshArgv[1:]...)
	ownProcessGroup(cmd)
	p := &startedProc{argv: clone(argv)}
	remote := func(argv []string, timeout time.Duration) error {
		if len(argv) == 0 {
			return nil
		}
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		_, err := s.Run(ctx, argv)
		return err
	}
	p.stop = func(grace time.Duration) error {
		var errs []error
		if err := remote(opts.Stop, grace+10*time.Second); err != nil {
			errs = append(errs, err)
		}
		if len(opts.Stop) == 0 || !p.wait(grace) {
			if err := remote(opts.Kill, 10*time.Second); err != nil {
				errs = append(errs, err)
			}
			if !p.wait(2 * time.Second) {
				cmd.Process.Kill()
				p.wait(-1)
			}
		}
		return errors.Join(errs...)
	}
	return p, p.start(cmd, opts.LogPath)
}

// startedProc is a started child, reaped by a goroutine of its own.
type startedProc struct {
	argv   []string
	pid    int
	done   chan struct{}
	status string
	stop   func(grace time.Duration) error
	once   sync.Once
	err    error
}

var _ lab.Proc = (*startedProc)(nil)

func (p *startedProc) start(cmd *exec.Cmd, logPath string) error {
	var logf *os.File
	if logPath != "" {
		f, err := os.OpenFile(logPath, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			return &lab.CmdError{Argv: p.argv, Exit: -1, Err: fmt.Errorf("open log: %w", err)}
		}
		logf = f
		defer logf.Close() // the child holds its own copy
		cmd.Stdout, cmd.Stderr = logf, logf
	} else {
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	}
	if err := cmd.Start(); err != nil {
		return &lab.CmdError{Argv: p.argv, Exit: -1, Err: err}
	}
	p.pid = cmd.Process.Pid
	p.done = make(chan struct{})
	go func() {
		err := cmd.Wait()
		if err != nil {
			p.status = err.Error()
		} else {
			p.status = "exit status 0"
		}
		close(p.done)
	}()
	return nil
}

// wait waits for the exit, at most d (forever when d < 0), and reports whether it came.
func (p *startedProc) wait(d time.Duration) bool {
	if d < 0 {
		<-p.done
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-p.done:
		return true
	case <-t.C:
		return false
	}
}

// Pid is the local child's process id (the ssh client, for SSH).
func (p *startedProc) Pid() int { return p.pid }

// Done is closed once the child has exited and been reaped.
func (p *startedProc) Done() <-chan struct{} { return p.done }

// ExitStatus describes how the child ended; valid after Done.
func (p *startedProc) ExitStatus() string { return p.status }

// Stop ends the child and waits for it; calling it again returns the first result.
func (p *startedProc) Stop(grace time.Duration) error {
	p.once.Do(func() {
		select {
		case <-p.done:
			return
		default:
		}
		p.err = p.stop(grace)
	})
	return p.err
}
