package freebsd

import (
	"context"
	"errors"
	"fmt"
	"net"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/vnetbench/vnetbench/executor"
	"github.com/vnetbench/vnetbench/lab"
)

// The article's other ways to reach a jail, besides bridge+epair (no scenario uses them yet):
// a VLAN of a physical port, an SR-IOV virtual function, a Chelsio virtual interface. Each
// hands the jail an interface that belongs to the host; teardown hands it back before the
// jail goes (a dying vnet would keep it), then destroys what the run created (the VLAN) or
// deletes the VFs once no jail holds one.

// VLANName is the vlan(4) interface of tag on parent, named as the article does: igb0.6.
func VLANName(parent string, tag int) string { return parent + "." + strconv.Itoa(tag) }

// VLANCreateArgv is "ifconfig igb0.6 create vlan 6 vlandev igb0 up".
func VLANCreateArgv(parent string, tag int) []string {
	t := strconv.Itoa(tag)
	return []string{"ifconfig", VLANName(parent, tag), "create", "vlan", t, "vlandev", parent, "up"}
}

// AttachVLAN creates VLAN tag on the host's parent port and moves it into node's jail; it
// returns the VLAN's name. A VLAN id is unique per port: two jails in one VLAN need two
// ports (or a bridge).
func (p *Platform) AttachVLAN(ctx context.Context, j lab.Journal, node, parent string, tag int) (string, error) {
	if tag < 1 || tag > 4094 {
		return "", fmt.Errorf("vlan %d on %s: the tag must be 1 to 4094", tag, parent)
	}
	name := VLANName(parent, tag)
	if err := lab.ValidateIfaceName(parent); err != nil {
		return "", fmt.Errorf("vlan parent: %w", err)
	}
	if err := lab.ValidateIfaceName(name); err != nil {
		return "", fmt.Errorf("vlan: %w", err)
	}
	if node == lab.HostNode {
		return "", errors.New("vlan: attach it to a node, not the host role")
	}
	if _, err := p.create(ctx, j, lab.Resource{Kind: lab.ResLink, Name: name}, VLANCreateArgv(parent, tag)); err != nil {
		return "", err
	}
	return name, p.moveIn(ctx, j, name, node, markLent)
}

// AttachIface lends an interface the host already has to node's jail ("ifconfig iavf0 vnet
// J"): an SR-IOV VF, a Chelsio VI, a spare port. Teardown hands it back ("ifconfig iavf0
// -vnet J") before removing the jail.
func (p *Platform) AttachIface(ctx context.Context, j lab.Journal, node, iface string) error {
	if err := lab.ValidateIfaceName(iface); err != nil {
		return err
	}
	if node == lab.HostNode {
		return errors.New("attach: the host role holds its interfaces already")
	}
	return p.moveIn(ctx, j, iface, node, markLent)
}

// Bool returns a pointer to b, for the optional keys of VFConfig.
func Bool(b bool) *bool { return &b }

// IOVConfig is an iovctl.conf(5): the physical function, how many VFs to make, settings for
// all of them (DEFAULT) and per VF (VF-<i>).
type IOVConfig struct {
	// Device is the PF ("ixl0"); it must have /dev/iov/<Device>.
	Device string
	NumVFs int
	// Default applies to every VF; VFs override it per index.
	Default VFConfig
	VFs     map[int]VFConfig
}

// VFConfig holds the VF keys of iovctl.conf(5) and the Intel/Broadcom drivers; nil and zero
// fields are left out so the driver's defaults apply.
type VFConfig struct {
	// Passthrough reserves the VF for bhyve (pptN) instead of a network interface.
	Passthrough *bool
	// MACAddr is the VF's unicast MAC ("mac-addr").
	MACAddr string
	// MACAntiSpoof is "mac-anti-spoof" (driver default true): the VF may send only from its
	// own MAC. Turn it off for bridging or CARP inside a jail.
	MACAntiSpoof *bool
	// AllowSetMAC is "allow-set-mac": the VF may change its MAC (matters with MACAddr).
	AllowSetMAC *bool
	// AllowPromisc is "allow-promisc": the VF may receive frames for other MACs.
	AllowPromisc *bool
	// NumQueues is "num-queues" (ixl, ice); 0 leaves the driver's default.
	NumQueues int
}

// LabVF is what a VF handed to a lab jail usually needs to bridge, run CARP or change its MAC:
// anti-spoofing off, MAC changes and promiscuous mode allowed.
func LabVF() VFConfig {
	return VFConfig{MACAntiSpoof: Bool(false), AllowSetMAC: Bool(true), AllowPromisc: Bool(true)}
}

func (v VFConfig) empty() bool {
	return v.Passthrough == nil && v.MACAddr == "" && v.MACAntiSpoof == nil && v.AllowSetMAC == nil &&
		v.AllowPromisc == nil && v.NumQueues == 0
}

// ucl renders the section body, one "key : value;" line per set key.
func (v VFConfig) ucl(b *strings.Builder) error {
	boolKey := func(k string, p *bool) {
		if p != nil {
			fmt.Fprintf(b, "\t%s : %t;\n", k, *p)
		}
	}
	if v.MACAddr != "" {
		mac, err := net.ParseMAC(v.MACAddr)
		if err != nil || len(mac) != 6 || mac[0]&1 != 0 {
			return fmt.Errorf("mac-addr %q: want a unicast MAC such as 02:00:5e:10:00:00", v.MACAddr)
		}
		fmt.Fprintf(b, "\tmac-addr : %q;\n", mac.String())
	}
	boolKey("allow-set-mac", v.AllowSetMAC)
	boolKey("allow-promisc", v.AllowPromisc)
	boolKey("mac-anti-spoof", v.MACAntiSpoof)
	if v.NumQueues < 0 || v.NumQueues > 65535 {
		return fmt.Errorf("num-queues %d out of range", v.NumQueues)
	}
	if v.NumQueues > 0 {
		fmt.Fprintf(b, "\tnum-queues : %d;\n", v.NumQueues)
	}
	boolKey("passthrough", v.Passthrough)
	return nil
}

// UCL renders the configuration as iovctl.conf(5) text: PF, then DEFAULT (which must come
// before the VF sections), then VF-<i> in order.
func (c IOVConfig) UCL() (string, error) {
	if err := lab.ValidateIfaceName(c.Device); err != nil {
		return "", fmt.Errorf("iovctl.conf: device: %w", err)
	}
	if c.NumVFs < 1 || c.NumVFs > 256 {
		return "", fmt.Errorf("iovctl.conf: num_vfs %d: want 1 to 256", c.NumVFs)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "PF {\n\tdevice : %q;\n\tnum_vfs : %d;\n}\n", c.Device, c.NumVFs)
	if !c.Default.empty() {
		b.WriteString("\nDEFAULT {\n")
		if err := c.Default.ucl(&b); err != nil {
			return "", fmt.Errorf("iovctl.conf: DEFAULT: %w", err)
		}
		b.WriteString("}\n")
	}
	idx := make([]int, 0, len(c.VFs))
	for i := range c.VFs {
		if i < 0 || i >= c.NumVFs {
			return "", fmt.Errorf("iovctl.conf: VF-%d: want an index below num_vfs %d", i, c.NumVFs)
		}
		idx = append(idx, i)
	}
	sort.Ints(idx)
	for _, i := range idx {
		if c.VFs[i].empty() {
			continue
		}
		fmt.Fprintf(&b, "\nVF-%d {\n", i)
		if err := c.VFs[i].ucl(&b); err != nil {
			return "", fmt.Errorf("iovctl.conf: VF-%d: %w", i, err)
		}
		b.WriteString("}\n")
	}
	return b.String(), nil
}

// IOVCreateArgv creates the VFs a configuration file describes.
func IOVCreateArgv(conf string) []string { return []string{"iovctl", "-C", "-f", conf} }

// IOVDeleteArgv deletes every VF of a PF (teardown, after the jails holding VFs are gone).
func IOVDeleteArgv(pf string) []string { return []string{"iovctl", "-D", "-d", pf} }

// stateDir is the directory on the box for files the run writes there.
func (p *Platform) stateDir() string {
	if p.opts.StateDir != "" {
		return p.opts.StateDir
	}
	return stateDirFor(p.prefix)
}

// CreateVFs writes cfg as iovctl.conf to the box (the state directory's iovctl.<pf>.conf)
// and creates the VFs; teardown deletes them with iovctl -D once no jail holds one. VFs that
// existed already ("Device busy") are someone else's and are left alone.
func (p *Platform) CreateVFs(ctx context.Context, j lab.Journal, cfg IOVConfig) (conf string, err error) {
	text, err := cfg.UCL()
	if err != nil {
		return "", err
	}
	in, ok := p.ex.(executor.InputRunner)
	if !ok {
		return "", fmt.Errorf("executor %T cannot write iovctl.conf to the box", p.ex)
	}
	conf = path.Join(p.stateDir(), "iovctl."+cfg.Device+".conf")
	if _, err := p.ex.Run(ctx, []string{"mkdir", "-p", p.stateDir()}); err != nil {
		return "", err
	}
	if _, err := in.RunInput(ctx, []string{"cp", "/dev/stdin", conf}, []byte(text)); err != nil {
		return "", err
	}
	res := lab.Resource{Kind: lab.ResSegment, Name: cfg.Device, New: markIOV}
	if err := j.Add(res); err != nil {
		return "", err
	}
	if _, err := p.ex.Run(ctx, IOVCreateArgv(conf)); err != nil {
		var ce *lab.CmdError
		if errors.As(err, &ce) {
			for _, te := range ParseToolErrors([]byte(ce.Stderr)) {
				if errors.Is(te, ErrIOVBusy) {
					res.New = markForeign
					return conf, errors.Join(fmt.Errorf("%s has VFs already: delete them with 'iovctl -D -d %s' if nothing uses them: %w",
						cfg.Device, cfg.Device, err), j.Add(res))
				}
			}
		}
		return conf, fmt.Errorf("create VFs on %s: %w", cfg.Device, err)
	}
	return conf, nil
}

// SRIOVDevices lists the host's SR-IOV capable PFs: the entries of /dev/iov.
func (p *Platform) SRIOVDevices(ctx context.Context) ([]string, error) {
	out, err := p.ex.Run(ctx, []string{"ls", "/dev/iov"})
	if err != nil {
		var ce *lab.CmdError
		if errors.As(err, &ce) && strings.Contains(ce.Stderr, "No such file or directory") {
			return nil, nil
		}
		return nil, err
	}
	return ParseIfconfigNames(out)
}

// IOVSchema reads the parameters pf accepts (iovctl -S -d PF): the driver's VF keys and
// their defaults.
func (p *Platform) IOVSchema(ctx context.Context, pf string) (*IOVSchema, error) {
	out, err := p.ex.Run(ctx, []string{"iovctl", "-S", "-d", pf})
	if err != nil {
		return nil, fmt.Errorf("sr-iov schema of %s: %w", pf, err)
	}
	return ParseIovctlSchema(out)
}

// VirtualNICs lists the host's interfaces of one kind ("vf": iavfN, ixvN, cxlvN…; "vi":
// vcxlN, vcxgbeN, vccN) from ifconfig -l, in ifindex order. Interfaces lent to a jail are
// not listed: the host no longer sees them.
func (p *Platform) VirtualNICs(ctx context.Context, kind string) ([]string, error) {
	out, err := p.ex.Run(ctx, []string{"ifconfig", "-l"})
	if err != nil {
		return nil, err
	}
	names, err := ParseIfconfigNames(out)
	if err != nil {
		return nil, err
	}
	var res []string
	for _, n := range names {
		if VirtualNICKind(n) == kind {
			res = append(res, n)
		}
	}
	return res, nil
}

// ChelsioVIs returns the Chelsio virtual interfaces (vcxlN on T5) the host offers. cxgbe(4)
// makes hw.cxgbe.num_vis interfaces per port, the first being the port itself, and only at
// boot; with fewer than two there are none, and the error says how to get them.
func (p *Platform) ChelsioVIs(ctx context.Context) ([]string, error) {
	out, err := p.ex.Run(ctx, []string{"sysctl", "-i", "-n", "hw.cxgbe.num_vis"})
	if err != nil {
		return nil, err
	}
	v, ok, err := ParseSysctlUint(out)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, errors.New("no Chelsio virtual interfaces: the cxgbe(4) driver is not loaded (hw.cxgbe.num_vis is missing)")
	}
	if v < 2 {
		return nil, fmt.Errorf("no Chelsio virtual interfaces: hw.cxgbe.num_vis is %d; add hw.cxgbe.num_vis=\"4\" to /boot/loader.conf and reboot", v)
	}
	vis, err := p.VirtualNICs(ctx, "vi")
	if err != nil {
		return nil, err
	}
	if len(vis) == 0 {
		return nil, fmt.Errorf("hw.cxgbe.num_vis is %d but ifconfig -l lists no vcxl/vcxgbe/vcc interface (all lent to jails?)", v)
	}
	return vis, nil
}
