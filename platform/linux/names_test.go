package linux

import (
	"regexp"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/lab"
)

func TestNewPrefix(t *testing.T) {
	shape := regexp.MustCompile(`^vnb-[0-9a-f]{4}-$`)
	seen := map[string]bool{}
	for range 100 {
		p := NewPrefix()
		if !shape.MatchString(p) {
			t.Fatalf("NewPrefix() = %q, want vnb-xxxx-", p)
		}
		if err := ValidPrefix(p); err != nil {
			t.Fatalf("ValidPrefix(NewPrefix()) = %v", err)
		}
		seen[p] = true
	}
	// 16 random bits: 100 draws collide a handful of times at most, never all alike.
	if len(seen) < 90 {
		t.Errorf("100 prefixes, only %d distinct: not random", len(seen))
	}
}

func TestValidPrefix(t *testing.T) {
	for _, ok := range []string{"vnb-ab12-", "vnb-0000-", PlanPrefix, "vnb-x-", "vnb-a1-b2-", "vnb-abcdefghijk-"} {
		if err := ValidPrefix(ok); err != nil {
			t.Errorf("ValidPrefix(%q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{"", "vnb", "vnb-ab12", "xyz-ab12-", "VNB-ab12-", "vnb-AB12-", "vnb-ab 1-", "vnb-ab;1-",
		"vnb-a$b-", "vnb-a'b-", "vnb-a`b-", "vnb-a/b-", "vnb-a.b-", "vnb-a\nb-", "vnb--", "vnb-ab--", "vnb-é-",
		"vnb-abcdefghijkl-", "/vnb-ab12-", "../vnb-ab-"} {
		err := ValidPrefix(bad)
		if err == nil {
			t.Errorf("ValidPrefix(%q) = nil, want an error", bad)
			continue
		}
		if !strings.Contains(err.Error(), "namespace prefix") {
			t.Errorf("ValidPrefix(%q) = %q: does not say what it checked", bad, err)
		}
	}
}

// TestValidPrefixRejectsBareBase: "vnb-" alone is no run-scoped prefix. With it, node
// "ab12-host" would be namespace "vnb-ab12-host", the host role of run vnb-ab12-: two runs
// could share and delete each other's namespaces. The FreeBSD platform refuses it.
func TestValidPrefixRejectsBareBase(t *testing.T) {
	if err := ValidPrefix(PrefixBase); err == nil {
		t.Errorf("ValidPrefix(%q) = nil, want an error: the prefix has no run-scoped part", PrefixBase)
	}
}

// Namespace names made from a valid prefix and a valid node name are file names under
// /run/netns and need no quoting.
func TestPrefixPlusNode(t *testing.T) {
	name := NewPrefix() + strings.Repeat("n", lab.MaxNodeName)
	if len(name) > 255 || strings.ContainsAny(name, "/ \t\n'\"$`\\") {
		t.Errorf("namespace name %q", name)
	}
}

func TestSysctlAndTunableNames(t *testing.T) {
	if p, err := sysctlPath(lab.SysctlForwarding); err != nil || p != "net/ipv4/ip_forward" {
		t.Errorf("sysctlPath(forwarding) = %q, %v", p, err)
	}
	if p, err := sysctlPath("net.ipv4.conf.all.rp_filter"); err != nil || p != "net/ipv4/conf/all/rp_filter" {
		t.Errorf("sysctlPath(rp_filter) = %q, %v", p, err)
	}
	for _, bad := range []string{"kernel.pid_max", "net.ipv4..ip_forward", "net./../../etc/passwd", "net.ipv4 x", "vm.swappiness"} {
		if p, err := sysctlPath(bad); err == nil {
			t.Errorf("sysctlPath(%q) = %q, want an error", bad, p)
		}
	}
	if n, err := tunableName(lab.SysctlRxBacklog); err != nil || n != "net.core.netdev_max_backlog" {
		t.Errorf("tunableName(rx-backlog) = %q, %v", n, err)
	}
	if _, err := tunableName("kern.ipc.nmbclusters"); err == nil {
		t.Error("tunableName accepted a FreeBSD tunable")
	}
}
