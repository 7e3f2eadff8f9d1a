package freebsd

import (
	"context"
	"errors"
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/vnetbench/vnetbench/lab"
)

// Memory a lab costs per node, for the preflight estimate: a vnet jail's kernel state
// (ifnets, the routing table, pcb and mbuf zones) and a BIRD process, whose resident size
// the article's top shows at 7 to 20 MB with 479 neighbors (about 4 GB for 480 daemons).
const (
	MemPerJail   = 2 << 20
	MemPerDaemon = 10 << 20
)

// SSHSessionHeadroom is how many SSH sessions a run needs besides its daemons' for the
// commands it runs concurrently; keep --workers below it on an SSH target.
const SSHSessionHeadroom = 16

// Capabilities is what a box offers a lab, read without changing anything.
type Capabilities struct {
	Release string // uname -r: "14.1-RELEASE-p3"
	Major   int
	Root    bool
	// VNET is kern.features.vimage: the kernel has options VIMAGE.
	VNET bool
	// Modules maps a kernel module to whether it is loaded or compiled in (kldstat -m).
	Modules     map[string]bool
	SecureLevel int
	// Tools maps bird and birdcl to whether they are installed (package bird2).
	Tools map[string]bool
	// SRIOV lists the PFs with an SR-IOV device node (/dev/iov/<pf>); SRIOVSchemas holds
	// what each accepts (iovctl -S -d PF), read by Capabilities only.
	SRIOV        []string
	SRIOVSchemas map[string]*IOVSchema
	// PhysMem is hw.physmem; AvailMem free plus inactive pages, in bytes.
	PhysMem, AvailMem uint64
	// Ifaces are the host's interfaces (ifconfig -l).
	Ifaces []string
	// SSHMaxSessions is sshd's MaxSessions on a box reached over SSH (sshd -T), 0 when
	// unknown or local. Every supervised daemon holds one session of the shared connection,
	// and each concurrent command another.
	SSHMaxSessions int
}

// Refusal is one reason a plan cannot run on a box, and what to do about it.
type Refusal struct {
	What, Reason, Fix string
}

// Error reads "what: reason; fix: fix".
func (r *Refusal) Error() string { return r.What + ": " + r.Reason + "; fix: " + r.Fix }

// modulesFor are the kernel modules a plan needs: if_epair for links, if_bridge for
// segments.
func modulesFor(plan *lab.Plan) []string {
	var mods []string
	if plan == nil || len(plan.Spec.Links) > 0 {
		mods = append(mods, "if_epair")
	}
	if plan == nil || len(plan.Spec.Segments) > 0 {
		mods = append(mods, "if_bridge")
	}
	return mods
}

// Capabilities reads what the box offers: release, privileges, VIMAGE, modules, BIRD,
// SR-IOV devices, memory and interfaces. A probe that cannot run at all (ssh down) is an
// error; a missing feature is a false field.
func (p *Platform) Capabilities(ctx context.Context) (*Capabilities, error) {
	c, err := p.capabilities(ctx, []string{"if_epair", "if_bridge", "if_vlan"})
	if c != nil && len(c.SRIOV) > 0 {
		c.SRIOVSchemas = map[string]*IOVSchema{}
		for _, pf := range c.SRIOV {
			s, serr := p.IOVSchema(ctx, pf)
			if serr != nil {
				err = errors.Join(err, serr)
				continue
			}
			c.SRIOVSchemas[pf] = s
		}
	}
	return c, err
}

func (p *Platform) capabilities(ctx context.Context, modules []string) (*Capabilities, error) {
	c := &Capabilities{Modules: map[string]bool{}, Tools: map[string]bool{}}
	run := func(argv ...string) ([]byte, error) { return p.ex.Run(ctx, argv) }
	var errs []error
	if out, err := run("uname", "-r"); err != nil {
		errs = append(errs, fmt.Errorf("uname: %w", err))
	} else {
		c.Release = strings.TrimSpace(string(out))
		major, _, _ := strings.Cut(c.Release, ".")
		c.Major, _ = strconv.Atoi(major)
	}
	if out, err := run("id", "-u"); err != nil {
		errs = append(errs, fmt.Errorf("id: %w", err))
	} else {
		c.Root = strings.TrimSpace(string(out)) == "0"
	}
	if out, err := run("sysctl", "-i", "-n", "kern.features.vimage"); err != nil {
		errs = append(errs, fmt.Errorf("sysctl kern.features.vimage: %w", err))
	} else {
		v, ok, _ := ParseSysctlUint(out)
		c.VNET = ok && v == 1
	}
	for _, m := range modules {
		_, err := run("kldstat", "-q", "-m", m)
		var ce *lab.CmdError
		switch {
		case err == nil:
			c.Modules[m] = true
		case errors.As(err, &ce) && ce.Exit > 0:
			c.Modules[m] = false
		default:
			errs = append(errs, fmt.Errorf("kldstat: %w", err))
		}
	}
	if out, err := run("sysctl", "-n", "kern.securelevel"); err == nil {
		c.SecureLevel, _ = strconv.Atoi(strings.TrimSpace(string(out)))
	}
	// which exits 1 when any is missing and prints the paths of those it found.
	out, err := run("which", birdDaemon, birdCLI)
	var ce *lab.CmdError
	if err != nil && !(errors.As(err, &ce) && ce.Exit == 1) {
		errs = append(errs, fmt.Errorf("which: %w", err))
	}
	c.Tools[birdDaemon], c.Tools[birdCLI] = false, false
	for _, l := range strings.Fields(string(out)) {
		if b := path.Base(l); b == birdDaemon || b == birdCLI {
			c.Tools[b] = true
		}
	}
	if out, err := run("sysctl", "-n", "hw.physmem", "hw.pagesize", "vm.stats.vm.v_free_count", "vm.stats.vm.v_inactive_count"); err != nil {
		errs = append(errs, fmt.Errorf("sysctl memory: %w", err))
	} else if f := strings.Fields(string(out)); len(f) == 4 {
		var v [4]uint64
		for i := range f {
			v[i], _ = strconv.ParseUint(f[i], 10, 64)
		}
		c.PhysMem, c.AvailMem = v[0], (v[2]+v[3])*v[1]
	} else {
		errs = append(errs, fmt.Errorf("sysctl memory: unexpected output %q", out))
	}
	if pfs, err := p.SRIOVDevices(ctx); err == nil {
		c.SRIOV = pfs
	}
	if p.opts.Target != "" {
		// sshd -T prints the effective configuration, one "keyword value" a line.
		if out, err := run("sshd", "-T"); err == nil {
			for _, l := range lines(out) {
				if v, ok := strings.CutPrefix(l, "maxsessions "); ok {
					c.SSHMaxSessions, _ = strconv.Atoi(strings.TrimSpace(v))
				}
			}
		}
	}
	if out, err := run("ifconfig", "-l"); err != nil {
		errs = append(errs, fmt.Errorf("ifconfig -l: %w", err))
	} else if c.Ifaces, err = ParseIfconfigNames(out); err != nil {
		errs = append(errs, err)
	}
	return c, errors.Join(errs...)
}

// Preflight checks, before anything exists, that the box can run plan, and refuses with a
// reason and a fix for each problem it finds: not root, no VIMAGE, a release whose vnet
// teardown can panic, a module that cannot be loaded, BIRD missing, too little memory, and
// host interfaces the plan would create that exist already. Softer findings (a module
// ifconfig will load on first use, memory that is tight) become Warnings.
func (p *Platform) Preflight(ctx context.Context, plan *lab.Plan) error {
	c, err := p.capabilities(ctx, modulesFor(plan))
	if err != nil {
		return fmt.Errorf("preflight: cannot probe the box: %w", err)
	}
	return p.judge(c, plan)
}

func (p *Platform) judge(c *Capabilities, plan *lab.Plan) error {
	var refusals []error
	refuse := func(what, reason, fix string) {
		refusals = append(refusals, &Refusal{What: what, Reason: reason, Fix: fix})
	}
	if !c.Root {
		refuse("privileges", "jail, ifconfig and sysctl need root", "run as root (sudo vnetbench …, or --target ssh://root@box)")
	}
	if !c.VNET {
		refuse("VIMAGE", "the kernel has no VNET support (sysctl kern.features.vimage is empty)",
			"boot a kernel with 'options VIMAGE' (GENERIC has it since FreeBSD 12.0)")
	}
	if c.Major > 0 && c.Major < 13 {
		refuse("release "+c.Release, "FreeBSD 12 and older are end-of-life, and before 12.3 destroying an epair while its vnet dies can panic the kernel (PRs 238870, 234985, 244703, 250870)",
			"upgrade to a supported release (13.x or later)")
	}
	for _, m := range modulesFor(plan) {
		if c.Modules[m] {
			continue
		}
		if c.SecureLevel > 0 {
			refuse("module "+m, fmt.Sprintf("not loaded, and kern.securelevel %d forbids loading it", c.SecureLevel),
				fmt.Sprintf("load it at boot: sysrc kld_list+=%s, then reboot", m))
			continue
		}
		p.warn("kernel module %s is not loaded: ifconfig will load it on first use (kld_list+=%s in rc.conf loads it at boot)", m, m)
	}
	if plan == nil {
		return errors.Join(refusals...)
	}
	spec := plan.Spec
	if len(spec.Daemons) > 0 {
		for _, t := range []string{birdDaemon, birdCLI} {
			if !c.Tools[t] {
				refuse(t, fmt.Sprintf("scenario %s runs BIRD in every jail and %s is not installed", spec.Scenario, t),
					"pkg install bird2")
			}
		}
	}
	if want := len(spec.Daemons) + SSHSessionHeadroom; c.SSHMaxSessions > 0 && len(spec.Daemons) > 0 && c.SSHMaxSessions < want {
		refuse("sshd MaxSessions", fmt.Sprintf("the box allows %d sessions per connection; %d supervised daemons hold one each, and commands need %d more",
			c.SSHMaxSessions, len(spec.Daemons), SSHSessionHeadroom),
			fmt.Sprintf("set 'MaxSessions %d' in /etc/ssh/sshd_config on the box, then 'service sshd reload'", want))
	}
	need := uint64(len(spec.Nodes))*MemPerJail + uint64(len(spec.Daemons))*MemPerDaemon
	switch {
	case c.AvailMem > 0 && need > c.AvailMem:
		refuse("memory", fmt.Sprintf("%d jails and %d daemons need about %d MiB and %d MiB are available (free + inactive of %d MiB)",
			len(spec.Nodes), len(spec.Daemons), need>>20, c.AvailMem>>20, c.PhysMem>>20),
			"use fewer nodes (--set nodes=N), or free memory")
	case c.AvailMem > 0 && need > c.AvailMem/10*8:
		p.warn("memory is tight: the lab needs about %d MiB of the %d MiB available", need>>20, c.AvailMem>>20)
	}
	have := map[string]bool{}
	for _, n := range c.Ifaces {
		have[n] = true
	}
	for _, n := range hostNames(plan) {
		if have[n] {
			refuse("interface "+n, "it exists on the host already, and the plan creates it",
				fmt.Sprintf("remove a lab left over with 'vnetbench clean', or 'ifconfig %s destroy' if it is nobody's", n))
		}
	}
	return errors.Join(refusals...)
}

// hostNames lists the interfaces a plan creates in the host's vnet, where names are global:
// bridges, both ends of every epair (both exist on the host until one moves), the host's
// cloned loopback.
func hostNames(plan *lab.Plan) []string {
	var names []string
	for _, sg := range plan.Spec.Segments {
		names = append(names, sg.Name)
	}
	for _, l := range plan.Spec.Links {
		unit := "epair" + strconv.Itoa(l.Unit)
		names = append(names, unit+"a", unit+"b")
		for _, e := range []lab.Endpoint{l.A, l.B} {
			if e.Iface != unit+"a" && e.Iface != unit+"b" {
				names = append(names, e.Iface)
			}
		}
	}
	if len(plan.Spec.Host.Loopbacks) > 0 {
		names = append(names, "lo1")
	}
	return names
}
