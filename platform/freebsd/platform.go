// Package freebsd is the FreeBSD platform: every node is a VNET jail (jail -c … persist vnet)
// named with a run-scoped prefix, links are epair(4) pairs, segments are if_bridge(4)
// bridges, and the host role is the host itself. It speaks jail, jexec, ifconfig, sysctl,
// route, netstat, ps, pkill and iovctl, and nothing else: every side effect goes through the
// injected lab.Executor, which runs the argv on this machine (executor.Local), on a lab box
// over OpenSSH (executor.SSH) or nowhere (executor.Recorder, for `vnetbench plan`). Building
// an argv is portable, so this package builds and is tested on every GOOS.
//
// The commands are the seed article's ("VNET jails", FreeBSD Journal), made safe for a tool:
//
//	jail -c name=vnb-3fa2-jail1 host.hostname=jail1 persist vnet
//	ifconfig bridge create name vnetdemobridge mtu 9000 up
//	ifconfig epair1 create mtu 9000 up
//	ifconfig vnetdemobridge addm epair1a edge epair1a
//	ifconfig epair1b vnet vnb-3fa2-jail1
//	jexec vnb-3fa2-jail1 ifconfig epair1b inet 192.0.2.1/20 mtu 9000 up
//	jexec vnb-3fa2-jail1 ifconfig lo1 create inet 198.51.100.1/32 up
//	jexec vnb-3fa2-jail1 bird -f -c … -s … -P …
//
// Epairs are created by unit (`ifconfig epair1 create`), not with the kernel's choice and a
// rename: the kernel refuses a wildcard create whose unit names an existing interface (a
// renamed one included), so renaming to epair<N>a would make a later create fail with "File
// exists". With explicit units the interfaces carry the spec's names from the start, and the
// BIRD configuration, the checks and the article all use the same names.
//
// Teardown follows the order that does not panic the box (FREEBSD-FACTS.md §7): daemons
// first, then interfaces destroyed from inside their jails (and physical NICs handed back),
// then jails one at a time, each waited for until it is no longer dying, then the host's
// interfaces, paced, bridges last, then SR-IOV VFs, then tunables.
package freebsd

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vnetbench/vnetbench/executor"
	"github.com/vnetbench/vnetbench/lab"
)

// BirdTexter runs a BIRD CLI command and returns the text birdc would print; the runner's
// convergence reads BIRD through it (runner.BirdAccess).
type BirdTexter interface {
	BirdText(ctx context.Context, node, socket, cmd string) ([]byte, error)
}

// Options tune a Platform. The zero value runs daemons with the executor's own Starter and
// reads nothing but what the executor returns.
type Options struct {
	// StateDir, when set, is a directory on the lab box for the daemons' configurations,
	// control sockets and pid files (StateDir/<node>/bird.*), written through the executor.
	// Set it when the box is not this machine (NewTarget does); leave it empty to use the
	// run directory's paths as they are. It must be absolute and end in a "vnb-…" element,
	// since teardown removes it.
	StateDir string
	// Starter starts daemons as supervised children; nil uses the executor if it is an
	// executor.Starter (Local and SSH are).
	Starter executor.Starter
	// Bird, when set, answers BirdText instead of running birdcl through the executor: a
	// control-socket client is cheaper when the sockets are on this machine.
	Bird BirdTexter
	// ReadFile reads a file on this machine (a daemon configuration the runner wrote) to copy
	// it to StateDir; nil means os.ReadFile.
	ReadFile func(name string) ([]byte, error)
	// Target is the lab box ("ssh://root@labbox"), for hints; empty for this machine.
	Target string
	// Pace is the pause between two destroys of host interfaces at teardown; 0 means
	// DefaultPace, a negative value no pause.
	Pace time.Duration
	// DyingTimeout bounds the wait for one removed jail to stop dying; 0 means
	// DefaultDyingTimeout.
	DyingTimeout time.Duration
	// StopGrace is how long daemons get between SIGTERM and SIGKILL at teardown; 0 means 3s.
	StopGrace time.Duration
}

// Teardown defaults.
const (
	DefaultPace         = 5 * time.Millisecond
	DefaultDyingTimeout = 60 * time.Second
)

// Platform runs labs in VNET jails through an Executor. It is safe for concurrent use by the
// steps of one phase.
type Platform struct {
	ex      lab.Executor
	starter executor.Starter
	prefix  string
	opts    Options

	mu       sync.Mutex
	locks    map[string]*sync.Mutex     // per interface: addresses are added in order
	addrs    map[string]int             // node/iface -> addresses added
	lo1      map[string]bool            // nodes whose lo1 was cloned
	hostUp   map[string]int             // host ends brought up (with this MTU) by their create
	files    map[string]lab.DaemonFiles // node -> daemon files on the box
	warnings []string
	// noIfconfigJ is set once ifconfig refused -j (a release without it).
	noIfconfigJ bool
}

var (
	_ lab.Builder       = (*Platform)(nil)
	_ lab.Prober        = (*Platform)(nil)
	_ lab.Supervisor    = (*Platform)(nil)
	_ lab.CounterSource = (*Platform)(nil)
	_ BirdTexter        = (*Platform)(nil)
)

// New returns a platform that runs every command through ex and names jails prefix+node.
// prefix must pass ValidPrefix (NewPrefix makes one; PlanPrefix is the printed plans').
func New(ex lab.Executor, prefix string, opts Options) (*Platform, error) {
	if ex == nil {
		return nil, errors.New("freebsd platform: no executor")
	}
	if err := ValidPrefix(prefix); err != nil {
		return nil, err
	}
	if err := checkStateDir(opts.StateDir); err != nil {
		return nil, err
	}
	p := &Platform{ex: ex, prefix: prefix, opts: opts, starter: opts.Starter,
		locks: map[string]*sync.Mutex{}, addrs: map[string]int{}, lo1: map[string]bool{},
		hostUp: map[string]int{}, files: map[string]lab.DaemonFiles{}}
	if p.starter == nil {
		p.starter, _ = ex.(executor.Starter)
	}
	return p, nil
}

// NewTarget returns a platform for a target string: "" or "local" runs on this machine;
// "ssh://[user@]host[:port]" runs on a lab box through the system OpenSSH client (keys,
// agent and known_hosts as for ssh; the remote login shell must be a POSIX sh, as root's is
// since FreeBSD 14), with daemon files under StateRoot on the box. opts.StateDir and
// opts.Target are filled in for SSH targets when empty.
func NewTarget(target, prefix string, opts Options) (*Platform, error) {
	switch {
	case target == "" || target == "local":
		return New(&executor.Local{}, prefix, opts)
	case strings.HasPrefix(target, "ssh://"):
		t, err := executor.ParseTarget(target)
		if err != nil {
			return nil, err
		}
		if opts.StateDir == "" {
			opts.StateDir = stateDirFor(prefix)
		}
		opts.Target = t.String()
		return New(&executor.SSH{Target: t}, prefix, opts)
	}
	return nil, fmt.Errorf("--target %q: want ssh://[user@]host[:port], or nothing for this machine", target)
}

// Name is the platform's name.
func (p *Platform) Name() string { return "freebsd" }

// Prefix is the run-scoped prefix of every jail name.
func (p *Platform) Prefix() string { return p.prefix }

// LoopbackIface is the cloned loopback that carries loopback addresses: lo1, as in the
// article.
func (p *Platform) LoopbackIface() string { return "lo1" }

// JailName is the jail that holds node; the host role has none ("").
func (p *Platform) JailName(node string) string {
	if node == lab.HostNode {
		return ""
	}
	return p.prefix + node
}

// EnterHint tells a user how to get a shell inside node of a kept lab.
func (p *Platform) EnterHint(node string) string {
	ssh := ""
	if p.opts.Target != "" {
		if t, err := executor.ParseTarget(p.opts.Target); err == nil {
			ssh = "ssh -t "
			if t.Port != 0 && t.Port != 22 {
				ssh += "-p " + strconv.Itoa(t.Port) + " "
			}
			if t.User != "" {
				ssh += t.User + "@"
			}
			ssh += t.Host + " "
		}
	}
	if node == lab.HostNode {
		if ssh != "" {
			return strings.TrimSpace(ssh) + "   (the host role is the box itself)"
		}
		return "the host role is this machine itself: no jail to enter"
	}
	return ssh + "jexec " + p.JailName(node) + " /bin/sh"
}

// Close releases nothing: the platform holds no handles, and teardown still needs the
// executor after Close (the runner calls Close before Undo). Disconnect ends an SSH
// connection once the run is over.
func (p *Platform) Close() {}

// Disconnect closes the executor's connection to the lab box, if it keeps one (SSH). Call it
// after the run, teardown included.
func (p *Platform) Disconnect() error {
	if c, ok := p.ex.(interface{ Close() error }); ok {
		return c.Close()
	}
	return nil
}

// Warnings returns what the platform skipped or could not do without failing the run: a
// tunable this release does not have, one the kernel will not lower again, a missing module
// that ifconfig will load. The caller puts them in the run record.
func (p *Platform) Warnings() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.warnings...)
}

func (p *Platform) warn(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.warnings = append(p.warnings, fmt.Sprintf(format, args...))
}

// in returns argv run inside node: through jexec for a jail, as is for the host.
func (p *Platform) in(node string, argv ...string) []string {
	if node == lab.HostNode {
		return argv
	}
	return append([]string{"jexec", p.JailName(node)}, argv...)
}

// lock returns the mutex of one key (an interface), creating it.
func (p *Platform) lock(key string) *sync.Mutex {
	p.mu.Lock()
	defer p.mu.Unlock()
	m := p.locks[key]
	if m == nil {
		m = &sync.Mutex{}
		p.locks[key] = m
	}
	return m
}

// markForeign is the New of a journal entry that retracts an earlier one: the create failed
// because the object already existed, so it is someone else's and teardown must leave it.
const markForeign = "foreign: existed before this run"

// markVNet is the New of a link entry for an interface moved into a jail (Node): it is
// destroyed from inside that jail. markLent marks a physical interface (NIC, VF, VI, VLAN)
// lent to a jail: it is handed back with `ifconfig IF -vnet J`, never destroyed there.
const (
	markVNet = "vnet"
	markLent = "lent"
	markIOV  = "sriov"
)

// create journals res, then runs argv. A create that fails because the object existed
// already made nothing: res is journaled again, marked foreign, so that teardown and clean
// leave the other owner's object alone.
func (p *Platform) create(ctx context.Context, j lab.Journal, res lab.Resource, argv []string) ([]byte, error) {
	if err := j.Add(res); err != nil {
		return nil, err
	}
	out, err := p.ex.Run(ctx, argv)
	if err != nil && existed(err) {
		m := res
		m.New = markForeign
		err = errors.Join(fmt.Errorf("%s %s exists already and is not this run's (a lab left over? 'vnetbench clean' removes vnetbench's; otherwise pick other names): %w",
			res.Kind, res.Name, err), j.Add(m))
	}
	return out, err
}

// existed reports whether a command failed because what it creates was there already.
func existed(err error) bool {
	var ce *lab.CmdError
	return errors.As(err, &ce) && (strings.Contains(ce.Stderr, "File exists") || strings.Contains(ce.Stderr, "already exists"))
}

// runRetry runs an idempotent command, retrying the kernel's transient refusals ("No buffer
// space available" under load) with backoff.
func (p *Platform) runRetry(ctx context.Context, argv []string) ([]byte, error) {
	delay := 10 * time.Millisecond
	for attempt := 0; ; attempt++ {
		out, err := p.ex.Run(ctx, argv)
		if err == nil || attempt == 4 || !transient(err) {
			return out, err
		}
		if werr := sleep(ctx, delay); werr != nil {
			return out, errors.Join(err, werr)
		}
		delay *= 2
	}
}

func transient(err error) bool {
	var ce *lab.CmdError
	return errors.As(err, &ce) && (strings.Contains(ce.Stderr, "No buffer space available") ||
		strings.Contains(ce.Stderr, "Resource temporarily unavailable"))
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Apply executes one step, journaling what it creates before creating it.
func (p *Platform) Apply(ctx context.Context, s lab.Step, j lab.Journal) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := p.apply(ctx, s, j); err != nil {
		return fmt.Errorf("step %s: %w", s.ID, err)
	}
	return nil
}

func (p *Platform) apply(ctx context.Context, s lab.Step, j lab.Journal) error {
	switch s.Op {
	case lab.OpTune:
		if s.OS != "" && s.OS != "freebsd" {
			return nil
		}
		name, err := tunableName(s.Key)
		if err != nil {
			return err
		}
		return p.setTunable(ctx, j, name, s.Value, true)
	case lab.OpNode:
		if s.Node == lab.HostNode {
			return nil // the host role is the host: nothing to create
		}
		jail := p.JailName(s.Node)
		_, err := p.create(ctx, j, lab.Resource{Kind: lab.ResNode, Name: jail}, JailCreateArgv(jail, s.Node))
		return err
	case lab.OpSegment:
		if s.Segment != nil && s.Segment.Kind != "" && s.Segment.Kind != lab.AttachBridge {
			return fmt.Errorf("segment %s: attachment %q is built with the attach helpers, not as a segment", s.Iface, s.Segment.Kind)
		}
		_, err := p.create(ctx, j, lab.Resource{Kind: lab.ResSegment, Name: s.Iface}, BridgeCreateArgv(s.Iface, s.MTU))
		return err
	case lab.OpLink:
		return p.link(ctx, s.Link, j)
	case lab.OpUp:
		if s.Node == lab.HostNode {
			p.mu.Lock()
			mtu, done := p.hostUp[s.Iface]
			p.mu.Unlock()
			if done && mtu == s.MTU {
				return nil // its create already set the MTU and brought it up
			}
		}
		argv := p.in(s.Node, "ifconfig", s.Iface)
		if s.MTU > 0 {
			argv = append(argv, "mtu", strconv.Itoa(s.MTU))
		}
		_, err := p.runRetry(ctx, append(argv, "up"))
		return err
	case lab.OpAddr:
		return p.addr(ctx, s)
	case lab.OpLoopbackUp:
		if s.Node == lab.HostNode {
			return nil // the host's own lo0 is up and not the lab's to change
		}
		_, err := p.runRetry(ctx, p.in(s.Node, "ifconfig", "lo0", "inet", "127.0.0.1/8", "up"))
		return err
	case lab.OpLoopbackAddr:
		return p.loopbackAddr(ctx, s, j)
	case lab.OpSysctl:
		if s.OS != "" && s.OS != "freebsd" {
			return nil
		}
		name, err := nodeSysctlName(s.Key)
		if err != nil {
			return err
		}
		if s.Node == lab.HostNode {
			// The host role's stack is the host's own: journal and restore like a tunable.
			return p.setTunable(ctx, j, name, s.Value, false)
		}
		if !sysctlValueRE.MatchString(s.Value) {
			return fmt.Errorf("sysctl %s=%q: not a plain value", name, s.Value)
		}
		_, err = p.runRetry(ctx, p.in(s.Node, "sysctl", name+"="+s.Value))
		return err
	case lab.OpRoute:
		if s.Route == nil {
			return errors.New("route step without a route")
		}
		_, err := p.ex.Run(ctx, p.in(s.Node, RouteAddArgv(*s.Route)...))
		return err
	case lab.OpDaemon:
		return errors.New("daemons are started by StartDaemon, not Apply")
	}
	return fmt.Errorf("op %q not supported on freebsd", s.Op)
}

// JailCreateArgv is the article's jail creation: a persistent jail with a new vnet, named
// jail, its hostname the bare node name. Without path= its root is the host's /, so daemon
// files have the same paths inside and out.
func JailCreateArgv(jail, node string) []string {
	return []string{"jail", "-c", "name=" + jail, "host.hostname=" + node, "persist", "vnet"}
}

// BridgeCreateArgv creates an if_bridge(4): by unit when name is bridge<N> (a rename to a
// kernel name would squat on a unit another create may pick), otherwise with the kernel's
// unit renamed at once, as the article does ("ifconfig bridge create name vnetdemobridge
// mtu 9000 up").
func BridgeCreateArgv(name string, mtu int) []string {
	argv := []string{"ifconfig", "bridge", "create", "name", name}
	if bridgeUnit(name) {
		argv = []string{"ifconfig", name, "create"}
	}
	if mtu > 0 {
		argv = append(argv, "mtu", strconv.Itoa(mtu))
	}
	return append(argv, "up")
}

// EpairCreateArgv creates epair<unit>a/b; the a-end gets the MTU and, when it stays on the
// host, is brought up at once (the article's "ifconfig epair$i create mtu 9000 up").
func EpairCreateArgv(unit, mtu int, up bool) []string {
	argv := []string{"ifconfig", "epair" + strconv.Itoa(unit), "create"}
	if mtu > 0 {
		argv = append(argv, "mtu", strconv.Itoa(mtu))
	}
	if up {
		argv = append(argv, "up")
	}
	return argv
}

// RouteAddArgv adds a static route as the article writes it: "route add default GW",
// "route add 192.0.2.0/24 GW", and -host for a single address.
func RouteAddArgv(r lab.Route) []string {
	switch {
	case r.Dst.Bits() == 0:
		return []string{"route", "add", "default", r.Via.String()}
	case r.Dst.Bits() == r.Dst.Addr().BitLen():
		return []string{"route", "add", "-host", r.Dst.Addr().String(), r.Via.String()}
	}
	return []string{"route", "add", r.Dst.Masked().String(), r.Via.String()}
}

// link creates an epair by unit, renames ends whose spec name differs, adds host ends to
// their bridge and moves jail ends into their jails.
func (p *Platform) link(ctx context.Context, l *lab.Link, j lab.Journal) error {
	if l == nil {
		return errors.New("link step without a link")
	}
	unit := "epair" + strconv.Itoa(l.Unit)
	kernel := [2]string{unit + "a", unit + "b"}
	ends := [2]lab.Endpoint{l.A, l.B}
	for i, e := range ends {
		if e.Iface != kernel[i] {
			if _, _, ok := epairUnitName(e.Iface); ok {
				return fmt.Errorf("link %s: %s is another epair unit's name; name the ends %s/%s (Link.Unit %d) or something not epair<N>a/b",
					unit, e.Iface, kernel[0], kernel[1], l.Unit)
			}
		}
	}
	hostA := l.A.Node == lab.HostNode
	out, err := p.create(ctx, j, lab.Resource{Kind: lab.ResLink, Name: kernel[0]}, EpairCreateArgv(l.Unit, l.MTU, hostA))
	if err != nil {
		return err
	}
	if strings.TrimSpace(string(out)) != "" {
		got, err := ParseEpairCreate(out)
		if err != nil {
			return err
		}
		if got != kernel[0] {
			return fmt.Errorf("ifconfig %s create made %s, not %s", unit, got, kernel[0])
		}
	}
	for i, e := range ends {
		if e.Iface == kernel[i] {
			continue
		}
		if _, err := p.create(ctx, j, lab.Resource{Kind: lab.ResLink, Name: e.Iface},
			[]string{"ifconfig", kernel[i], "name", e.Iface}); err != nil {
			return err
		}
	}
	if hostA {
		p.mu.Lock()
		p.hostUp[l.A.Iface] = l.MTU
		p.mu.Unlock()
	}
	for _, e := range ends {
		if e.Segment == "" {
			continue
		}
		if _, err := p.runRetry(ctx, p.in(e.Node, "ifconfig", e.Segment, "addm", e.Iface, "edge", e.Iface)); err != nil {
			return err
		}
	}
	for _, e := range ends {
		if e.Node == lab.HostNode {
			continue
		}
		if err := p.moveIn(ctx, j, e.Iface, e.Node, markVNet); err != nil {
			return err
		}
	}
	return nil
}

// moveIn journals where iface goes, then moves it into node's jail.
func (p *Platform) moveIn(ctx context.Context, j lab.Journal, iface, node, mark string) error {
	jail := p.JailName(node)
	if err := j.Add(lab.Resource{Kind: lab.ResLink, Name: iface, Node: jail, New: mark}); err != nil {
		return err
	}
	_, err := p.ex.Run(ctx, []string{"ifconfig", iface, "vnet", jail})
	return err
}

// addr puts an address on an interface. The first address of an interface also sets its MTU
// and brings it up; later ones are aliases (a plain "inet" would replace the first).
func (p *Platform) addr(ctx context.Context, s lab.Step) error {
	if !s.Addr.IsValid() || !s.Addr.Addr().Is4() {
		return fmt.Errorf("address %v: only IPv4 is supported", s.Addr)
	}
	key := s.Node + "/" + s.Iface
	m := p.lock(key)
	m.Lock()
	defer m.Unlock()
	p.mu.Lock()
	n := p.addrs[key]
	p.mu.Unlock()
	argv := p.in(s.Node, "ifconfig", s.Iface, "inet", s.Addr.String())
	if n == 0 {
		if s.MTU > 0 {
			argv = append(argv, "mtu", strconv.Itoa(s.MTU))
		}
		argv = append(argv, "up")
	} else {
		argv = append(argv, "alias")
	}
	if _, err := p.runRetry(ctx, argv); err != nil {
		return err
	}
	p.mu.Lock()
	p.addrs[key]++
	p.mu.Unlock()
	return nil
}

// loopbackAddr clones lo1 with the first loopback address ("jexec J ifconfig lo1 create inet
// A/32 up") and adds later ones as aliases. Inside a jail lo1 dies with the jail's vnet; on
// the host it is journaled and destroyed at teardown.
func (p *Platform) loopbackAddr(ctx context.Context, s lab.Step, j lab.Journal) error {
	if !s.Addr.IsValid() || !s.Addr.Addr().Is4() {
		return fmt.Errorf("loopback address %v: only IPv4 is supported", s.Addr)
	}
	iface := s.Iface
	if iface == "" {
		iface = p.LoopbackIface()
	}
	m := p.lock(s.Node + "/" + iface)
	m.Lock()
	defer m.Unlock()
	p.mu.Lock()
	cloned := p.lo1[s.Node]
	p.mu.Unlock()
	var err error
	switch {
	case cloned:
		_, err = p.runRetry(ctx, p.in(s.Node, "ifconfig", iface, "inet", s.Addr.String(), "alias"))
	case s.Node == lab.HostNode:
		_, err = p.create(ctx, j, lab.Resource{Kind: lab.ResLink, Name: iface},
			[]string{"ifconfig", iface, "create", "inet", s.Addr.String(), "up"})
	default:
		_, err = p.ex.Run(ctx, p.in(s.Node, "ifconfig", iface, "create", "inet", s.Addr.String(), "up"))
	}
	if err != nil {
		return err
	}
	p.mu.Lock()
	p.lo1[s.Node] = true
	p.mu.Unlock()
	return nil
}

// setTunable sets a host sysctl: it reads the current value first with sysctl -i (empty
// output: this release has no such oid, which is skipped with a warning, not assumed),
// journals old and new, then sets it. With raise, a numeric value already at or above the
// wanted one is left alone.
func (p *Platform) setTunable(ctx context.Context, j lab.Journal, name, value string, raise bool) error {
	if !sysctlValueRE.MatchString(value) {
		return fmt.Errorf("sysctl %s=%q: not a plain value", name, value)
	}
	out, err := p.ex.Run(ctx, []string{"sysctl", "-i", "-n", name})
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	cur, ok := ParseSysctlValue(out)
	if !ok {
		p.warn("sysctl %s does not exist on this release: left out (wanted %s)", name, value)
		return nil
	}
	cur = strings.TrimSpace(cur)
	if cur == value {
		return nil
	}
	if raise {
		c, err1 := strconv.ParseUint(cur, 10, 64)
		w, err2 := strconv.ParseUint(value, 10, 64)
		if err1 == nil && err2 == nil && c >= w {
			return nil
		}
	}
	if err := j.Add(lab.Resource{Kind: lab.ResTunable, Name: name, Old: cur, New: value}); err != nil {
		return err
	}
	if _, err := p.ex.Run(ctx, []string{"sysctl", name + "=" + value}); err != nil {
		return fmt.Errorf("set %s=%s: %w", name, value, err)
	}
	return nil
}

// readFile reads a file on this machine.
func (p *Platform) readFile(name string) ([]byte, error) {
	if p.opts.ReadFile != nil {
		return p.opts.ReadFile(name)
	}
	return os.ReadFile(name)
}

// addrOf parses an address printed by a tool, dropping a zone.
func addrOf(s string) (netip.Addr, bool) {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Addr{}, false
	}
	return a.WithZone(""), true
}
