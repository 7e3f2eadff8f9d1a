package freebsd

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/executor"
)

// box answers the preflight probes. Values come from real captures where there are some
// (hw.physmem and v_free_count of a 14.5 box, kern.features.vimage present and absent).
type box struct {
	release, uid, secure, which, ifaces string
	vimage                              string // fixture
	epairLoaded                         bool
	inactive                            string
}

func (b box) expect(t *testing.T) []executor.Expect {
	mem := strings.TrimSpace(string(readTestdata(t, "sysctl-n-hw.physmem.synthetic.txt"))) + "\n4096\n" +
		strings.TrimSpace(string(readTestdata(t, "sysctl-n-vm.stats.vm.v_free_count.synthetic.txt"))) + "\n" + b.inactive + "\n"
	kld := executor.Expect{Argv: []string{"kldstat", "-q", "-m", "if_epair"}}
	if !b.epairLoaded {
		kld.Exit = 1
	}
	which := executor.Expect{Argv: []string{"which", "bird", "birdcl"}, Stdout: []byte(b.which)}
	if strings.Count(b.which, "/") < 2*2 {
		which.Exit = 1
	}
	any := executor.AnyTimes
	return []executor.Expect{
		{Argv: []string{"uname", "-r"}, Stdout: []byte(b.release + "\n")},
		{Argv: []string{"id", "-u"}, Stdout: []byte(b.uid + "\n")},
		{Argv: []string{"sysctl", "-i", "-n", "kern.features.vimage"}, StdoutFile: "testdata/" + b.vimage},
		kld,
		{Argv: []string{"kldstat", "-q", "-m", "if_bridge"}, Times: any},
		{Argv: []string{"sysctl", "-n", "kern.securelevel"}, Stdout: []byte(b.secure + "\n")},
		which,
		{Argv: []string{"sysctl", "-n", "hw.physmem", "hw.pagesize", "vm.stats.vm.v_free_count", "vm.stats.vm.v_inactive_count"}, Stdout: []byte(mem)},
		{Argv: []string{"ls", "/dev/iov"}, Exit: 1, Stderr: "ls: /dev/iov: No such file or directory\n"},
		{Argv: []string{"ifconfig", "-l"}, Stdout: []byte(b.ifaces + "\n")},
	}
}

func TestPreflightGoodBox(t *testing.T) {
	b := box{release: "14.1-RELEASE-p3", uid: "0", secure: "-1", vimage: "sysctl-n-kern.features.vimage.synthetic.txt",
		which: "/usr/local/sbin/bird\n/usr/local/sbin/birdcl\n", ifaces: "vtnet0 lo0", epairLoaded: true, inactive: "61035"}
	p, _ := scripted(t, b.expect(t)...)
	if err := p.Preflight(context.Background(), compile(t, "ospf-4")); err != nil {
		t.Errorf("preflight refused a good box: %v", err)
	}
	if w := p.Warnings(); len(w) != 0 {
		t.Errorf("warnings %q", w)
	}
}

func TestPreflightRefusals(t *testing.T) {
	b := box{release: "12.1-RELEASE", uid: "1001", secure: "1", vimage: "sysctl-i-n-kern.features.vimage-missing.synthetic.txt",
		which: "", ifaces: "em0 lo0 vnetdemobridge epair7a epair7b", inactive: "0"}
	p, _ := scripted(t, b.expect(t)...)
	err := p.Preflight(context.Background(), compile(t, "ospf-480"))
	if err == nil {
		t.Fatal("preflight accepted a box that cannot run the lab")
	}
	for _, want := range []string{
		"privileges: jail, ifconfig and sysctl need root; fix: run as root",
		"VIMAGE: the kernel has no VNET support",
		"release 12.1-RELEASE: ",
		"module if_epair: not loaded, and kern.securelevel 1 forbids loading it; fix: load it at boot",
		"bird: scenario ospf runs BIRD in every jail and bird is not installed; fix: pkg install bird2",
		"birdcl: ",
		"memory: 480 jails and 480 daemons need about 5760 MiB and 1883 MiB are available",
		"interface vnetdemobridge: it exists on the host already",
		"interface epair7a: ", "interface epair7b: ",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("refusal %q missing from:\n%v", want, err)
		}
	}
	var r *Refusal
	if !errors.As(err, &r) || r.Fix == "" {
		t.Errorf("refusals are not *Refusal with a fix: %v", err)
	}
	// Over SSH, every daemon holds a session: sshd's MaxSessions must leave room.
	b = box{release: "14.1-RELEASE", uid: "0", secure: "-1", vimage: "sysctl-n-kern.features.vimage.synthetic.txt",
		which: "/usr/local/sbin/bird\n/usr/local/sbin/birdcl\n", ifaces: "vtnet0 lo0", epairLoaded: true, inactive: "61035"}
	fake := &executor.Scripted{Expect: append(b.expect(t), executor.Expect{Argv: []string{"sshd", "-T"},
		Stdout: []byte("port 22\nmaxsessions 10\nmaxstartups 10:30:100\n")})}
	p, _ = New(fake, "vnb-t-", Options{Target: "ssh://root@labbox"})
	err = p.Preflight(context.Background(), compile(t, "ospf-4"))
	if err == nil || !strings.Contains(err.Error(), "set 'MaxSessions 20' in /etc/ssh/sshd_config") {
		t.Errorf("MaxSessions 10 with 4 daemons over SSH: err = %v", err)
	}
	// A module that is not loaded is only a warning where it can be loaded.
	b = box{release: "14.1-RELEASE", uid: "0", secure: "-1", vimage: "sysctl-n-kern.features.vimage.synthetic.txt",
		which: "/usr/local/sbin/bird\n/usr/local/sbin/birdcl\n", ifaces: "vtnet0 lo0", inactive: "61035"}
	p, _ = scripted(t, b.expect(t)...)
	if err := p.Preflight(context.Background(), compile(t, "ospf-4")); err != nil {
		t.Errorf("refused: %v", err)
	}
	if w := p.Warnings(); len(w) != 1 || !strings.Contains(w[0], "if_epair is not loaded: ifconfig will load it") {
		t.Errorf("warnings %q", w)
	}
}

func TestCapabilities(t *testing.T) {
	b := box{release: "14.0-RELEASE", uid: "0", secure: "-1", vimage: "sysctl-n-kern.features.vimage.synthetic.txt",
		which: "/usr/local/sbin/bird\n", ifaces: "ixl0 ixl1 lo0 iavf0 iavf1", epairLoaded: true, inactive: "0"}
	ex := b.expect(t)
	for i := range ex {
		if ex[i].Argv[0] == "ls" {
			ex[i] = executor.Expect{Argv: []string{"ls", "/dev/iov"}, Stdout: []byte("ixl0\n")}
		}
	}
	ex = append(ex,
		executor.Expect{Argv: []string{"kldstat", "-q", "-m", "if_vlan"}, Exit: 1},
		executor.Expect{Argv: []string{"iovctl", "-S", "-d", "ixl0"}, StdoutFile: "testdata/iovctl-S-d-ixl0-fbsd14.0.relined.txt"})
	p, _ := scripted(t, ex...)
	c, err := p.Capabilities(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Major != 14 || !c.Root || !c.VNET || !c.Modules["if_epair"] || c.Modules["if_vlan"] || !c.Tools["bird"] || c.Tools["birdcl"] ||
		c.PhysMem != 2111283200 || c.AvailMem != 482182*4096 || len(c.Ifaces) != 5 {
		t.Errorf("capabilities %+v", c)
	}
	if s := c.SRIOVSchemas["ixl0"]; s == nil {
		t.Error("no SR-IOV schema for ixl0")
	} else if _, ok := s.VFParam("mac-anti-spoof"); !ok {
		t.Error("ixl0 schema lacks mac-anti-spoof")
	}
}
