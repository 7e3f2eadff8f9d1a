package bird

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/vishvananda/netlink"
	"github.com/vishvananda/netns"

	"github.com/vnetbench/vnetbench/internal/testenv"
)

// requireRootAndBird returns the path of the bird binary, or skips the test when it cannot
// run here. With VNETBENCH_REQUIRE_ROOT=1 (as .ci/run sets it) a missing requirement fails.
func requireRootAndBird(t *testing.T) string {
	t.Helper()
	testenv.Root(t)
	for _, p := range []string{"bird", "/usr/sbin/bird", "/usr/local/sbin/bird"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	testenv.Unavailable(t, "bird (BIRD 2) not found in PATH, /usr/sbin or /usr/local/sbin; install the bird2 package")
	return ""
}

// syncBuffer collects bird's log output, written by the exec copier goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// liveBird is a bird process the test started in a namespace of its own.
type liveBird struct {
	cmd    *exec.Cmd
	exited chan struct{} // closed once cmd.Wait has returned
	log    *syncBuffer
}

// startBirdInNetns creates an anonymous network namespace with lo up and 198.51.100.1/32 on it,
// and starts bird in it as a child. Cleanups stop bird and release the namespace, whatever
// happens; nothing is left behind (an anonymous namespace dies with its last process and fd).
func startBirdInNetns(t *testing.T, argv []string) *liveBird {
	t.Helper()
	type result struct {
		ns  netns.NsHandle
		cmd *exec.Cmd
		err error
	}
	lb := &liveBird{exited: make(chan struct{}), log: &syncBuffer{}}
	ch := make(chan result, 1)
	go func() {
		// The namespace is a property of this OS thread. If the thread cannot be put back in
		// its original namespace it stays locked, so that Go ends it with this goroutine
		// instead of reusing it for other work.
		runtime.LockOSThread()
		orig, err := netns.Get()
		if err != nil {
			runtime.UnlockOSThread()
			ch <- result{err: fmt.Errorf("get current netns: %w", err)}
			return
		}
		defer orig.Close()
		var res result
		res.ns, err = netns.New()
		if err != nil {
			res.err = fmt.Errorf("new netns: %w", err)
		} else {
			res.cmd, res.err = setupAndStart(argv, lb.log)
		}
		if err := netns.Set(orig); err != nil {
			res.err = errors.Join(res.err, fmt.Errorf("restore netns: %w", err))
			ch <- res
			return
		}
		runtime.UnlockOSThread()
		ch <- res
	}()
	res := <-ch
	if res.ns.IsOpen() {
		t.Cleanup(func() {
			if err := res.ns.Close(); err != nil {
				t.Errorf("close netns: %v", err)
			}
		})
	}
	if res.cmd != nil {
		lb.cmd = res.cmd
		go func() {
			res.cmd.Wait()
			close(lb.exited)
		}()
		// Registered after the namespace cleanup, so it runs before it.
		t.Cleanup(func() { lb.stop(t) })
	}
	if res.err != nil {
		t.Fatal(res.err)
	}
	return lb
}

// setupAndStart runs on the locked thread inside the new namespace.
func setupAndStart(argv []string, log *syncBuffer) (*exec.Cmd, error) {
	lo, err := netlink.LinkByName("lo")
	if err != nil {
		return nil, fmt.Errorf("find lo: %w", err)
	}
	if err := netlink.LinkSetUp(lo); err != nil {
		return nil, fmt.Errorf("set lo up: %w", err)
	}
	a, err := netlink.ParseAddr("198.51.100.1/32")
	if err != nil {
		return nil, err
	}
	if err := netlink.AddrAdd(lo, a); err != nil {
		return nil, fmt.Errorf("add address to lo: %w", err)
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdout, cmd.Stderr = log, log
	// If the test binary dies without running its cleanups (a panic, a -timeout), the kernel
	// kills bird. The signal follows the thread that forked, which outlives the test: Go does
	// not end unlocked threads.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil { // forks from this thread: bird inherits the namespace
		return nil, fmt.Errorf("start %s: %w", argv[0], err)
	}
	return cmd, nil
}

// stop ends bird (SIGTERM, then SIGKILL) and waits until it is reaped.
func (lb *liveBird) stop(t *testing.T) {
	select {
	case <-lb.exited:
	default:
		lb.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-lb.exited:
		case <-time.After(5 * time.Second):
			lb.cmd.Process.Kill()
			<-lb.exited
		}
	}
	if t.Failed() {
		t.Logf("bird log:\n%s", lb.log.String())
	}
	if err := syscall.Kill(lb.cmd.Process.Pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("bird pid %d still exists after stop (kill -0: %v)", lb.cmd.Process.Pid, err)
	}
}

// netnsHolders lists the processes whose namespace, or one of whose open files, is ns
// ("net:[4026532281]").
func netnsHolders(ns string) []string {
	var out []string
	links, _ := filepath.Glob("/proc/[0-9]*/ns/net")
	fds, _ := filepath.Glob("/proc/self/fd/*")
	for _, l := range append(links, fds...) {
		if target, err := os.Readlink(l); err == nil && target == ns {
			out = append(out, l)
		}
	}
	return out
}

// eventually retries f until it returns nil or ctx ends, and returns f's last error.
func eventually(ctx context.Context, f func() error) error {
	for {
		err := f()
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (last error: %v)", ctx.Err(), err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// TestLiveBird runs a real BIRD 2 in a throwaway namespace and reads it through the client.
func TestLiveBird(t *testing.T) {
	birdPath := requireRootAndBird(t)
	dir := t.TempDir()
	if len(dir) > 80 { // sun_path holds 108 bytes
		d, err := os.MkdirTemp("/tmp", "vnb-bird")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(d) })
		dir = d
	}
	sock := filepath.Join(dir, "bird.ctl")
	conf := filepath.Join(dir, "bird.conf")
	pidfile := filepath.Join(dir, "bird.pid")
	config := `log stderr all;
router id 192.0.2.1;
protocol device {}
protocol ospf v2 { ipv4 { import all; export all; }; area 0 { interface "lo" { stub yes; }; }; }
`
	if err := os.WriteFile(conf, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	// Registered first, so it runs after the cleanups that stop bird and close the namespace.
	var labNS string
	t.Cleanup(func() {
		if labNS != "" {
			if holders := netnsHolders(labNS); len(holders) > 0 {
				t.Errorf("namespace %s still held after cleanup by %v", labNS, holders)
			}
		}
	})
	lb := startBirdInNetns(t, []string{birdPath, "-f", "-c", conf, "-s", sock, "-P", pidfile})

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	// Wait for the control socket, noticing at once if bird exits instead.
	var c *Client
	err := eventually(ctx, func() error {
		select {
		case <-lb.exited:
			return fmt.Errorf("bird exited: %v", lb.cmd.ProcessState)
		default:
		}
		dctx, dcancel := context.WithTimeout(ctx, 2*time.Second)
		defer dcancel()
		var err error
		c, err = Dial(dctx, sock)
		return err
	})
	if err != nil {
		t.Fatalf("connect to bird: %v", err)
	}
	defer c.Close()
	if !strings.HasPrefix(c.Version(), "2.") {
		t.Errorf("Version() = %q, want BIRD 2", c.Version())
	}

	// The daemon is the process this test started, and it is not in our namespace.
	pid := lb.cmd.Process.Pid
	if data, err := os.ReadFile(pidfile); err != nil || strings.TrimSpace(string(data)) != strconv.Itoa(pid) {
		t.Errorf("pidfile holds %q (%v), want %d", data, err, pid)
	}
	ours, err1 := os.Readlink("/proc/self/ns/net")
	theirs, err2 := os.Readlink(fmt.Sprintf("/proc/%d/ns/net", pid))
	if err1 != nil || err2 != nil || ours == theirs {
		t.Errorf("bird's netns %q (%v) must differ from ours %q (%v)", theirs, err2, ours, err1)
	} else {
		labNS = theirs
	}

	t.Run("status", func(t *testing.T) {
		st, err := c.ShowStatus(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Version != c.Version() || st.RouterID != addr("192.0.2.1") || !st.Up || st.Message != "Daemon is up and running" {
			t.Errorf("ShowStatus = %+v", st)
		}
		if d := time.Since(st.ServerTime); d < -time.Minute || d > time.Minute {
			t.Errorf("server time %v is %v away from ours", st.ServerTime, d)
		}
		if st.LastReboot.After(st.ServerTime) || st.LastReconfig.Before(st.LastReboot) {
			t.Errorf("times out of order: %+v", st)
		}
	})

	t.Run("protocols", func(t *testing.T) {
		err := eventually(ctx, func() error {
			ps, err := c.ShowProtocols(ctx)
			if err != nil {
				return err
			}
			byName := map[string]Protocol{}
			for _, p := range ps {
				byName[p.Name] = p
			}
			if d := byName["device1"]; d.Proto != "Device" || d.Table != "---" || d.State != "up" {
				return fmt.Errorf("device1 is %+v", d)
			}
			if o := byName["ospf1"]; o.Proto != "OSPF" || o.Table != "master4" || o.State != "up" || o.Info == "" {
				return fmt.Errorf("ospf1 is %+v", o)
			}
			if len(ps) != 2 {
				return fmt.Errorf("protocols %+v, want device1 and ospf1", ps)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})

	t.Run("ospf", func(t *testing.T) {
		var sum OSPFSummary
		err := eventually(ctx, func() error {
			var err error
			sum, err = c.ShowOSPF(ctx, "ospf1")
			if err == nil && sum.LSAs < 1 {
				err = fmt.Errorf("no LSA yet")
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		want := []OSPFArea{{ID: zeroAddr, Backbone: true, Ifaces: 1}}
		if sum.Proto != "ospf1" || fmt.Sprint(sum.Areas) != fmt.Sprint(want) {
			t.Errorf("ShowOSPF = %+v, want ospf1 with areas %+v", sum, want)
		}

		ifaces, err := c.ShowOSPFInterface(ctx, "ospf1")
		if err != nil {
			t.Fatal(err)
		}
		if len(ifaces) != 1 {
			t.Fatalf("ShowOSPFInterface = %+v, want lo only", ifaces)
		}
		lo := ifaces[0]
		if lo.Name != "lo" || lo.Prefix != netip.MustParsePrefix("198.51.100.1/32") || !lo.Stub ||
			lo.Area != zeroAddr || lo.Hello != 10*time.Second || lo.Dead != 40*time.Second || lo.Type == "" || lo.State == "" {
			t.Errorf("lo = %+v", lo)
		}

		nbrs, err := c.ShowOSPFNeighbors(ctx, "ospf1")
		if err != nil || len(nbrs) != 0 {
			t.Errorf("ShowOSPFNeighbors = %+v, %v; want none", nbrs, err)
		}
	})

	t.Run("route count", func(t *testing.T) {
		var rc RouteCount
		err := eventually(ctx, func() error {
			var err error
			rc, err = c.ShowRouteCount(ctx)
			if err == nil && rc.Routes < 1 {
				err = fmt.Errorf("no route yet: %+v", rc)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		// OSPF's stub route 198.51.100.1/32 in master4; master6 exists and is empty.
		want := RouteCount{Shown: 1, Routes: 1, Networks: 1, Tables: []TableCount{{"master4", 1, 1, 1}, {"master6", 0, 0, 0}}}
		if fmt.Sprint(rc) != fmt.Sprint(want) {
			t.Errorf("ShowRouteCount = %+v, want %+v", rc, want)
		}
	})

	t.Run("errors", func(t *testing.T) {
		tests := []struct {
			cmd  string
			code int
		}{
			{`show protocols "nosuch*"`, CodeNoProtocolsMatch},
			{"show protocols nosuch", CodeParseError},
			{"show ospf device1", CodeParseError},
			{"show nonsense", CodeParseError},
		}
		for _, tt := range tests {
			_, err := c.Cmd(ctx, tt.cmd)
			var re *ReplyError
			if !errors.As(err, &re) || re.Code != tt.code {
				t.Errorf("%s: got %v, want a *ReplyError %04d", tt.cmd, err, tt.code)
			}
		}
		// Errors are complete replies: the connection is still good.
		if _, err := c.ShowStatus(ctx); err != nil {
			t.Errorf("after error replies: %v", err)
		}
	})

	// Reply.Text must print what birdc prints for the same command.
	t.Run("birdc agrees", func(t *testing.T) {
		birdc, err := exec.LookPath(filepath.Join(filepath.Dir(birdPath), "birdc"))
		if err != nil {
			t.Skip("birdc not installed next to bird")
		}
		for _, cmd := range []string{"show route count", "show ospf interface ospf1", "show protocols all ospf1"} {
			reply, err := c.Cmd(ctx, cmd)
			if err != nil {
				t.Fatal(err)
			}
			out, err := exec.CommandContext(ctx, birdc, "-s", sock, cmd).Output()
			if err != nil {
				t.Fatalf("birdc %s: %v", cmd, err)
			}
			want := "BIRD " + c.Version() + " ready.\n" + string(reply.Text())
			if string(out) != want {
				t.Errorf("%s:\nbirdc printed %q\n  Text() gave %q", cmd, out, want)
			}
		}
	})

	// The socket is BIRD's; closing ours leaves BIRD serving others.
	if err := c.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if _, err := c.Cmd(ctx, "show status"); err == nil {
		t.Error("Cmd after Close: no error")
	}
}
