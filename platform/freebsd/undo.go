package freebsd

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

// Undo removes journaled resources in the order that does not panic the box, one thing at a
// time (FREEBSD-FACTS.md §7; the article's mass cleanup "may panic"):
//
//  1. daemons: pkill -TERM -j J -x bird, waited for, SIGKILL after the grace period;
//  2. interfaces moved into jails, destroyed from inside (ifconfig -j J IF destroy, which
//     takes the epair's other end along), and physical NICs, VFs and VLANs handed back
//     (ifconfig IF -vnet J), so nothing is left for a dying vnet to return;
//  3. jails, one at a time (jail -r J), each waited for, with backoff and a bound, until
//     jls -d -j J no longer finds it dying;
//  4. the host's interfaces still present (ifconfig -l), paced, bridges last;
//  5. SR-IOV VFs (iovctl -D -d PF), once no jail can hold one;
//  6. tunables, restored in reverse order, then the files the run wrote on the box.
//
// Something already gone is not an error. Entries a failed create marked foreign are left
// alone. Errors are joined, never dropped, and Undo goes on after each.
func (p *Platform) Undo(ctx context.Context, rs []lab.Resource) error {
	var errs []error
	keep := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	u := sortUndo(p.globalNames(rs))
	// stopped ends teardown early once ctx is done: every command would fail the same way.
	stopped := func() bool {
		if err := ctx.Err(); err != nil {
			keep(fmt.Errorf("teardown stopped before it finished (%w): 'vnetbench clean' removes the rest", err))
			return true
		}
		return false
	}

	if len(u.procs) > 0 {
		p.narrate("stop daemons (SIGTERM, SIGKILL after the grace period)")
		keep(p.stopDaemons(ctx, u.procs))
	}

	destroyed := map[string]bool{} // interfaces gone, with their epair peers
	if len(u.moved)+len(u.lent) > 0 {
		p.narrate("destroy interfaces from inside their jails; hand physical ones back")
	}
	for _, r := range u.moved {
		if stopped() {
			return errors.Join(errs...)
		}
		if destroyed[r.Name] {
			continue
		}
		err := p.destroyInJail(ctx, r.Node, r.Name)
		if err != nil && !gone(err) {
			keep(fmt.Errorf("destroy %s in jail %s: %w", r.Name, r.Node, err))
			continue
		}
		destroyed[r.Name] = true
		if peer, ok := epairPeer(r.Name); ok {
			destroyed[peer] = true
		}
	}
	for _, r := range u.lent {
		if _, err := p.ex.Run(ctx, []string{"ifconfig", r.Name, "-vnet", r.Node}); err != nil && !gone(err) {
			keep(fmt.Errorf("hand %s back from jail %s: %w", r.Name, r.Node, err))
		}
	}

	if len(u.nodes) > 0 {
		p.narrate("remove jails one at a time, each waited for until it is no longer dying")
	}
	for _, r := range u.nodes {
		if stopped() {
			return errors.Join(errs...)
		}
		keep(p.removeJail(ctx, r.Name))
	}
	if stopped() {
		return errors.Join(errs...)
	}

	if len(u.hostLinks)+len(u.bridges) > 0 {
		p.narrate("destroy the host's interfaces that are still there, paced; bridges last")
		keep(p.destroyHostIfaces(ctx, u.hostLinks, u.bridges, destroyed))
	}

	if len(u.iov) > 0 {
		p.narrate("delete SR-IOV virtual functions")
	}
	for _, r := range u.iov {
		if _, err := p.ex.Run(ctx, IOVDeleteArgv(r.Name)); err != nil && !noVFs(err) {
			keep(fmt.Errorf("delete VFs of %s: %w", r.Name, err))
		}
	}

	if len(u.tunables) > 0 {
		p.narrate("restore kernel tunables")
	}
	for i := len(u.tunables) - 1; i >= 0; i-- {
		r := u.tunables[i]
		if raiseOnly[r.Name] {
			p.narrate(fmt.Sprintf("%s stays at %s until reboot: the kernel does not lower it", r.Name, r.New))
			p.warn("%s stays at %s until reboot: the kernel does not lower it (was %s)", r.Name, r.New, r.Old)
			continue
		}
		if _, err := p.ex.Run(ctx, []string{"sysctl", r.Name + "=" + r.Old}); err != nil {
			keep(fmt.Errorf("restore %s=%s: %w", r.Name, r.Old, err))
		}
	}

	if p.opts.StateDir != "" && len(u.procs) > 0 || len(u.iov) > 0 {
		dir := p.stateDir()
		p.narrate("remove the files the run wrote on the box")
		if _, err := p.ex.Run(ctx, []string{"rm", "-rf", "--", dir}); err != nil {
			keep(fmt.Errorf("remove %s: %w", dir, err))
		}
	}
	return errors.Join(errs...)
}

// globalNames returns rs with every process entry naming its jail. The runner journals its
// daemons by node name ("jail1") before it starts them; the platform's own entries carry the
// jail's name ("vnb-3fa2-jail1"). A bare node name is only ever read as this run's jail, so
// teardown never signals a process in a jail that merely shares the node's name.
func (p *Platform) globalNames(rs []lab.Resource) []lab.Resource {
	out := make([]lab.Resource, len(rs))
	for i, r := range rs {
		if r.Kind == lab.ResProcess && r.Node != "" && !strings.HasPrefix(r.Node, PrefixBase) {
			r.Node = p.JailName(r.Node)
		}
		out[i] = r
	}
	return out
}

// undoSet is a journal sorted by what teardown does with each entry.
type undoSet struct {
	procs, moved, lent, hostLinks, bridges, iov, nodes, tunables []lab.Resource
}

func sortUndo(rs []lab.Resource) undoSet {
	type key struct {
		kind       lab.ResourceKind
		name, node string
	}
	foreign := map[key]bool{}
	for _, r := range rs {
		if r.New == markForeign {
			foreign[key{r.Kind, r.Name, r.Node}] = true
		}
	}
	seen := map[key]bool{}
	var u undoSet
	for _, r := range rs {
		k := key{r.Kind, r.Name, r.Node}
		if foreign[k] || seen[k] {
			continue
		}
		seen[k] = true
		switch r.Kind {
		case lab.ResProcess:
			if r.Node != "" {
				u.procs = append(u.procs, r)
			}
		case lab.ResLink:
			switch {
			case r.Node == "":
				u.hostLinks = append(u.hostLinks, r)
			case r.New == markLent:
				u.lent = append(u.lent, r)
			default:
				u.moved = append(u.moved, r)
			}
		case lab.ResSegment:
			if r.New == markIOV {
				u.iov = append(u.iov, r)
			} else {
				u.bridges = append(u.bridges, r)
			}
		case lab.ResNode:
			u.nodes = append(u.nodes, r)
		case lab.ResTunable:
			u.tunables = append(u.tunables, r)
		}
	}
	return u
}

// narrate adds a comment to a printed plan; real executors have no comments.
func (p *Platform) narrate(text string) {
	if c, ok := p.ex.(interface{ Comment(string) }); ok {
		c.Comment(text)
	}
}

func (p *Platform) stopGrace() time.Duration {
	if p.opts.StopGrace > 0 {
		return p.opts.StopGrace
	}
	return 3 * time.Second
}

// stopDaemons signals each journaled daemon by jail and name, waits for them all within one
// grace period, then kills the survivors.
func (p *Platform) stopDaemons(ctx context.Context, procs []lab.Resource) error {
	var errs []error
	var signalled []lab.Resource
	for _, r := range procs {
		_, err := p.ex.Run(ctx, stopArgv("TERM", r.Node, r.Name))
		switch {
		case err == nil:
			signalled = append(signalled, r)
		case noMatch(err):
		default:
			errs = append(errs, fmt.Errorf("stop %s in jail %s: %w", r.Name, r.Node, err))
		}
	}
	deadline := time.Now().Add(p.stopGrace())
	for _, r := range signalled {
		ended, err := p.waitGone(ctx, []string{"pgrep", "-j", r.Node, "-x", r.Name}, time.Until(deadline))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if ended {
			continue
		}
		if _, err := p.ex.Run(ctx, stopArgv("KILL", r.Node, r.Name)); err != nil && !noMatch(err) {
			errs = append(errs, fmt.Errorf("kill %s in jail %s: %w", r.Name, r.Node, err))
			continue
		}
		if ok, err := p.waitGone(ctx, []string{"pgrep", "-j", r.Node, "-x", r.Name}, 2*time.Second); err != nil || !ok {
			errs = append(errs, errors.Join(fmt.Errorf("%s in jail %s survived SIGKILL", r.Name, r.Node), err))
		}
	}
	return errors.Join(errs...)
}

// destroyInJail destroys a cloned interface from inside a jail's vnet with ifconfig -j, as
// FreeBSD's own test harness does; an ifconfig without -j (older releases) gets the same
// through jexec, and is remembered.
func (p *Platform) destroyInJail(ctx context.Context, jail, iface string) error {
	p.mu.Lock()
	noJ := p.noIfconfigJ
	p.mu.Unlock()
	if !noJ {
		_, err := p.ex.Run(ctx, []string{"ifconfig", "-j", jail, iface, "destroy"})
		var ce *lab.CmdError
		if err == nil || !errors.As(err, &ce) || !strings.Contains(ce.Stderr, "illegal option") {
			return err
		}
		p.mu.Lock()
		p.noIfconfigJ = true
		p.mu.Unlock()
	}
	_, err := p.ex.Run(ctx, []string{"jexec", jail, "ifconfig", iface, "destroy"})
	return err
}

// removeJail removes one jail and waits until it is gone, dying included: a dying jail still
// holds its vnet and the interfaces that vnet will hand back to the host.
func (p *Platform) removeJail(ctx context.Context, jail string) error {
	if !strings.HasPrefix(jail, PrefixBase) {
		return fmt.Errorf("refusing to remove jail %q: not named by vnetbench", jail)
	}
	if _, err := p.ex.Run(ctx, []string{"jail", "-r", jail}); err != nil && !gone(err) {
		return fmt.Errorf("remove jail %s: %w", jail, err)
	}
	timeout := p.opts.DyingTimeout
	if timeout <= 0 {
		timeout = DefaultDyingTimeout
	}
	ok, err := p.waitGone(ctx, []string{"jls", "-d", "-j", jail, "jid"}, timeout)
	if err != nil {
		return fmt.Errorf("wait for jail %s: %w", jail, err)
	}
	if !ok {
		return fmt.Errorf("jail %s is still dying after %s (it holds its vnet and interfaces until it dies; 'vnetbench clean' finishes later)", jail, timeout)
	}
	return nil
}

// waitGone runs a probe until it fails or prints nothing, which means that what it looks for
// is gone, with backoff from 10 ms to 500 ms, for at most timeout. It reports whether it is
// gone; an error means the probe itself could not run (ssh down, say).
func (p *Platform) waitGone(ctx context.Context, probe []string, timeout time.Duration) (bool, error) {
	deadline := time.Now().Add(timeout)
	delay := 10 * time.Millisecond
	for {
		out, err := p.ex.Run(ctx, probe)
		var ce *lab.CmdError
		switch {
		case err == nil && strings.TrimSpace(string(out)) == "":
			return true, nil
		case errors.As(err, &ce) && ce.Exit > 0:
			return true, nil
		case err != nil:
			return false, err
		}
		if time.Now().Add(delay).After(deadline) {
			return false, nil
		}
		if err := sleep(ctx, delay); err != nil {
			return false, err
		}
		delay = min(2*delay, 500*time.Millisecond)
	}
}

// destroyHostIfaces destroys the journaled host interfaces that `ifconfig -l` still lists:
// epair a-ends whose other end never reached a jail, cloned loopbacks and VLANs, then
// bridges, one at a time with a pause between destroys.
func (p *Platform) destroyHostIfaces(ctx context.Context, links, bridges []lab.Resource, destroyed map[string]bool) error {
	out, err := p.ex.Run(ctx, []string{"ifconfig", "-l"})
	if err != nil {
		return fmt.Errorf("list host interfaces: %w", err)
	}
	names, err := ParseIfconfigNames(out)
	if err != nil {
		return err
	}
	present := map[string]bool{}
	for _, n := range names {
		present[n] = true
	}
	pace := p.opts.Pace
	if pace == 0 {
		pace = DefaultPace
	}
	var errs []error
	first := true
	for _, r := range append(append([]lab.Resource(nil), links...), bridges...) {
		if !present[r.Name] || destroyed[r.Name] {
			continue
		}
		if !first {
			if err := sleep(ctx, pace); err != nil {
				return errors.Join(append(errs, err)...)
			}
		}
		first = false
		if _, err := p.ex.Run(ctx, []string{"ifconfig", r.Name, "destroy"}); err != nil && !gone(err) {
			errs = append(errs, fmt.Errorf("destroy %s: %w", r.Name, err))
			continue
		}
		destroyed[r.Name] = true
		if peer, ok := epairPeer(r.Name); ok {
			destroyed[peer] = true
		}
	}
	return errors.Join(errs...)
}

// gone reports whether a command failed because its object (an interface, a jail) does not
// exist.
func gone(err error) bool {
	var ce *lab.CmdError
	if !errors.As(err, &ce) {
		return false
	}
	for _, te := range ParseToolErrors([]byte(ce.Stderr)) {
		if errors.Is(te, ErrNoSuchInterface) || errors.Is(te, ErrJailNotFound) {
			return true
		}
	}
	return false
}

// noMatch reports whether pkill found nothing to signal: exit 1 (no process matched) or
// exit 2 with "Invalid jail ID or name" (the jail is gone).
func noMatch(err error) bool {
	var ce *lab.CmdError
	if !errors.As(err, &ce) {
		return false
	}
	return ce.Exit == 1 || ce.Exit == 2 && strings.Contains(ce.Stderr, "Invalid jail ID or name")
}

// noVFs reports whether iovctl -D found no VFs to delete.
func noVFs(err error) bool {
	var ce *lab.CmdError
	if !errors.As(err, &ce) {
		return false
	}
	for _, te := range ParseToolErrors([]byte(ce.Stderr)) {
		if errors.Is(te, ErrNoVFs) {
			return true
		}
	}
	return false
}
