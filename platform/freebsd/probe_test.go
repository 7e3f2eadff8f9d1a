package freebsd

import (
	"context"
	"math"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vnetbench/vnetbench/executor"
	"github.com/vnetbench/vnetbench/lab"
)

func scripted(t *testing.T, ex ...executor.Expect) (*Platform, *executor.Scripted) {
	t.Helper()
	fake := &executor.Scripted{Expect: ex}
	p, err := New(fake, "vnb-t-", Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := fake.Done(); err != nil {
			t.Error(err)
		}
	})
	return p, fake
}

func TestPingAndTraceroute(t *testing.T) {
	ctx := context.Background()
	dst := netip.MustParseAddr("198.51.100.4")
	lost := "PING 198.51.100.9 (198.51.100.9): 56 data bytes\n\n--- 198.51.100.9 ping statistics ---\n3 packets transmitted, 0 packets received, 100.0% packet loss\n"
	p, _ := scripted(t,
		executor.Expect{Argv: append([]string{"jexec", "vnb-t-jail1"}, PingArgv(dst, 3)...), StdoutFile: "testdata/run/ping-jail1-198.51.100.4.txt"},
		executor.Expect{Argv: PingArgv(netip.MustParseAddr("198.51.100.9"), 3), Stdout: []byte(lost), Exit: 2},
		executor.Expect{Argv: words("traceroute -n -q 3 -w 1 -m 32 192.0.2.9")[0], StdoutFile: "testdata/run/traceroute-host-192.0.2.9.txt"},
	)
	r, err := p.Ping(ctx, "jail1", dst, 3)
	if err != nil || r.Sent != 3 || r.Received != 3 || r.Target != dst || math.Abs(r.RTTMax-0.482) > 1e-9 {
		t.Errorf("ping = %+v, %v", r, err)
	}
	r, err = p.Ping(ctx, lab.HostNode, netip.MustParseAddr("198.51.100.9"), 3)
	if err != nil || r.Received != 0 || r.LossPct != 100 {
		t.Errorf("ping without replies = %+v, %v (loss is a measurement, not an error)", r, err)
	}
	tr, err := p.Traceroute(ctx, lab.HostNode, netip.MustParseAddr("192.0.2.9"))
	if err != nil || len(tr.Hops) != 5 || tr.Hops[4].Addr != netip.MustParseAddr("192.0.2.9") {
		t.Errorf("traceroute = %+v, %v", tr, err)
	}
}

func TestIfacesNeighborsRoutes(t *testing.T) {
	ctx := context.Background()
	p, _ := scripted(t,
		executor.Expect{Argv: words("jexec vnb-t-jail1 ifconfig")[0], StdoutFile: "testdata/ifconfig-in-vnet-jail-lo0-epair0b-lo1-fbsd14.synthetic.txt"},
		executor.Expect{Argv: words("arp -na")[0], StdoutFile: "testdata/arp-na-epair-macs.txt"},
		executor.Expect{Argv: words("jexec vnb-t-useless netstat --libxo json -4rn")[0], StdoutFile: "testdata/netstat-4rn-vnet-jail-tap-fbsd12.txt"},
		executor.Expect{Argv: words("jexec vnb-t-r1 netstat --libxo json -4rn")[0], StdoutFile: "testdata/netstat-rn-libxo-json-fbsd14-frr-topotest.json"},
		executor.Expect{Argv: words("jexec vnb-t-fresh netstat --libxo json -4rn")[0], StdoutFile: "testdata/netstat-rn-vnet-jail-lo0-fbsd12.txt"},
		executor.Expect{Argv: words("netstat --libxo json -ibnd")[0], StdoutFile: "testdata/netstat-inb-libxo-json.json"},
	)
	ifs, err := p.Ifaces(ctx, "jail1")
	if err != nil {
		t.Fatal(err)
	}
	want := []lab.Iface{
		{Name: "lo0", Up: true, MTU: 16384, Addrs: []netip.Prefix{pfx("127.0.0.1/8")}},
		{Name: "lo", Up: true, MTU: 16384, Addrs: []netip.Prefix{pfx("127.0.0.1/8")}},
		{Name: "epair0b", Up: true, MTU: 1500, Addrs: []netip.Prefix{pfx("10.0.0.2/24")}},
		{Name: "lo1", Up: true, MTU: 16384, Addrs: []netip.Prefix{pfx("198.51.100.1/32")}},
	}
	mustEqual(t, "ifaces", ifs, want)

	ns, err := p.Neighbors(ctx, lab.HostNode)
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "neighbors", ns, []lab.Neighbor{{Addr: netip.MustParseAddr("192.0.2.2"), MAC: "02:77:29:04:9e:0b", Iface: "epair0a", State: "reachable"}})

	// The article's jail with a static route: the jail's own addresses are left out.
	rs, err := p.Routes(ctx, "useless")
	if err != nil {
		t.Fatal(err)
	}
	mustEqual(t, "routes", rs, []lab.RouteEntry{
		{Dst: pfx("192.0.2.0/24"), Iface: "tap0"},
		{Dst: pfx("198.51.100.0/24"), Via: netip.MustParseAddr("192.0.2.2"), Iface: "tap0", Proto: "static"},
	})
	rs, err = p.Routes(ctx, "r1")
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 6 || rs[1].Dst != pfx("10.0.2.0/24") || rs[1].Via != netip.MustParseAddr("10.0.3.3") || rs[1].Proto != "proto1" {
		t.Errorf("routes from libxo = %+v", rs)
	}
	// A fresh jail with lo0 up has no route of its own: the isolated scenario's 0.
	if rs, err := p.Routes(ctx, "fresh"); err != nil || len(rs) != 0 {
		t.Errorf("fresh jail routes = %+v, %v", rs, err)
	}
	cs, err := p.LinkCounters(ctx, lab.HostNode)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].Name != "vtnet0" || cs[0].RxPackets != 14409097 || cs[1].Name != "lo0" {
		t.Errorf("counters = %+v", cs)
	}
}

func TestSamplers(t *testing.T) {
	ctx := context.Background()
	fake := &executor.Scripted{Expect: []executor.Expect{
		{Argv: BridgeArgv("vnetdemobridge"), StdoutFile: "testdata/run/netstat-ibnd-I-vnetdemobridge-1.json"},
		{Argv: BridgeArgv("vnetdemobridge"), StdoutFile: "testdata/run/netstat-ibnd-I-vnetdemobridge-2.json"},
		{Argv: PsArgv(), StdoutFile: "testdata/ps-axo-pid-jid-rss-vsz-comm-libxo-json.synthetic.json"},
		{Argv: PsArgv(), StdoutFile: "testdata/run/ps-axo-pid-jid-rss-vsz-comm-libxo-json-4-birds.json", Times: 2},
		{Argv: JailsArgv(), StdoutFile: "testdata/run/jls-d-jid-name-libxo-json.json"},
		{Argv: words("jexec vnb-t-jail1 netstat --libxo json -4rn")[0], StdoutFile: "testdata/run/netstat-4rn-libxo-json-jail1.json"},
		{Argv: words("jexec vnb-t-jail2 netstat --libxo json -4rn")[0], StdoutFile: "testdata/run/netstat-4rn-libxo-json-jail2.json"},
		{Argv: SystemArgv(), StdoutFile: "testdata/run/sysctl-n-vm.loadavg-pagesize-free-inactive.txt"},
	}}
	one := func(ss []lab.Series, name string) float64 {
		for _, s := range ss {
			if s.Name == name {
				return s.Points[0].V
			}
		}
		t.Errorf("no %s in %+v", name, ss)
		return -1
	}

	br := &BridgeSampler{Ex: fake, Bridge: "vnetdemobridge"}
	if s := br.Sample(ctx, 10); s != nil {
		t.Errorf("first sample = %+v, want none (no delta yet)", s)
	}
	s := br.Sample(ctx, 12)
	if got := one(s, lab.SeriesBridgeRxPackets); got != (1471-490)/2.0 {
		t.Errorf("rx packets/s = %v", got)
	}
	if got := one(s, lab.SeriesBridgeTxBytes); got != (30408704-7340032)/2.0 {
		t.Errorf("tx bytes/s = %v", got)
	}

	all := &DaemonMemSampler{Ex: fake}
	if got := one(all.Sample(ctx, 1), lab.SeriesDaemonRSS); got != (7291+7302)*1024 {
		t.Errorf("rss of every jail's bird = %v", got)
	}
	lab4 := &DaemonMemSampler{Ex: fake, Prefix: "vnb-t-"}
	lab4.Sample(ctx, 1)
	if got := one(lab4.Sample(ctx, 2), lab.SeriesDaemonRSS); got != (7281+7282+7283+7284)*1024 {
		t.Errorf("rss of the lab's bird = %v", got)
	}

	fib := &FIBSampler{Ex: fake, Jails: []string{"vnb-t-jail1", "vnb-t-jail2"}, Prefix: "vnb-t-", PerTick: 1}
	for i, node := range []string{"jail1", "jail2"} {
		s := fib.Sample(ctx, float64(i))
		if len(s) != 1 || s[0].Labels["node"] != node || s[0].Points[0].V != 3 {
			t.Errorf("fib sample %d = %+v, want 3 learned routes in %s", i, s, node)
		}
	}

	sys := (&SystemSampler{Ex: fake}).Sample(ctx, 5)
	if one(sys, lab.SeriesLoad1) != 0.52 || one(sys, lab.SeriesMemAvailable) != float64((482182+61035)*4096) {
		t.Errorf("system = %+v", sys)
	}
	if err := fake.Done(); err != nil {
		t.Error(err)
	}

	p, _ := New(fake, "vnb-t-", Options{})
	names := []string{}
	for _, s := range p.Samplers(compile(t, "ospf-4")) {
		names = append(names, s.Name())
	}
	if !slices.Equal(names, []string{"bridge", "daemon-memory", "fib", "system"}) {
		t.Errorf("samplers %v", names)
	}
	// A lab not built yet (or gone) gives nothing, promptly.
	empty := &executor.Scripted{}
	for _, s := range []Sampler{&BridgeSampler{Ex: empty, Bridge: "x"}, &DaemonMemSampler{Ex: empty}, &FIBSampler{Ex: empty, Jails: []string{"j"}}, &SystemSampler{Ex: empty}} {
		if got := s.Sample(ctx, 1); got != nil {
			t.Errorf("%s sampled %+v from failing commands", s.Name(), got)
		}
	}
}

// TestLocalStarter runs a real child through executor.Local's Start: output goes to the log,
// a quick exit is seen with its status, and Stop ends a long one.
func TestLocalStarter(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	ctx := context.Background()
	log := filepath.Join(t.TempDir(), "bird.log")
	var l executor.Local
	quick, err := l.Start(ctx, []string{"sh", "-c", "echo starting; echo 'bird: syntax error' >&2; exit 3"}, executor.StartOptions{LogPath: log})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-quick.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("quick exit not seen")
	}
	if quick.ExitStatus() != "exit status 3" {
		t.Errorf("status %q", quick.ExitStatus())
	}
	b, _ := os.ReadFile(log)
	if string(b) != "starting\nbird: syntax error\n" {
		t.Errorf("log %q", b)
	}
	long, err := l.Start(ctx, []string{"sleep", "30"}, executor.StartOptions{})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := long.Stop(2 * time.Second); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 3*time.Second || !strings.Contains(long.ExitStatus(), "terminated") {
		t.Errorf("stopped in %v with %q", d, long.ExitStatus())
	}
	if long.Stop(time.Second) != nil {
		t.Error("second Stop failed")
	}
}
