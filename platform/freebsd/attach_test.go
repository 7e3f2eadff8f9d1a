package freebsd

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/executor"
	"github.com/vnetbench/vnetbench/lab"
)

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestAttachVLAN(t *testing.T) {
	// The article's "ifconfig igb0.6 create vlan 6 vlandev igb0 up".
	if got, want := VLANCreateArgv("igb0", 6), words("ifconfig igb0.6 create vlan 6 vlandev igb0 up")[0]; !slices.Equal(got, want) {
		t.Errorf("VLANCreateArgv = %q, want %q", got, want)
	}
	rec := &executor.Recorder{}
	p, _ := New(rec, "vnb-t-", Options{})
	j := &memJournal{}
	name, err := p.AttachVLAN(context.Background(), j, "jail1", "igb0", 6)
	if err != nil || name != "igb0.6" {
		t.Fatalf("AttachVLAN = %q, %v", name, err)
	}
	sameCommands(t, rec.Commands(), words("ifconfig igb0.6 create vlan 6 vlandev igb0 up", "ifconfig igb0.6 vnet vnb-t-jail1"))
	want := []lab.Resource{{Kind: lab.ResLink, Name: "igb0.6"}, {Kind: lab.ResLink, Name: "igb0.6", Node: "vnb-t-jail1", New: markLent}}
	if got := j.resources(); !slices.Equal(got, want) {
		t.Errorf("journal %+v, want %+v", got, want)
	}
	for _, bad := range []struct {
		parent string
		tag    int
	}{{"igb0", 0}, {"igb0", 4095}, {"verylongparent", 4094}} {
		if _, err := p.AttachVLAN(context.Background(), j, "jail1", bad.parent, bad.tag); err == nil {
			t.Errorf("vlan %d on %s accepted", bad.tag, bad.parent)
		}
	}
	if _, err := p.AttachVLAN(context.Background(), j, lab.HostNode, "igb0", 7); err == nil {
		t.Error("vlan lent to the host role accepted")
	}
}

func TestAttachIface(t *testing.T) {
	rec := &executor.Recorder{}
	p, _ := New(rec, "vnb-t-", Options{})
	j := &memJournal{}
	if err := p.AttachIface(context.Background(), j, "jail2", "iavf0"); err != nil {
		t.Fatal(err)
	}
	sameCommands(t, rec.Commands(), words("ifconfig iavf0 vnet vnb-t-jail2"))
	if got := j.resources(); len(got) != 1 || got[0].New != markLent || got[0].Node != "vnb-t-jail2" {
		t.Errorf("journal %+v, want iavf0 lent to vnb-t-jail2", got)
	}
}

func TestIOVConfigUCL(t *testing.T) {
	for _, tc := range []struct {
		file string
		cfg  IOVConfig
	}{
		{"attach/iovctl.conf-ixl0-vnet-lab.synthetic.ucl", IOVConfig{Device: "ixl0", NumVFs: 4, Default: LabVF(),
			VFs: map[int]VFConfig{0: {MACAddr: "02:00:5E:10:00:00"}, 3: {}}}},
		{"attach/iovctl.conf-manpage-example-fbsd14.ucl", IOVConfig{Device: "ix0", NumVFs: 3,
			Default: VFConfig{Passthrough: Bool(true)},
			VFs:     map[int]VFConfig{0: {MACAddr: "02:56:48:7e:d9:f7", Passthrough: Bool(false)}}}},
	} {
		got, err := tc.cfg.UCL()
		if err != nil {
			t.Fatal(err)
		}
		if want := string(readTestdata(t, tc.file)); got != want {
			t.Errorf("UCL for %s:\n%s\nwant:\n%s", tc.file, got, want)
		}
	}
	if strings.Contains(string(readTestdata(t, "attach/iovctl.conf-ixl0-vnet-lab.synthetic.ucl")), "mac-antispoof") {
		t.Error("fixture uses the article's misspelling")
	}
	for _, bad := range []IOVConfig{
		{Device: "ixl0"},
		{Device: "ixl0", NumVFs: 2, VFs: map[int]VFConfig{2: {MACAddr: "02:00:00:00:00:01"}}},
		{Device: "ixl0", NumVFs: 2, Default: VFConfig{MACAddr: "01:00:5e:00:00:01"}},
		{Device: "ixl 0", NumVFs: 2},
	} {
		if _, err := bad.UCL(); err == nil {
			t.Errorf("UCL accepted %+v", bad)
		}
	}
}

func TestCreateVFs(t *testing.T) {
	cfg := IOVConfig{Device: "ixl0", NumVFs: 4, Default: LabVF(), VFs: map[int]VFConfig{0: {MACAddr: "02:00:5e:10:00:00"}}}
	conf := "/var/run/vnetbench/vnb-t/iovctl.ixl0.conf"
	ucl := readTestdata(t, "attach/iovctl.conf-ixl0-vnet-lab.synthetic.ucl")
	expect := func(create executor.Expect) *executor.Scripted {
		create.Argv = []string{"iovctl", "-C", "-f", conf}
		return &executor.Scripted{InOrder: true, Expect: []executor.Expect{
			{Argv: []string{"mkdir", "-p", "/var/run/vnetbench/vnb-t"}},
			{Argv: []string{"cp", "/dev/stdin", conf}, Stdin: ucl},
			create,
		}}
	}
	fake := expect(executor.Expect{StdoutFile: "testdata/iovctl-C-f-success-stdout.synthetic.txt"})
	p, _ := New(fake, "vnb-t-", Options{})
	j := &memJournal{}
	if got, err := p.CreateVFs(context.Background(), j, cfg); err != nil || got != conf {
		t.Fatalf("CreateVFs = %q, %v", got, err)
	}
	if err := fake.Done(); err != nil {
		t.Error(err)
	}
	if rs := j.resources(); len(rs) != 1 || rs[0] != (lab.Resource{Kind: lab.ResSegment, Name: "ixl0", New: markIOV}) {
		t.Errorf("journal %+v", rs)
	}
	// VFs that exist already belong to someone else: marked foreign, never deleted.
	busy := expect(executor.Expect{Exit: 1, Stderr: string(readTestdata(t, "iovctl-C-f-vfs-already-exist-stderr.synthetic.txt"))})
	p, _ = New(busy, "vnb-t-", Options{})
	j = &memJournal{}
	if _, err := p.CreateVFs(context.Background(), j, cfg); err == nil || !strings.Contains(err.Error(), "iovctl -D -d ixl0") {
		t.Errorf("busy PF: err = %v, want the fix", err)
	}
	if u := sortUndo(j.resources()); len(u.iov) != 0 {
		t.Errorf("someone else's VFs would be deleted: %+v", u.iov)
	}
	if got := IOVDeleteArgv("ixl0"); !slices.Equal(got, words("iovctl -D -d ixl0")[0]) {
		t.Errorf("IOVDeleteArgv = %q", got)
	}
}

func TestDiscoverVirtualNICs(t *testing.T) {
	ctx := context.Background()
	fake := &executor.Scripted{Expect: []executor.Expect{
		{Argv: []string{"ifconfig", "-l"}, StdoutFile: "testdata/ifconfig-l-ixl-after-iovctl-C-fbsd14.0.txt"},
		{Argv: []string{"ls", "/dev/iov"}, Stdout: []byte("ixl0\nixl1\n")},
		{Argv: []string{"iovctl", "-S", "-d", "ixl0"}, StdoutFile: "testdata/iovctl-S-d-ixl0-fbsd14.0.relined.txt"},
	}}
	p, _ := New(fake, "vnb-t-", Options{})
	if vfs, err := p.VirtualNICs(ctx, "vf"); err != nil || !slices.Equal(vfs, []string{"iavf0", "iavf1"}) {
		t.Errorf("VFs = %q, %v", vfs, err)
	}
	if pfs, err := p.SRIOVDevices(ctx); err != nil || !slices.Equal(pfs, []string{"ixl0", "ixl1"}) {
		t.Errorf("PFs = %q, %v", pfs, err)
	}
	s, err := p.IOVSchema(ctx, "ixl0")
	if err != nil {
		t.Fatal(err)
	}
	if prm, ok := s.VFParam("mac-anti-spoof"); !ok || prm.Default != "true" {
		t.Errorf("mac-anti-spoof = %+v, %v", prm, ok)
	}
	if err := fake.Done(); err != nil {
		t.Error(err)
	}
	noIOV := &executor.Scripted{Expect: []executor.Expect{{Argv: []string{"ls", "/dev/iov"}, Exit: 1, Stderr: "ls: /dev/iov: No such file or directory\n"}}}
	p, _ = New(noIOV, "vnb-t-", Options{})
	if pfs, err := p.SRIOVDevices(ctx); err != nil || pfs != nil {
		t.Errorf("no SR-IOV: %q, %v", pfs, err)
	}
}

func TestChelsioVIs(t *testing.T) {
	// The interfaces dmesg-cxgbe-num_vis-vcxl.txt shows attaching, after the ports.
	var vis []string
	for _, d := range ParseDmesg(readTestdata(t, "dmesg-cxgbe-num_vis-vcxl.txt")) {
		vis = append(vis, d.Name)
	}
	list := "cxl0 cxl1 igb0 lo0 " + strings.Join(vis, " ") + "\n"
	for _, tc := range []struct {
		numVIs  string
		want    []string
		wantErr string
	}{
		{"4\n", []string{"vcxl0", "vcxl1"}, ""},
		{"1\n", nil, `hw.cxgbe.num_vis="4"`},
		{"", nil, "cxgbe(4) driver is not loaded"},
	} {
		fake := &executor.Scripted{Expect: []executor.Expect{
			{Argv: []string{"sysctl", "-i", "-n", "hw.cxgbe.num_vis"}, Stdout: []byte(tc.numVIs)},
			{Argv: []string{"ifconfig", "-l"}, Stdout: []byte(list), Times: executor.AnyTimes},
		}}
		p, _ := New(fake, "vnb-t-", Options{})
		got, err := p.ChelsioVIs(context.Background())
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("num_vis %q: err = %v, want %q", tc.numVIs, err, tc.wantErr)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("num_vis %q: %q, %v", tc.numVIs, got, err)
		}
	}
}

func TestStartDaemon(t *testing.T) {
	ctx := context.Background()
	f := lab.DaemonFiles{Config: "/out/r/nodes/jail1/bird.conf", Socket: "/out/r/nodes/jail1/bird.ctl",
		PID: "/out/r/nodes/jail1/bird.pid", Log: "/out/r/nodes/jail1/bird.log"}
	// On this machine the runner's files are used as they are.
	st := &recStarter{}
	rec := &executor.Recorder{}
	p, _ := New(rec, "vnb-t-", Options{Starter: st})
	j := &memJournal{}
	if _, err := p.StartDaemon(ctx, "jail1", f, j); err != nil {
		t.Fatal(err)
	}
	if len(rec.Commands()) != 0 {
		t.Errorf("ran %q before the daemon", rec.Commands())
	}
	want := words("jexec vnb-t-jail1 bird -f -c /out/r/nodes/jail1/bird.conf -s /out/r/nodes/jail1/bird.ctl -P /out/r/nodes/jail1/bird.pid")[0]
	if !slices.Equal(st.argv, want) || st.opts.LogPath != f.Log ||
		!slices.Equal(st.opts.Stop, words("pkill -TERM -j vnb-t-jail1 -x bird")[0]) {
		t.Errorf("started %q %+v", st.argv, st.opts)
	}
	if rs := j.resources(); len(rs) != 1 || rs[0] != (lab.Resource{Kind: lab.ResProcess, Name: "bird", Node: "vnb-t-jail1"}) {
		t.Errorf("journal %+v", rs)
	}
	// BIRD is asked through birdcl at its socket.
	rec2 := &executor.Recorder{}
	p.ex = rec2
	if _, err := p.BirdText(ctx, "jail1", "ignored", "show ospf neighbors"); err != nil {
		t.Fatal(err)
	}
	sameCommands(t, rec2.Commands(), words("birdcl -s /out/r/nodes/jail1/bird.ctl show ospf neighbors"))

	// On a box, the configuration is copied there and the daemon's files live there.
	cfg := []byte("protocol device {}\n")
	fake := &executor.Scripted{InOrder: true, Expect: []executor.Expect{
		{Argv: []string{"mkdir", "-p", "/var/run/vnetbench/vnb-t/jail1"}},
		{Argv: []string{"cp", "/dev/stdin", "/var/run/vnetbench/vnb-t/jail1/bird.conf"}, Stdin: cfg},
	}}
	st = &recStarter{}
	var bird fakeBird
	p, _ = New(fake, "vnb-t-", Options{StateDir: "/var/run/vnetbench/vnb-t", Starter: st, Bird: &bird,
		ReadFile: func(name string) ([]byte, error) {
			if name != f.Config {
				return nil, errors.New("unexpected read of " + name)
			}
			return cfg, nil
		}})
	if _, err := p.StartDaemon(ctx, "jail1", f, &memJournal{}); err != nil {
		t.Fatal(err)
	}
	if err := fake.Done(); err != nil {
		t.Error(err)
	}
	if st.argv[5] != "/var/run/vnetbench/vnb-t/jail1/bird.conf" || st.opts.LogPath != f.Log {
		t.Errorf("started %q with log %q", st.argv, st.opts.LogPath)
	}
	if _, err := p.BirdText(ctx, "jail1", f.Socket, "show ospf"); err != nil || bird.socket != "/var/run/vnetbench/vnb-t/jail1/bird.ctl" {
		t.Errorf("Options.Bird asked at %q (%v)", bird.socket, err)
	}

	if _, err := p.StartDaemon(ctx, lab.HostNode, f, &memJournal{}); err == nil {
		t.Error("daemon in the host role accepted")
	}
	p, _ = New(&executor.Scripted{}, "vnb-t-", Options{})
	if _, err := p.StartDaemon(ctx, "jail1", f, &memJournal{}); err == nil || !strings.Contains(err.Error(), "cannot start") {
		t.Errorf("executor without Start: err = %v", err)
	}
}

type recStarter struct {
	argv []string
	opts executor.StartOptions
}

func (s *recStarter) Start(_ context.Context, argv []string, opts executor.StartOptions) (lab.Proc, error) {
	s.argv, s.opts = argv, opts
	return planProc{}, nil
}

type fakeBird struct{ socket string }

func (b *fakeBird) BirdText(_ context.Context, _, socket, _ string) ([]byte, error) {
	b.socket = socket
	return nil, nil
}
