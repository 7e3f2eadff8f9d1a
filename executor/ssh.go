package executor

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

var (
	_ lab.Executor = (*SSH)(nil)
	_ InputRunner  = (*SSH)(nil)
)

// ErrTransport is wrapped in the Err of a *lab.CmdError when ssh itself failed (it could not
// connect or authenticate, the host key did not verify, the connection broke), as opposed to
// the remote command failing. ssh reports its own failures as exit status 255, so a remote
// command that exits 255 is reported as a transport failure too.
var ErrTransport = errors.New("ssh transport failure")

// Target is the lab box SSH logs in to.
type Target struct {
	// User is the remote login; empty leaves it to ssh (its config, then the local user name).
	User string
	// Host is a host name or an IP address, without brackets.
	Host string
	// Port is the TCP port; 0 leaves it to ssh (its config, then 22).
	Port int
}

// ParseTarget parses ssh://[user@]host[:port]; an IPv6 address is written in brackets and the
// port defaults to 22. Passwords, paths and queries are refused, and so are user and host
// names with characters outside those names use, since both end up on a command line.
func ParseTarget(s string) (Target, error) {
	if !strings.HasPrefix(s, "ssh://") {
		return Target{}, fmt.Errorf("ssh target %q: want ssh://user@host[:port]", s)
	}
	u, err := url.Parse(s)
	if err != nil {
		return Target{}, fmt.Errorf("ssh target: %w", err)
	}
	if u.Path != "" && u.Path != "/" || u.RawQuery != "" || u.Fragment != "" {
		return Target{}, fmt.Errorf("ssh target %q: unexpected path, query or fragment", s)
	}
	t := Target{Host: u.Hostname(), Port: 22}
	if u.User != nil {
		if _, ok := u.User.Password(); ok {
			return Target{}, fmt.Errorf("ssh target %q: passwords are not supported; use keys", s)
		}
		t.User = u.User.Username()
		if t.User == "" {
			return Target{}, fmt.Errorf("ssh target %q: empty user before @", s)
		}
	}
	if strings.HasSuffix(u.Host, ":") {
		return Target{}, fmt.Errorf("ssh target %q: bad port: empty", s)
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return Target{}, fmt.Errorf("ssh target %q: bad port %q: want 1-65535", s, p)
		}
		t.Port = n
	}
	if err := t.check(); err != nil {
		return Target{}, fmt.Errorf("ssh target %q: %w", s, err)
	}
	return t, nil
}

// check refuses a target that could be read as anything but one user and one host.
func (t Target) check() error {
	if t.Host == "" {
		return errors.New("missing host")
	}
	if _, err := netip.ParseAddr(t.Host); err != nil && !nameOK(t.Host, ".-_") {
		return fmt.Errorf("bad host %q: want a host name or an IP address", t.Host)
	}
	if t.User != "" && !nameOK(t.User, "._-") {
		return fmt.Errorf("bad user %q: want letters, digits, '.', '_' and '-'", t.User)
	}
	if t.Port < 0 || t.Port > 65535 {
		return fmt.Errorf("bad port %d: want 1-65535", t.Port)
	}
	return nil
}

// nameOK reports whether s is letters, digits and extra, and does not start like an option.
func nameOK(s, extra string) bool {
	if s == "" || s[0] == '-' || s[0] == '.' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(extra, c) >= 0) {
			return false
		}
	}
	return true
}

// String returns the target as ssh://user@host:port.
func (t Target) String() string {
	u := url.URL{Scheme: "ssh", Host: t.Host}
	if strings.Contains(t.Host, ":") {
		u.Host = "[" + t.Host + "]"
	}
	if t.Port != 0 {
		u.Host += ":" + strconv.Itoa(t.Port)
	}
	if t.User != "" {
		u.User = url.User(t.User)
	}
	return u.String()
}

// SSH runs commands on a lab box with the system OpenSSH client, so the user's keys, agent and
// known_hosts work as they do for ssh itself. It never prompts (BatchMode) and never disables
// host-key checking: the box's key must already be known. All commands share one multiplexed
// connection (ControlMaster), opened by the first command and kept for ControlPersist after the
// last; Close stops it. Safe for concurrent use; to avoid several first commands each opening
// a connection of their own, run one command (`true`) before going concurrent.
//
// The remote command is one string: each word quoted with ShQuote, for the login shell of the
// remote user, which must therefore be a POSIX shell (FreeBSD root's is /bin/sh since 14.0; it
// was csh before).
//
// Cancelling ctx kills the local ssh client and Run returns within about a second, but the
// remote command, which has no terminal and so gets no SIGHUP, runs on until it ends by itself;
// stopping it is the caller's business (by pid, or with a command of its own).
type SSH struct {
	Target Target
	// Options are extra ssh options, each "Key=Value" as for ssh -o (IdentityFile=…,
	// UserKnownHostsFile=…). Those that SSH sets itself, and StrictHostKeyChecking=no, are
	// refused.
	Options []string
	// ConfigFile, if set, replaces ~/.ssh/config (ssh -F); "/dev/null" ignores it.
	ConfigFile string
	// ControlDir holds the control socket; empty means a private temporary directory, removed
	// by Close. The socket path (ControlDir + 41 bytes) must fit in a Unix socket address.
	ControlDir string
	// ControlPersist is how long the connection outlives its last command; 0 means 5 minutes.
	ControlPersist time.Duration
	// ConnectTimeout bounds connecting and logging in; 0 means 15 seconds.
	ConnectTimeout time.Duration

	mu     sync.Mutex
	tmpDir string // the ControlDir we created, if any
	used   bool
	closed bool
}

// Run runs argv on the target and returns its standard output. A remote command that fails
// returns a *lab.CmdError with its exit status and stderr; a failure of ssh itself returns one
// with Exit -1 and ErrTransport in its Err.
func (s *SSH) Run(ctx context.Context, argv []string) ([]byte, error) {
	return s.RunInput(ctx, argv, nil)
}

// RunInput is Run with stdin as the remote command's standard input (nil: an empty input).
func (s *SSH) RunInput(ctx context.Context, argv []string, stdin []byte) ([]byte, error) {
	if err := checkCall(ctx, argv); err != nil {
		return nil, err
	}
	sshArgv, err := s.remote(argv)
	if err != nil {
		return nil, err
	}
	stdout, stderr, exit, err := runProcess(ctx, sshArgv, stdin, "", nil, sshWaitDelay)
	switch {
	case err == nil:
		return stdout, nil
	case exit == 255:
		err = fmt.Errorf("%w: %s: ssh exit status 255", ErrTransport, s.Target)
		return stdout, &lab.CmdError{Argv: clone(argv), Exit: -1, Stderr: string(stderr), Err: err}
	case exit < 0 && ctx.Err() == nil:
		err = fmt.Errorf("%w: %s: %w", ErrTransport, s.Target, err)
	}
	return stdout, &lab.CmdError{Argv: clone(argv), Exit: exit, Stderr: string(stderr), Err: err}
}

// Check asks the control master whether it is running (ssh -O check). It returns nil if it
// is, and otherwise a *lab.CmdError, for the ssh command, that wraps ErrTransport.
func (s *SSH) Check(ctx context.Context) error {
	dir, err := s.controlDir()
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrTransport, s.Target, err)
	}
	return s.control(ctx, dir, "check")
}

// Close stops the control master (ssh -O exit), if one is running, and removes the temporary
// control directory. Commands run after Close fail. Close is idempotent.
func (s *SSH) Close() error {
	s.mu.Lock()
	dir, tmp, used := s.ControlDir, s.tmpDir, s.used && !s.closed
	if dir == "" {
		dir = tmp
	}
	s.closed = true
	s.mu.Unlock()
	if !used {
		return nil
	}
	var err error
	// A configuration ssh cannot be run with never started a master.
	if argv, cerr := s.command(dir, "-O", "exit", "--", s.Target.Host); cerr == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, stderr, exit, runErr := runProcess(ctx, argv, nil, "", nil, sshWaitDelay)
		if runErr != nil && !noMaster(string(stderr)) {
			err = &lab.CmdError{Argv: argv, Exit: exit, Stderr: string(stderr), Err: runErr}
		}
	}
	if tmp != "" {
		err = errors.Join(err, os.RemoveAll(tmp))
	}
	if err != nil {
		return fmt.Errorf("close ssh connection to %s: %w", s.Target, err)
	}
	return nil
}

// noMaster reports whether ssh -O failed only because no master was listening.
func noMaster(stderr string) bool {
	return strings.Contains(stderr, "No such file or directory") || strings.Contains(stderr, "Connection refused")
}

// control runs ssh -O op against the master.
func (s *SSH) control(ctx context.Context, dir, op string) error {
	argv, err := s.command(dir, "-O", op, "--", s.Target.Host)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrTransport, s.Target, err)
	}
	_, stderr, exit, err := runProcess(ctx, argv, nil, "", nil, sshWaitDelay)
	if err != nil {
		return &lab.CmdError{Argv: argv, Exit: exit, Stderr: string(stderr), Err: fmt.Errorf("%w: %w", ErrTransport, err)}
	}
	return nil
}

// controlDir returns the directory of the control socket, creating a private one if needed.
func (s *SSH) controlDir() (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return "", errors.New("executor is closed")
	}
	s.used = true
	if s.ControlDir != "" {
		return s.ControlDir, nil
	}
	if s.tmpDir == "" {
		dir, err := os.MkdirTemp("", "vnb-ssh-")
		if err != nil {
			return "", fmt.Errorf("control directory: %w", err)
		}
		s.tmpDir = dir
	}
	return s.tmpDir, nil
}

// sshWaitDelay bounds how long output is awaited after the ssh client exited or was killed.
// The control master holds the client's stdout and stderr (they are passed to it) until the
// remote command ends, which after a cancel may be never.
const sshWaitDelay = time.Second

// maxSocketPath is the smallest sun_path among the systems vnetbench runs on (FreeBSD: 104,
// Linux: 108), less the terminating NUL.
const maxSocketPath = 103

// command returns the ssh argv: the fixed options first, because ssh keeps the first value
// it sees for an option, then the caller's, then rest.
// remote returns the local ssh argv that runs argv on the target over the shared connection,
// argv quoted for the remote /bin/sh; opts go to ssh before the destination. A failure is a
// transport error.
func (s *SSH) remote(argv []string, opts ...string) ([]string, error) {
	fail := func(err error) error {
		return &lab.CmdError{Argv: clone(argv), Exit: -1, Err: fmt.Errorf("%w: %s: %w", ErrTransport, s.Target, err)}
	}
	dir, err := s.controlDir()
	if err != nil {
		return nil, fail(err)
	}
	words := make([]string, len(argv))
	for i, w := range argv {
		words[i] = ShQuote(w)
	}
	sshArgv, err := s.command(dir, append(opts, "--", s.Target.Host, strings.Join(words, " "))...)
	if err != nil {
		return nil, fail(err)
	}
	return sshArgv, nil
}

func (s *SSH) command(dir string, rest ...string) ([]string, error) {
	if err := s.Target.check(); err != nil {
		return nil, err
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("control directory: %w", err)
	}
	if strings.ContainsAny(dir, " \t\n\"'\\") {
		return nil, fmt.Errorf("control directory %q: ssh cannot take a path with spaces, quotes or backslashes", dir)
	}
	if len(dir)+41 > maxSocketPath {
		return nil, fmt.Errorf("control directory %q: too long for a Unix socket path (at most %d bytes)", dir, maxSocketPath-41)
	}
	persist, timeout := s.ControlPersist, s.ConnectTimeout
	if persist <= 0 {
		persist = 5 * time.Minute
	}
	if timeout <= 0 {
		timeout = 15 * time.Second
	}
	argv := []string{"ssh", "-T"}
	if s.ConfigFile != "" {
		argv = append(argv, "-F", s.ConfigFile)
	}
	argv = append(argv,
		"-o", "BatchMode=yes",
		"-o", "ControlMaster=auto",
		"-o", "ControlPath="+strings.ReplaceAll(dir, "%", "%%")+"/%C",
		"-o", "ControlPersist="+seconds(persist),
		"-o", "ConnectTimeout="+seconds(timeout),
	)
	for _, o := range s.Options {
		if err := checkOption(o); err != nil {
			return nil, err
		}
		argv = append(argv, "-o", o)
	}
	if s.Target.Port != 0 {
		argv = append(argv, "-p", strconv.Itoa(s.Target.Port))
	}
	if s.Target.User != "" {
		argv = append(argv, "-l", s.Target.User)
	}
	return append(argv, rest...), nil
}

func seconds(d time.Duration) string {
	return strconv.FormatInt(int64((d+time.Second-1)/time.Second), 10)
}

// checkOption refuses a caller's ssh option that would be ignored (SSH sets it first) or that
// turns host-key checking off.
func checkOption(o string) error {
	key, val, ok := strings.Cut(o, "=")
	key, val = strings.TrimSpace(key), strings.TrimSpace(val)
	switch {
	case !ok || !nameOK(key, ""):
		return fmt.Errorf("ssh option %q: want Key=Value", o)
	case strings.ContainsAny(o, "\n\r\x00"):
		return fmt.Errorf("ssh option %q: contains a line break or NUL", o)
	}
	switch strings.ToLower(key) {
	case "batchmode", "controlmaster", "controlpath", "controlpersist", "connecttimeout":
		return fmt.Errorf("ssh option %q: %s is set by the executor (see the SSH fields)", o, key)
	case "stricthostkeychecking":
		if v := strings.ToLower(val); v == "no" || v == "off" {
			return fmt.Errorf("ssh option %q: host-key checking stays on; put the lab box's key in a known_hosts file (UserKnownHostsFile=…)", o)
		}
	}
	return nil
}
