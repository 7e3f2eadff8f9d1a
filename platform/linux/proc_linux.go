//go:build linux

package linux

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

// BirdBinary is the BIRD 2 daemon started in each node.
var BirdBinary = "bird"

// proc is a supervised child started inside a namespace.
type proc struct {
	cmd    *exec.Cmd
	done   chan struct{}
	status string
}

var _ lab.Proc = (*proc)(nil)

func (c *proc) Pid() int              { return c.cmd.Process.Pid }
func (c *proc) Done() <-chan struct{} { return c.done }
func (c *proc) ExitStatus() string    { return c.status }

// Stop sends SIGTERM, then SIGKILL after grace, and waits until the child is reaped.
func (c *proc) Stop(grace time.Duration) error {
	select {
	case <-c.done:
		return nil
	default:
	}
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("stop pid %d: %w", c.Pid(), err)
	}
	select {
	case <-c.done:
		return nil
	case <-time.After(grace):
	}
	c.cmd.Process.Kill()
	<-c.done
	return nil
}

// StartDaemon starts BIRD in the foreground inside node, logging to f.Log, and supervises it.
func (p *Platform) StartDaemon(ctx context.Context, node string, f lab.DaemonFiles, j lab.Journal) (lab.Proc, error) {
	n, done, err := p.node(node)
	if err != nil {
		return nil, err
	}
	defer done()
	logf, err := os.OpenFile(f.Log, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("daemon log: %w", err)
	}
	defer logf.Close() // the child keeps its own copy
	argv := []string{BirdBinary, "-f", "-c", f.Config, "-s", f.Socket, "-P", f.PID}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdout, cmd.Stderr = logf, logf
	// Its own process group: a terminal's ^C reaches vnetbench, which stops daemons in order.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	if f.Survive {
		cmd.SysProcAttr.Pdeathsig = 0
	}
	// The caller journaled the intent to start; the pid is journaled as soon as it exists,
	// and until then Pdeathsig ties the child to this process.
	if err := inNS(n.ns, cmd.Start); err != nil {
		return nil, &lab.CmdError{Argv: argv, Exit: -1, Err: err}
	}
	c := &proc{cmd: cmd, done: make(chan struct{})}
	start, _ := procStartTime(cmd.Process.Pid)
	jerr := j.Add(lab.Resource{Kind: lab.ResProcess, Name: "bird", Node: p.NSName(node), Pid: cmd.Process.Pid, Start: start})
	go func() {
		err := cmd.Wait()
		if err != nil {
			c.status = err.Error()
		} else {
			c.status = "exit status 0"
		}
		close(c.done)
	}()
	if jerr != nil {
		c.Stop(time.Second)
		return nil, jerr
	}
	return c, nil
}

// runIn runs a tool inside node and returns its standard output. The command is bounded by
// ctx; a non-zero exit returns the output with a *lab.CmdError.
func (p *Platform) runIn(ctx context.Context, node string, argv []string) ([]byte, error) {
	n, done, err := p.node(node)
	if err != nil {
		return nil, err
	}
	defer done()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := inNS(n.ns, cmd.Start); err != nil {
		return nil, &lab.CmdError{Argv: argv, Exit: -1, Err: err}
	}
	if err := cmd.Wait(); err != nil {
		ce := &lab.CmdError{Argv: argv, Exit: -1, Stderr: stderr.String(), Err: err}
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			ce.Exit = ee.ExitCode()
		}
		return stdout.Bytes(), ce
	}
	return stdout.Bytes(), nil
}

// procStartTime reads a process's start time (clock ticks since boot, field 22 of
// /proc/PID/stat), which with the pid identifies it across pid reuse.
func procStartTime(pid int) (uint64, error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, err
	}
	// The command name may contain spaces and parentheses: fields start after the last ')'.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, fmt.Errorf("pid %d: malformed stat", pid)
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 20 {
		return 0, fmt.Errorf("pid %d: short stat", pid)
	}
	if f[0] == "Z" || f[0] == "X" {
		return 0, errProcGone
	}
	return strconv.ParseUint(f[19], 10, 64)
}

var errProcGone = errors.New("process gone")

// alive reports whether pid is still the process journaled with start time start. Zombies
// count as dead.
func alive(pid int, start uint64) bool {
	st, err := procStartTime(pid)
	return err == nil && (start == 0 || st == start)
}

// stopProcesses ends journaled processes by pid: SIGTERM to every one still alive and still
// the same process, then SIGKILL to those alive after a grace period. Entries without a pid
// (journaled before a start that may not have happened) are skipped.
func stopProcesses(ctx context.Context, rs []lab.Resource) error {
	var live []lab.Resource
	for _, r := range rs {
		if r.Pid > 0 && alive(r.Pid, r.Start) {
			if err := syscall.Kill(r.Pid, syscall.SIGTERM); err == nil {
				live = append(live, r)
			}
		}
	}
	deadline := time.Now().Add(3 * time.Second)
	for len(live) > 0 && time.Now().Before(deadline) && ctx.Err() == nil {
		time.Sleep(20 * time.Millisecond)
		live = filterAlive(live)
	}
	var mu sync.Mutex
	var errs []error
	for _, r := range live {
		if err := syscall.Kill(r.Pid, syscall.SIGKILL); err != nil && !errors.Is(err, syscall.ESRCH) {
			mu.Lock()
			errs = append(errs, fmt.Errorf("kill pid %d (%s in %s): %w", r.Pid, r.Name, r.Node, err))
			mu.Unlock()
		}
	}
	for end := time.Now().Add(2 * time.Second); len(live) > 0 && time.Now().Before(end); {
		time.Sleep(20 * time.Millisecond)
		live = filterAlive(live)
	}
	for _, r := range live {
		errs = append(errs, fmt.Errorf("pid %d (%s in %s) survived SIGKILL", r.Pid, r.Name, r.Node))
	}
	return errors.Join(errs...)
}

func filterAlive(rs []lab.Resource) []lab.Resource {
	out := rs[:0]
	for _, r := range rs {
		if alive(r.Pid, r.Start) {
			out = append(out, r)
		}
	}
	return out
}
