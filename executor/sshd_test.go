//go:build unix

package executor

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/vnetbench/vnetbench/internal/testenv"
	"github.com/vnetbench/vnetbench/lab"
)

// TestSSHAgainstSSHD runs the SSH executor against a real sshd on 127.0.0.1, started for the
// test with throwaway keys, host-key checking on.
func TestSSHAgainstSSHD(t *testing.T) {
	srv := startSSHD(t)
	s := srv.client(t, srv.knownHosts)
	ctx := t.Context()
	top := t

	t.Run("run", func(t *testing.T) {
		out, err := s.Run(ctx, []string{"echo", "hello"})
		if err != nil {
			t.Fatal(err)
		}
		if string(out) != "hello\n" {
			t.Errorf("stdout = %q, want %q", out, "hello\n")
		}
	})

	var masterPid int
	t.Run("control master", func(t *testing.T) {
		sockets := controlSockets(t, s.tmpDir)
		if len(sockets) != 1 {
			t.Fatalf("control directory %s holds sockets %q, want one", s.tmpDir, sockets)
		}
		if err := s.Check(ctx); err != nil {
			t.Fatalf("Check: %v", err)
		}
		masterPid = srv.masterPid(t, s)
		top.Cleanup(func() { killLeftover(top, masterPid) })
	})

	t.Run("connection reuse", func(t *testing.T) {
		var conns []string
		for range 3 {
			out, err := s.Run(ctx, []string{"sh", "-c", `echo "$SSH_CONNECTION"`})
			if err != nil {
				t.Fatal(err)
			}
			conns = append(conns, string(out))
		}
		// One TCP connection means one client port for every command.
		if conns[0] == "\n" || conns[1] != conns[0] || conns[2] != conns[0] {
			t.Errorf("SSH_CONNECTION per command = %q, want one connection for all", conns)
		}
		if pid := srv.masterPid(t, s); pid != masterPid {
			t.Errorf("master pid %d after more commands, want the first one, %d", pid, masterPid)
		}
		if n := srv.logins(t); n != 1 {
			t.Errorf("sshd logged %d logins, want 1 for all commands", n)
		}
	})

	t.Run("failing command", func(t *testing.T) {
		out, err := s.Run(ctx, []string{"sh", "-c", "echo partial; echo 'ifconfig: bad value' >&2; exit 3"})
		var ce *lab.CmdError
		if !errors.As(err, &ce) {
			t.Fatalf("err = %v (%T), want *lab.CmdError", err, err)
		}
		if ce.Exit != 3 || ce.Stderr != "ifconfig: bad value\n" || errors.Is(err, ErrTransport) {
			t.Errorf("got Exit %d, Stderr %q, transport %v; want 3, %q, false",
				ce.Exit, ce.Stderr, errors.Is(err, ErrTransport), "ifconfig: bad value\n")
		}
		if ce.Argv[0] != "sh" {
			t.Errorf("Argv = %q, want the remote argv", ce.Argv)
		}
		if string(out) != "partial\n" {
			t.Errorf("stdout = %q, want the partial output", out)
		}
	})

	t.Run("quoting", func(t *testing.T) {
		extra := []string{"a b", "it's", `"dq"`, "$(touch /tmp/vnb-pwned)", "`id`", "a;b", "*", "line 1\nline 2", "$HOME", "&", "|", ">x"}
		args := append(append([]string{}, awkward...), extra...)
		out, err := s.Run(ctx, append([]string{"printf", `%s\n`}, args...))
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.Join(args, "\n") + "\n"; string(out) != want {
			t.Errorf("printf '%%s\\n' printed\n%q\nwant\n%q", out, want)
		}
		out, err = s.Run(ctx, append([]string{"printf", `%s\000`}, args...))
		if err != nil {
			t.Fatal(err)
		}
		if got := splitNUL(out); strings.Join(got, "\x00") != strings.Join(args, "\x00") || len(got) != len(args) {
			t.Errorf("remote argv\n%q\nwant\n%q", got, args)
		}
		if _, err := os.Stat("/tmp/vnb-pwned"); err == nil {
			t.Error("an argument was run as a command substitution")
		}
	})

	t.Run("stdin", func(t *testing.T) {
		in := []byte("PF {\n\tdevice : \"ixl0\";\n}\nbinary\x00and no newline")
		out, err := s.RunInput(ctx, []string{"cat"}, in)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, in) {
			t.Errorf("cat returned %q, want %q", out, in)
		}
	})

	t.Run("concurrent", func(t *testing.T) {
		var wg sync.WaitGroup
		errs := make([]error, 8)
		for i := range errs {
			wg.Go(func() {
				out, err := s.Run(ctx, []string{"echo", strconv.Itoa(i)})
				if err == nil && string(out) != strconv.Itoa(i)+"\n" {
					err = fmt.Errorf("stdout %q", out)
				}
				errs[i] = err
			})
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			t.Error(err)
		}
	})

	t.Run("cancel", func(t *testing.T) {
		pidFile := filepath.Join(t.TempDir(), "pid")
		ctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
		defer cancel()
		start := time.Now()
		_, err := s.Run(ctx, []string{"sh", "-c", `echo $$ >"$1"; exec sleep 30`, "sh", pidFile})
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("Run returned after %v", d)
		}
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err = %v, want context.DeadlineExceeded", err)
		}
		// The remote sleep does not notice its session went away; it is ours to stop.
		if b, err := os.ReadFile(pidFile); err == nil {
			if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
				killLeftover(t, pid)
			}
		}
	})

	t.Run("unknown host key", func(t *testing.T) {
		other := filepath.Join(t.TempDir(), "known_hosts")
		if err := os.WriteFile(other, fmt.Appendf(nil, "[127.0.0.1]:%d %s", srv.port, srv.otherPub), 0o600); err != nil {
			t.Fatal(err)
		}
		bad := srv.client(t, other)
		_, err := bad.Run(ctx, []string{"echo", "must not run"})
		var ce *lab.CmdError
		if !errors.As(err, &ce) || !errors.Is(err, ErrTransport) || ce.Exit != -1 {
			t.Fatalf("err = %v, want a *lab.CmdError with Exit -1 wrapping ErrTransport", err)
		}
		if !strings.Contains(ce.Stderr, "Host key verification failed") {
			t.Errorf("Stderr = %q, want the host-key failure", ce.Stderr)
		}
	})

	t.Run("nothing listening", func(t *testing.T) {
		bad := srv.client(t, srv.knownHosts)
		bad.Target.Port = freePort(t)
		_, err := bad.Run(ctx, []string{"true"})
		if !errors.Is(err, ErrTransport) {
			t.Fatalf("err = %v, want ErrTransport", err)
		}
	})

	t.Run("close", func(t *testing.T) {
		dir := s.tmpDir
		if err := s.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
		if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("control directory %s still there after Close (%v)", dir, err)
		}
		if !waitGone(masterPid, 5*time.Second) {
			t.Errorf("master %d still running after Close", masterPid)
		}
		if _, err := s.Run(ctx, []string{"true"}); err == nil {
			t.Error("Run after Close succeeded")
		}
		if err := s.Close(); err != nil {
			t.Errorf("second Close: %v", err)
		}
	})
}

// testSSHD is an sshd started for one test.
type testSSHD struct {
	port       int
	user       string
	userKey    string // private key file
	knownHosts string // known_hosts holding the server's key
	otherPub   []byte // a host key the server does not have
	log        string // sshd's log file
}

// startSSHD starts sshd on a free port of 127.0.0.1 and stops it when the test ends.
func startSSHD(t *testing.T) *testSSHD {
	t.Helper()
	if os.Geteuid() != 0 {
		notPossible(t, "sshd test needs root")
	}
	const sshd = "/usr/sbin/sshd"
	if _, err := os.Stat(sshd); err != nil {
		notPossible(t, "sshd test needs "+sshd+" (apt-get install openssh-server)")
	}
	for _, bin := range []string{"ssh", "ssh-keygen"} {
		if _, err := exec.LookPath(bin); err != nil {
			notPossible(t, "sshd test needs "+bin+" (apt-get install openssh-client)")
		}
	}
	u, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	srv := &testSSHD{port: freePort(t), user: u.Username, log: filepath.Join(dir, "sshd.log")}
	hostKey := keygen(t, dir, "host")
	srv.userKey = keygen(t, dir, "user")
	srv.otherPub = readFile(t, keygen(t, dir, "other")+".pub")
	srv.knownHosts = filepath.Join(dir, "known_hosts")
	writeFile(t, srv.knownHosts, fmt.Appendf(nil, "[127.0.0.1]:%d %s", srv.port, readFile(t, hostKey+".pub")))
	authorized := filepath.Join(dir, "authorized_keys")
	writeFile(t, authorized, readFile(t, srv.userKey+".pub"))
	conf := filepath.Join(dir, "sshd_config")
	writeFile(t, conf, fmt.Appendf(nil, `Port %d
ListenAddress 127.0.0.1
HostKey %s
PidFile %s
AuthorizedKeysFile %s
UsePAM no
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
StrictModes no
LogLevel VERBOSE
`, srv.port, hostKey, filepath.Join(dir, "sshd.pid"), authorized))

	// sshd refuses to start without its privilege-separation directory.
	if _, err := os.Stat("/run/sshd"); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll("/run/sshd", 0o755); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Remove("/run/sshd") })
	}

	logf, err := os.Create(srv.log)
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	cmd := exec.Command(sshd, "-D", "-e", "-f", conf)
	cmd.Stdout, cmd.Stderr = logf, logf
	// Its own process group, so that stopping it also stops the per-connection processes.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
	})

	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(srv.port))
	for deadline := time.Now().Add(10 * time.Second); ; {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			break
		}
		select {
		case <-exited:
			t.Fatalf("sshd exited: %s", readFile(t, srv.log))
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("sshd not listening on %s after 10s: %s", addr, readFile(t, srv.log))
		}
	}
	return srv
}

// client returns an SSH executor for the server that trusts the keys in knownHosts only, and
// is closed when the test ends.
func (srv *testSSHD) client(t *testing.T, knownHosts string) *SSH {
	s := &SSH{
		Target:     Target{User: srv.user, Host: "127.0.0.1", Port: srv.port},
		ConfigFile: "/dev/null",
		Options: []string{
			"UserKnownHostsFile=" + knownHosts,
			"GlobalKnownHostsFile=/dev/null",
			"StrictHostKeyChecking=yes",
			"IdentityFile=" + srv.userKey,
			"IdentitiesOnly=yes",
		},
		ControlPersist: time.Minute,
		ConnectTimeout: 5 * time.Second,
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

var masterRE = regexp.MustCompile(`Master running \(pid=(\d+)\)`)

// masterPid asks ssh for the pid of s's control master.
func (srv *testSSHD) masterPid(t *testing.T, s *SSH) int {
	t.Helper()
	argv, err := s.command(s.tmpDir, "-O", "check", "--", s.Target.Host)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
	m := masterRE.FindSubmatch(out)
	if err != nil || m == nil {
		t.Fatalf("ssh -O check: %v: %s", err, out)
	}
	pid, _ := strconv.Atoi(string(m[1]))
	return pid
}

// logins counts the logins sshd accepted.
func (srv *testSSHD) logins(t *testing.T) int {
	return bytes.Count(readFile(t, srv.log), []byte("Accepted publickey"))
}

// notPossible skips the test, or fails it when the environment promised it could run.
func notPossible(t *testing.T, why string) {
	t.Helper()
	testenv.Unavailable(t, why)
}

func keygen(t *testing.T, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "vnetbench-test-"+name, "-f", path).CombinedOutput()
	if err != nil {
		t.Fatalf("ssh-keygen: %v: %s", err, out)
	}
	return path
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func controlSockets(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if e.Type()&fs.ModeSocket != 0 {
			out = append(out, e.Name())
		}
	}
	return out
}

// waitGone waits until pid no longer runs (a zombie that nobody reaps counts as gone).
func waitGone(pid int, d time.Duration) bool {
	for deadline := time.Now().Add(d); ; time.Sleep(50 * time.Millisecond) {
		if syscall.Kill(pid, 0) != nil {
			return true
		}
		if stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid)); err == nil {
			if i := bytes.LastIndexByte(stat, ')'); i > 0 && bytes.HasPrefix(stat[i+1:], []byte(" Z")) {
				return true
			}
		}
		if time.Now().After(deadline) {
			return false
		}
	}
}

// killLeftover stops pid, a process this test started, if it is still running.
func killLeftover(t *testing.T, pid int) {
	if pid <= 1 || waitGone(pid, 0) {
		return
	}
	t.Logf("stopping leftover process %d", pid)
	syscall.Kill(pid, syscall.SIGKILL)
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
