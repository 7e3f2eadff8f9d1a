package freebsd

import (
	"context"
	"errors"
	"net/netip"
	"slices"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/executor"
	"github.com/vnetbench/vnetbench/lab"
)

func pfx(s string) netip.Prefix { return netip.MustParsePrefix(s) }

// recorded applies steps in order on a platform over a Recorder and returns the commands.
func recorded(t *testing.T, respond func([]string) []byte, steps ...lab.Step) ([][]string, *memJournal, *Platform) {
	t.Helper()
	rec := &executor.Recorder{Respond: respond}
	p, err := New(rec, "vnb-t-", Options{})
	if err != nil {
		t.Fatal(err)
	}
	j := &memJournal{}
	for _, s := range steps {
		if err := p.Apply(context.Background(), s, j); err != nil {
			t.Fatalf("apply %s: %v", s.ID, err)
		}
	}
	return rec.Commands(), j, p
}

func words(cmds ...string) [][]string {
	out := make([][]string, len(cmds))
	for i, c := range cmds {
		out[i] = strings.Fields(c)
	}
	return out
}

func sameCommands(t *testing.T, got, want [][]string) {
	t.Helper()
	if !slices.EqualFunc(got, want, slices.Equal[[]string]) {
		t.Errorf("commands:\n%s\nwant:\n%s", show(got), show(want))
	}
}

func show(cmds [][]string) string {
	var b strings.Builder
	for _, c := range cmds {
		b.WriteString("  " + executor.ShJoin(c) + "\n")
	}
	return b.String()
}

func TestApplyArgv(t *testing.T) {
	host := lab.HostNode
	hostLink := &lab.Link{Unit: 0, A: lab.Endpoint{Node: host, Iface: "epair0a"}, B: lab.Endpoint{Node: "hop1", Iface: "epair0b"}}
	jailLink := &lab.Link{Unit: 1, A: lab.Endpoint{Node: "hop1", Iface: "epair1a"}, B: lab.Endpoint{Node: "hop2", Iface: "epair1b"}}
	bridged := &lab.Link{Unit: 7, MTU: 9000, A: lab.Endpoint{Node: host, Iface: "epair7a", Segment: "vnetdemobridge"}, B: lab.Endpoint{Node: "jail7", Iface: "epair7b"}}
	renamed := &lab.Link{Unit: 9, A: lab.Endpoint{Node: host, Iface: "h9"}, B: lab.Endpoint{Node: "j9", Iface: "j9eth0"}}
	for _, tc := range []struct {
		name  string
		steps []lab.Step
		want  [][]string
	}{
		{"host node creates nothing", []lab.Step{{ID: "n", Op: lab.OpNode, Node: host}}, nil},
		{"jail", []lab.Step{{ID: "n", Op: lab.OpNode, Node: "jail1"}},
			words("jail -c name=vnb-t-jail1 host.hostname=jail1 persist vnet")},
		{"named bridge", []lab.Step{{ID: "s", Op: lab.OpSegment, Node: host, Iface: "vnetdemobridge", MTU: 9000}},
			words("ifconfig bridge create name vnetdemobridge mtu 9000 up")},
		{"bridge by unit", []lab.Step{{ID: "s", Op: lab.OpSegment, Node: host, Iface: "bridge0"}},
			words("ifconfig bridge0 create up")},
		{"host to jail link", []lab.Step{{ID: "l", Op: lab.OpLink, Link: hostLink}},
			words("ifconfig epair0 create up", "ifconfig epair0b vnet vnb-t-hop1")},
		{"jail to jail link", []lab.Step{{ID: "l", Op: lab.OpLink, Link: jailLink}},
			words("ifconfig epair1 create", "ifconfig epair1a vnet vnb-t-hop1", "ifconfig epair1b vnet vnb-t-hop2")},
		{"bridged link, host end already up", []lab.Step{
			{ID: "l", Op: lab.OpLink, Link: bridged, MTU: 9000},
			{ID: "u", Op: lab.OpUp, Node: host, Iface: "epair7a", MTU: 9000},
			{ID: "a", Op: lab.OpAddr, Node: "jail7", Iface: "epair7b", Addr: pfx("192.0.2.7/20"), MTU: 9000}},
			words("ifconfig epair7 create mtu 9000 up", "ifconfig vnetdemobridge addm epair7a edge epair7a",
				"ifconfig epair7b vnet vnb-t-jail7", "jexec vnb-t-jail7 ifconfig epair7b inet 192.0.2.7/20 mtu 9000 up")},
		{"renamed ends", []lab.Step{{ID: "l", Op: lab.OpLink, Link: renamed}},
			words("ifconfig epair9 create up", "ifconfig epair9a name h9", "ifconfig epair9b name j9eth0", "ifconfig j9eth0 vnet vnb-t-j9")},
		{"up in a jail", []lab.Step{{ID: "u", Op: lab.OpUp, Node: "hop1", Iface: "epair1a", MTU: 1500}},
			words("jexec vnb-t-hop1 ifconfig epair1a mtu 1500 up")},
		{"addresses: first, then aliases", []lab.Step{
			{ID: "a1", Op: lab.OpAddr, Node: host, Iface: "epair0a", Addr: pfx("192.0.2.0/31")},
			{ID: "a2", Op: lab.OpAddr, Node: host, Iface: "epair0a", Addr: pfx("198.51.100.1/24")}},
			words("ifconfig epair0a inet 192.0.2.0/31 up", "ifconfig epair0a inet 198.51.100.1/24 alias")},
		{"loopbacks", []lab.Step{
			{ID: "lo", Op: lab.OpLoopbackUp, Node: "jail1"},
			{ID: "lohost", Op: lab.OpLoopbackUp, Node: host},
			{ID: "l1", Op: lab.OpLoopbackAddr, Node: "jail1", Iface: "lo1", Addr: pfx("198.51.100.1/32")},
			{ID: "l2", Op: lab.OpLoopbackAddr, Node: "jail1", Iface: "lo1", Addr: pfx("198.51.100.101/32")}},
			words("jexec vnb-t-jail1 ifconfig lo0 inet 127.0.0.1/8 up",
				"jexec vnb-t-jail1 ifconfig lo1 create inet 198.51.100.1/32 up",
				"jexec vnb-t-jail1 ifconfig lo1 inet 198.51.100.101/32 alias")},
		{"forwarding", []lab.Step{{ID: "f", Op: lab.OpSysctl, Node: "hop2", Key: lab.SysctlForwarding, Value: "1"}},
			words("jexec vnb-t-hop2 sysctl net.inet.ip.forwarding=1")},
		{"routes as the article writes them", []lab.Step{
			{ID: "r1", Op: lab.OpRoute, Node: host, Route: &lab.Route{Dst: pfx("192.0.2.0/24"), Via: netip.MustParseAddr("192.0.2.1")}},
			{ID: "r2", Op: lab.OpRoute, Node: "hop1", Route: &lab.Route{Dst: pfx("0.0.0.0/0"), Via: netip.MustParseAddr("192.0.2.3")}},
			{ID: "r3", Op: lab.OpRoute, Node: "hop2", Route: &lab.Route{Dst: pfx("192.0.2.0/31"), Via: netip.MustParseAddr("192.0.2.2")}},
			{ID: "r4", Op: lab.OpRoute, Node: "hop2", Route: &lab.Route{Dst: pfx("198.51.100.9/32"), Via: netip.MustParseAddr("192.0.2.2")}}},
			words("route add 192.0.2.0/24 192.0.2.1", "jexec vnb-t-hop1 route add default 192.0.2.3",
				"jexec vnb-t-hop2 route add 192.0.2.0/31 192.0.2.2", "jexec vnb-t-hop2 route add -host 198.51.100.9 192.0.2.2")},
		{"tunable for another OS", []lab.Step{{ID: "t", Op: lab.OpTune, Key: lab.SysctlRxBacklog, Value: "7680", OS: "linux"}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _, _ := recorded(t, planRespond, tc.steps...)
			sameCommands(t, got, tc.want)
		})
	}
}

func TestApplyJournalsBeforeCreating(t *testing.T) {
	bridged := &lab.Link{Unit: 7, MTU: 9000, A: lab.Endpoint{Node: lab.HostNode, Iface: "epair7a", Segment: "br"}, B: lab.Endpoint{Node: "jail7", Iface: "epair7b"}}
	steps := []lab.Step{
		{ID: "n", Op: lab.OpNode, Node: "jail7"},
		{ID: "s", Op: lab.OpSegment, Node: lab.HostNode, Iface: "br"},
		{ID: "l", Op: lab.OpLink, Link: bridged},
	}
	// A journal that checks, at each Add, that the create it announces has not run yet.
	rec := &executor.Recorder{Respond: planRespond}
	p, _ := New(rec, "vnb-t-", Options{})
	j := journalFunc(func(rs ...lab.Resource) error {
		for _, r := range rs {
			for _, c := range rec.Commands() {
				if strings.Contains(strings.Join(c, " "), r.Name) {
					t.Errorf("%s %s journaled after %q ran", r.Kind, r.Name, c)
				}
			}
		}
		return nil
	})
	for _, s := range steps {
		if err := p.Apply(context.Background(), s, j); err != nil {
			t.Fatal(err)
		}
	}
	_, mj, _ := recorded(t, planRespond, steps...)
	want := []lab.Resource{
		{Kind: lab.ResNode, Name: "vnb-t-jail7"},
		{Kind: lab.ResSegment, Name: "br"},
		{Kind: lab.ResLink, Name: "epair7a"},
		{Kind: lab.ResLink, Name: "epair7b", Node: "vnb-t-jail7", New: markVNet},
	}
	if got := mj.resources(); !slices.Equal(got, want) {
		t.Errorf("journal %+v, want %+v", got, want)
	}
}

type journalFunc func(rs ...lab.Resource) error

func (f journalFunc) Add(rs ...lab.Resource) error { return f(rs...) }

func TestLinkRefusesKernelNamesOfOtherUnits(t *testing.T) {
	p, _ := New(&executor.Recorder{}, "vnb-t-", Options{})
	l := &lab.Link{Unit: 1, A: lab.Endpoint{Node: lab.HostNode, Iface: "epair2a"}, B: lab.Endpoint{Node: "j", Iface: "epair2b"}}
	err := p.Apply(context.Background(), lab.Step{ID: "l", Op: lab.OpLink, Link: l}, &memJournal{})
	if err == nil || !strings.Contains(err.Error(), "another epair unit") {
		t.Errorf("err = %v, want a refusal naming the unit clash", err)
	}
}

func TestTune(t *testing.T) {
	step := lab.Step{ID: "t", Op: lab.OpTune, Key: "kern.ipc.nmbclusters", Value: "1000000", OS: "freebsd"}
	for _, tc := range []struct {
		name    string
		current string
		want    [][]string
		journal []lab.Resource
		warn    bool
	}{
		{"raised", "246000\n", words("sysctl -i -n kern.ipc.nmbclusters", "sysctl kern.ipc.nmbclusters=1000000"),
			[]lab.Resource{{Kind: lab.ResTunable, Name: "kern.ipc.nmbclusters", Old: "246000", New: "1000000"}}, false},
		{"already higher", "2000000\n", words("sysctl -i -n kern.ipc.nmbclusters"), nil, false},
		{"absent on this release", "", words("sysctl -i -n kern.ipc.nmbclusters"), nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, j, p := recorded(t, func(argv []string) []byte {
				if argv[1] == "-i" {
					return []byte(tc.current)
				}
				return nil
			}, step)
			sameCommands(t, got, tc.want)
			if rs := j.resources(); !slices.Equal(rs, tc.journal) {
				t.Errorf("journal %+v, want %+v", rs, tc.journal)
			}
			if w := p.Warnings(); (len(w) > 0) != tc.warn {
				t.Errorf("warnings %q, want some: %v", w, tc.warn)
			}
		})
	}
	// The portable receive backlog maps to the IP netisr queue.
	got, _, _ := recorded(t, func([]string) []byte { return []byte("256\n") },
		lab.Step{ID: "t", Op: lab.OpTune, Key: lab.SysctlRxBacklog, Value: "4096"})
	sameCommands(t, got, words("sysctl -i -n net.inet.ip.intr_queue_maxlen", "sysctl net.inet.ip.intr_queue_maxlen=4096"))
	// A host-role sysctl changes the host's own stack: journaled and restored like a tunable.
	got, j, _ := recorded(t, func([]string) []byte { return []byte("0\n") },
		lab.Step{ID: "f", Op: lab.OpSysctl, Node: lab.HostNode, Key: lab.SysctlForwarding, Value: "1"})
	sameCommands(t, got, words("sysctl -i -n net.inet.ip.forwarding", "sysctl net.inet.ip.forwarding=1"))
	if rs := j.resources(); len(rs) != 1 || rs[0].Old != "0" {
		t.Errorf("journal %+v, want the old forwarding value", rs)
	}
}

func TestCreateThatExistedIsMarkedForeign(t *testing.T) {
	fake := &executor.Scripted{Expect: []executor.Expect{
		{Argv: words("ifconfig epair1 create")[0], Exit: 1, Stderr: "ifconfig: SIOCIFCREATE2 (epair1): File exists\n"},
	}}
	p, _ := New(fake, "vnb-t-", Options{})
	j := &memJournal{}
	l := &lab.Link{Unit: 1, A: lab.Endpoint{Node: "a", Iface: "epair1a"}, B: lab.Endpoint{Node: "b", Iface: "epair1b"}}
	err := p.Apply(context.Background(), lab.Step{ID: "l", Op: lab.OpLink, Link: l}, j)
	var ce *lab.CmdError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "not this run's") {
		t.Fatalf("err = %v, want the command error explained", err)
	}
	want := []lab.Resource{{Kind: lab.ResLink, Name: "epair1a"}, {Kind: lab.ResLink, Name: "epair1a", New: markForeign}}
	if got := j.resources(); !slices.Equal(got, want) {
		t.Errorf("journal %+v, want %+v", got, want)
	}
	// Teardown leaves it alone: nothing is destroyed, nothing is even listed.
	rec := &executor.Recorder{}
	up, _ := New(rec, "vnb-t-", Options{})
	if err := up.Undo(context.Background(), j.resources()); err != nil {
		t.Fatal(err)
	}
	if c := rec.Commands(); len(c) != 0 {
		t.Errorf("undo ran %q for someone else's interface", c)
	}
}

func TestRetriesTransientRefusals(t *testing.T) {
	argv := words("jexec vnb-t-j ifconfig epair1b inet 192.0.2.1/24 up")[0]
	fake := &executor.Scripted{InOrder: true, Expect: []executor.Expect{
		{Argv: argv, Exit: 1, Stderr: "ifconfig: ioctl (SIOCAIFADDR): No buffer space available\n"},
		{Argv: argv},
	}}
	p, _ := New(fake, "vnb-t-", Options{})
	if err := p.Apply(context.Background(), lab.Step{ID: "a", Op: lab.OpAddr, Node: "j", Iface: "epair1b", Addr: pfx("192.0.2.1/24")}, &memJournal{}); err != nil {
		t.Fatal(err)
	}
	if err := fake.Done(); err != nil {
		t.Error(err)
	}
}

func TestNamesAndTargets(t *testing.T) {
	for _, p := range []string{"vnb-3fa2-", PlanPrefix, NewPrefix()} {
		if err := ValidPrefix(p); err != nil {
			t.Errorf("ValidPrefix(%q) = %v", p, err)
		}
	}
	for _, p := range []string{"", "vnb-", "vnb-x", "jail-x-", "vnb-a.b-", "vnb-0123456789ab-"} {
		if ValidPrefix(p) == nil {
			t.Errorf("ValidPrefix(%q) accepted", p)
		}
	}
	p, err := NewTarget("ssh://root@labbox:2222", "vnb-3fa2-", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := p.ex.(*executor.SSH); !ok {
		t.Errorf("executor %T, want SSH", p.ex)
	}
	if p.opts.StateDir != "/var/run/vnetbench/vnb-3fa2" {
		t.Errorf("state dir %q", p.opts.StateDir)
	}
	if h := p.EnterHint("jail1"); h != "ssh -t -p 2222 root@labbox jexec vnb-3fa2-jail1 /bin/sh" {
		t.Errorf("hint %q", h)
	}
	l, err := NewTarget("", "vnb-3fa2-", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := l.ex.(*executor.Local); !ok || l.EnterHint("jail1") != "jexec vnb-3fa2-jail1 /bin/sh" {
		t.Errorf("local target: %T %q", l.ex, l.EnterHint("jail1"))
	}
	for _, bad := range []string{"labbox", "ssh://root:pw@labbox", "ftp://x"} {
		if _, err := NewTarget(bad, "vnb-3fa2-", Options{}); err == nil {
			t.Errorf("NewTarget(%q) accepted", bad)
		}
	}
	for _, dir := range []string{"relative/vnb-x", "/var/run/vnetbench", "/tmp/vnb-x/../..", "/tmp/vnb x"} {
		if _, err := New(&executor.Recorder{}, "vnb-t-", Options{StateDir: dir}); err == nil {
			t.Errorf("state dir %q accepted", dir)
		}
	}
}
