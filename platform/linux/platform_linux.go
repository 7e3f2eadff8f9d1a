//go:build linux

package linux

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vishvananda/netlink"
	"github.com/vishvananda/netns"
	"golang.org/x/sync/errgroup"
	"golang.org/x/sys/unix"

	"github.com/vnetbench/vnetbench/lab"
)

// Platform runs labs in Linux network namespaces. It is safe for concurrent use by the steps
// of one phase.
type Platform struct {
	prefix string
	// procSys is the /proc/sys mount used for kernel-global tunables; tests point it elsewhere.
	procSys string

	mu      sync.Mutex
	nodes   map[string]*nodeNS // by node name
	noDummy bool               // the dummy driver is missing: loopbacks go on lo
}

// nodeNS is an open namespace and a netlink socket inside it.
type nodeNS struct {
	ns     netns.NsHandle
	h      *netlink.Handle
	netDev *os.File // /proc/net/dev opened inside the namespace, for counters
	// refs counts users between node() and their release; a node retired by Close is closed
	// when the last one lets go, so no descriptor is closed (and its number reused) under a
	// user's feet. Guarded by Platform.mu.
	refs    int
	retired bool
}

func (n *nodeNS) close() {
	n.h.Close()
	n.ns.Close()
	if n.netDev != nil {
		n.netDev.Close()
	}
}

var (
	_ lab.Builder       = (*Platform)(nil)
	_ lab.Prober        = (*Platform)(nil)
	_ lab.Supervisor    = (*Platform)(nil)
	_ lab.CounterSource = (*Platform)(nil)
)

// New returns a platform whose namespaces are named prefix+node.
func New(prefix string) (*Platform, error) {
	if err := ValidPrefix(prefix); err != nil {
		return nil, err
	}
	return &Platform{prefix: prefix, procSys: "/proc/sys", nodes: map[string]*nodeNS{}}, nil
}

// Name is the platform's name.
func (p *Platform) Name() string { return "linux" }

// Prefix is the run-scoped prefix of every namespace name.
func (p *Platform) Prefix() string { return p.prefix }

// EnterHint is the command that opens a shell inside a node of a kept lab.
func (p *Platform) EnterHint(node string) string { return "ip netns exec " + p.NSName(node) + " bash" }

// NSName is the namespace that holds node.
func (p *Platform) NSName(node string) string { return p.prefix + node }

// LoopbackIface is the interface loopback addresses go on: lo1 (a dummy), or lo where the
// dummy driver is missing. It is known once the addresses phase ran.
func (p *Platform) LoopbackIface() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.noDummy {
		return "lo"
	}
	return "lo1"
}

// node returns the open namespace of a node, opening it on first use, and a release
// function the caller must call when done with it.
func (p *Platform) node(name string) (*nodeNS, func(), error) {
	p.mu.Lock()
	n := p.nodes[name]
	if n != nil {
		n.refs++
		p.mu.Unlock()
		return n, p.releaser(n), nil
	}
	p.mu.Unlock()
	ns, err := openNS(p.NSName(name))
	if err != nil {
		return nil, nil, err
	}
	n, err = p.adopt(name, ns, 1)
	if err != nil {
		return nil, nil, err
	}
	return n, p.releaser(n), nil
}

func (p *Platform) releaser(n *nodeNS) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			p.mu.Lock()
			defer p.mu.Unlock()
			n.refs--
			if n.refs == 0 && n.retired {
				n.close()
			}
		})
	}
}

// adopt registers an opened namespace as node name, taking refs references under the same
// lock, so that Close cannot retire it between registration and use.
func (p *Platform) adopt(name string, ns netns.NsHandle, refs int) (*nodeNS, error) {
	h, err := netlink.NewHandleAt(ns, unix.NETLINK_ROUTE)
	if err != nil {
		ns.Close()
		return nil, fmt.Errorf("netlink socket in %s: %w", p.NSName(name), err)
	}
	n := &nodeNS{ns: ns, h: h}
	p.mu.Lock()
	defer p.mu.Unlock()
	if old := p.nodes[name]; old != nil { // another step opened it meanwhile
		h.Close()
		ns.Close()
		old.refs += refs
		return old, nil
	}
	n.refs = refs
	p.nodes[name] = n
	return n, nil
}

// Close releases every namespace handle and netlink socket the platform holds. A namespace
// stays alive while a socket inside it is open, so Close comes before the namespaces go.
func (p *Platform) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for name, n := range p.nodes {
		delete(p.nodes, name)
		n.retired = true
		if n.refs == 0 {
			n.close()
		}
	}
}

// Apply executes one step, journaling what it creates first.
func (p *Platform) Apply(ctx context.Context, s lab.Step, j lab.Journal) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := retry(ctx, func() error { return p.apply(s, j) })
	if err != nil {
		return fmt.Errorf("step %s: %w", s.ID, err)
	}
	return nil
}

func (p *Platform) apply(s lab.Step, j lab.Journal) error {
	switch s.Op {
	case lab.OpTune:
		return p.tune(s, j)
	case lab.OpNode:
		name := p.NSName(s.Node)
		if err := j.Add(lab.Resource{Kind: lab.ResNode, Name: name}); err != nil {
			return err
		}
		ns, err := createNS(name)
		if err != nil {
			return err
		}
		_, err = p.adopt(s.Node, ns, 0)
		return err
	case lab.OpSegment:
		n, done, err := p.node(s.Node)
		if err != nil {
			return err
		}
		defer done()
		if err := j.Add(lab.Resource{Kind: lab.ResSegment, Name: s.Iface, Node: p.NSName(s.Node)}); err != nil {
			return err
		}
		br := &netlink.Bridge{LinkAttrs: netlink.LinkAttrs{Name: s.Iface, MTU: s.MTU, Flags: net.FlagUp}}
		if err := n.h.LinkAdd(br); err != nil {
			return fmt.Errorf("add bridge %s: %w", s.Iface, err)
		}
		return nil
	case lab.OpLink:
		return p.link(s, j)
	case lab.OpUp:
		n, l, done, err := p.iface(s.Node, s.Iface)
		if err != nil {
			return err
		}
		defer done()
		return setUp(n.h, l, s.MTU)
	case lab.OpAddr:
		n, l, done, err := p.iface(s.Node, s.Iface)
		if err != nil {
			return err
		}
		defer done()
		if err := addAddr(n.h, l, s.Addr); err != nil {
			return err
		}
		return setUp(n.h, l, s.MTU)
	case lab.OpLoopbackUp:
		n, l, done, err := p.iface(s.Node, "lo")
		if err != nil {
			return err
		}
		defer done()
		return setUp(n.h, l, 0)
	case lab.OpLoopbackAddr:
		return p.loopbackAddr(s)
	case lab.OpSysctl:
		return p.nodeSysctl(s)
	case lab.OpRoute:
		n, done, err := p.node(s.Node)
		if err != nil {
			return err
		}
		defer done()
		dst := prefixToIPNet(s.Route.Dst)
		r := &netlink.Route{Dst: dst, Gw: net.IP(s.Route.Via.AsSlice())}
		if err := n.h.RouteAdd(r); err != nil && !errors.Is(err, unix.EEXIST) {
			return fmt.Errorf("add route %s in %s: %w", s.Route, s.Node, err)
		}
		return nil
	case lab.OpDaemon:
		return fmt.Errorf("daemons are started by StartDaemon, not Apply")
	}
	return fmt.Errorf("op %q not supported on linux", s.Op)
}

func (p *Platform) link(s lab.Step, j lab.Journal) error {
	l := s.Link
	a, doneA, err := p.node(l.A.Node)
	if err != nil {
		return err
	}
	defer doneA()
	b, doneB, err := p.node(l.B.Node)
	if err != nil {
		return err
	}
	defer doneB()
	if err := j.Add(lab.Resource{Kind: lab.ResLink, Name: l.A.Iface, Node: p.NSName(l.A.Node)}); err != nil {
		return err
	}
	attrs := netlink.LinkAttrs{Name: l.A.Iface, MTU: l.MTU}
	if l.A.Segment != "" {
		br, err := a.h.LinkByName(l.A.Segment)
		if err != nil {
			return fmt.Errorf("segment %s: %w", l.A.Segment, err)
		}
		attrs.MasterIndex = br.Attrs().Index
	}
	veth := &netlink.Veth{LinkAttrs: attrs, PeerName: l.B.Iface, PeerNamespace: netlink.NsFd(b.ns)}
	if l.MTU > 0 {
		veth.PeerMTU = uint32(l.MTU)
	}
	if err := a.h.LinkAdd(veth); err != nil {
		return fmt.Errorf("add veth %s (%s) / %s (%s): %w", l.A.Iface, l.A.Node, l.B.Iface, l.B.Node, err)
	}
	return nil
}

// iface returns a node and one of its links; the caller releases the node with done.
func (p *Platform) iface(node, name string) (n *nodeNS, l netlink.Link, done func(), err error) {
	n, done, err = p.node(node)
	if err != nil {
		return nil, nil, nil, err
	}
	l, err = n.h.LinkByName(name)
	if err != nil {
		done()
		return nil, nil, nil, fmt.Errorf("interface %s in %s: %w", name, node, err)
	}
	return n, l, done, nil
}

func setUp(h *netlink.Handle, l netlink.Link, mtu int) error {
	if mtu > 0 && l.Attrs().MTU != mtu {
		if err := h.LinkSetMTU(l, mtu); err != nil {
			return fmt.Errorf("set mtu %d on %s: %w", mtu, l.Attrs().Name, err)
		}
	}
	if err := h.LinkSetUp(l); err != nil {
		return fmt.Errorf("set %s up: %w", l.Attrs().Name, err)
	}
	return nil
}

func addAddr(h *netlink.Handle, l netlink.Link, a netip.Prefix) error {
	addr := &netlink.Addr{IPNet: &net.IPNet{IP: a.Addr().AsSlice(), Mask: net.CIDRMask(a.Bits(), a.Addr().BitLen())}}
	if err := h.AddrAdd(l, addr); err != nil && !errors.Is(err, unix.EEXIST) {
		return fmt.Errorf("add %s to %s: %w", a, l.Attrs().Name, err)
	}
	return nil
}

// loopbackAddr puts a loopback address on lo1, a dummy interface (the Linux counterpart of
// FreeBSD's cloned lo1), or on lo when the dummy driver is missing.
func (p *Platform) loopbackAddr(s lab.Step) error {
	n, done, err := p.node(s.Node)
	if err != nil {
		return err
	}
	defer done()
	name := "lo1"
	p.mu.Lock()
	noDummy := p.noDummy
	p.mu.Unlock()
	if !noDummy {
		err := n.h.LinkAdd(&netlink.Dummy{LinkAttrs: netlink.LinkAttrs{Name: name}})
		switch {
		case errors.Is(err, unix.EOPNOTSUPP):
			p.mu.Lock()
			p.noDummy = true
			p.mu.Unlock()
			name = "lo"
		case err != nil && !errors.Is(err, unix.EEXIST):
			return fmt.Errorf("add dummy lo1 in %s: %w", s.Node, err)
		}
	} else {
		name = "lo"
	}
	l, err := n.h.LinkByName(name)
	if err != nil {
		return fmt.Errorf("%s in %s: %w", name, s.Node, err)
	}
	if err := addAddr(n.h, l, s.Addr); err != nil {
		return err
	}
	return setUp(n.h, l, 0)
}

func (p *Platform) nodeSysctl(s lab.Step) error {
	if s.OS != "" && s.OS != "linux" {
		return nil
	}
	rel, err := sysctlPath(s.Key)
	if err != nil {
		return err
	}
	n, done, err := p.node(s.Node)
	if err != nil {
		return err
	}
	defer done()
	// /proc/sys/net shows the namespace of the thread that opens it.
	return inNS(n.ns, func() error {
		if err := os.WriteFile(filepath.Join("/proc/sys", rel), []byte(s.Value), 0); err != nil {
			return fmt.Errorf("sysctl %s=%s in %s: %w", s.Key, s.Value, s.Node, err)
		}
		return nil
	})
}

// tune raises a kernel-global tunable: read, journaled with the old value, then set.
func (p *Platform) tune(s lab.Step, j lab.Journal) error {
	if s.OS != "" && s.OS != "linux" {
		return nil
	}
	name, err := tunableName(s.Key)
	if err != nil {
		return err
	}
	path := filepath.Join(p.procSys, strings.ReplaceAll(name, ".", "/"))
	old, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	oldV := strings.TrimSpace(string(old))
	// Only ever raise: a small lab must not lower what a bigger one beside it needs.
	if cur, err1 := strconv.ParseInt(oldV, 10, 64); err1 == nil {
		if want, err2 := strconv.ParseInt(s.Value, 10, 64); err2 == nil && cur >= want {
			return nil
		}
	}
	if err := j.Add(lab.Resource{Kind: lab.ResTunable, Name: name, Old: oldV, New: s.Value}); err != nil {
		return err
	}
	if err := os.WriteFile(path, []byte(s.Value), 0); err != nil {
		return fmt.Errorf("set %s=%s: %w", name, s.Value, err)
	}
	return nil
}

// ReadTunable returns a kernel-global tunable's current value by its portable key.
func (p *Platform) ReadTunable(key string) (name, value string, err error) {
	name, err = tunableName(key)
	if err != nil {
		return "", "", err
	}
	b, err := os.ReadFile(filepath.Join(p.procSys, strings.ReplaceAll(name, ".", "/")))
	return name, strings.TrimSpace(string(b)), err
}

// Undo removes journaled resources in the safe order: processes, links and segments not owned
// by a namespace being removed, namespaces, then tunables. It keeps going after an error and
// returns them all joined.
func (p *Platform) Undo(ctx context.Context, rs []lab.Resource) error {
	var errs []error
	byKind := map[lab.ResourceKind][]lab.Resource{}
	goingNS := map[string]bool{}
	for _, r := range rs {
		byKind[r.Kind] = append(byKind[r.Kind], r)
		if r.Kind == lab.ResNode {
			goingNS[r.Name] = true
		}
	}
	for _, kind := range lab.TeardownOrder {
		list := byKind[kind]
		if len(list) == 0 {
			continue
		}
		switch kind {
		case lab.ResProcess:
			errs = append(errs, stopProcesses(ctx, list))
		case lab.ResLink, lab.ResSegment:
			for _, r := range list {
				if goingNS[r.Node] {
					continue // goes with its namespace
				}
				errs = append(errs, deleteLinkIn(r.Node, r.Name))
			}
		case lab.ResNode:
			p.Close()
			g, _ := errgroup.WithContext(ctx)
			g.SetLimit(16)
			var mu sync.Mutex
			for _, r := range list {
				g.Go(func() error {
					if !strings.HasPrefix(r.Name, PrefixBase) {
						mu.Lock()
						errs = append(errs, fmt.Errorf("refusing to delete namespace %q: not named by vnetbench", r.Name))
						mu.Unlock()
						return nil
					}
					if err := deleteNS(r.Name); err != nil {
						mu.Lock()
						errs = append(errs, err)
						mu.Unlock()
					}
					return nil
				})
			}
			g.Wait()
		case lab.ResTunable:
			// Restore in reverse journal order so the first recorded value wins.
			// Restore only a value that is still ours: if something else changed it since
			// (another lab raised it further), it is theirs to restore.
			for i := len(list) - 1; i >= 0; i-- {
				r := list[i]
				path := filepath.Join(p.procSys, strings.ReplaceAll(r.Name, ".", "/"))
				if b, err := os.ReadFile(path); err == nil && r.New != "" && strings.TrimSpace(string(b)) != r.New {
					continue
				}
				if err := os.WriteFile(path, []byte(r.Old), 0); err != nil {
					errs = append(errs, fmt.Errorf("restore %s=%s: %w", r.Name, r.Old, err))
				}
			}
		}
	}
	return errors.Join(errs...)
}

func deleteLinkIn(nsName, link string) error {
	ns, err := openNS(nsName)
	if err != nil {
		if errors.Is(err, unix.ENOENT) {
			return nil
		}
		return err
	}
	defer ns.Close()
	h, err := netlink.NewHandleAt(ns, unix.NETLINK_ROUTE)
	if err != nil {
		return err
	}
	defer h.Close()
	l, err := h.LinkByName(link)
	if err != nil {
		return nil // already gone
	}
	if err := h.LinkDel(l); err != nil {
		return fmt.Errorf("delete %s in %s: %w", link, nsName, err)
	}
	return nil
}

// retry runs fn, retrying errors the kernel reports as transient with a short exponential
// backoff. Anything else fails at once.
func retry(ctx context.Context, fn func() error) error {
	delay := 5 * time.Millisecond
	for attempt := 0; ; attempt++ {
		err := fn()
		if err == nil || attempt == 5 || !transient(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(delay):
		}
		delay *= 2
	}
}

func transient(err error) bool {
	return errors.Is(err, unix.EBUSY) || errors.Is(err, unix.EAGAIN) || errors.Is(err, unix.ENOBUFS) || errors.Is(err, unix.EINTR)
}

func prefixToIPNet(p netip.Prefix) *net.IPNet {
	if !p.IsValid() || p.Bits() == 0 {
		return nil // the default route
	}
	return &net.IPNet{IP: p.Masked().Addr().AsSlice(), Mask: net.CIDRMask(p.Bits(), p.Addr().BitLen())}
}
