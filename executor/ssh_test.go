package executor

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestParseTarget(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Target
	}{
		{"ssh://root@lab1", Target{User: "root", Host: "lab1", Port: 22}},
		{"ssh://root@lab1.example.org:2222", Target{User: "root", Host: "lab1.example.org", Port: 2222}},
		{"ssh://bench_user@192.0.2.10:22", Target{User: "bench_user", Host: "192.0.2.10", Port: 22}},
		{"ssh://root@[2001:db8::1]:2200", Target{User: "root", Host: "2001:db8::1", Port: 2200}},
		{"ssh://lab1/", Target{Host: "lab1", Port: 22}},
	} {
		got, err := ParseTarget(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseTarget(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
			continue
		}
		if back, err := ParseTarget(got.String()); err != nil || back != got {
			t.Errorf("ParseTarget(%q.String() = %q) = %+v, %v", tc.in, got.String(), back, err)
		}
	}
}

func TestParseTargetErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"root@lab1", "want ssh://user@host[:port]"},
		{"http://root@lab1", "want ssh://user@host[:port]"},
		{"", "want ssh://"},
		{"ssh://root@", "missing host"},
		{"ssh://root@:22", "missing host"},
		{"ssh://root@lab1:", "bad port"},
		{"ssh://root@lab1:0", "bad port"},
		{"ssh://root@lab1:65536", "bad port"},
		{"ssh://root@lab1:ssh", "port"},
		{"ssh://root:secret@lab1", "passwords are not supported"},
		{"ssh://@lab1", "empty user"},
		{"ssh://ro;ot@lab1", "bad user"},
		{"ssh://r%20oot@lab1", "bad user"},
		{"ssh://$(reboot)@lab1", "bad user"},
		{"ssh://-oProxyCommand=x@lab1", "bad user"},
		{"ssh://root@lab1;reboot", "bad host"},
		{"ssh://root@-oProxyCommand", "bad host"},
		{"ssh://root@lab%601%60", "ssh target"},
		{"ssh://root@lab*", "bad host"},
		{"ssh://root@lab1/tmp", "unexpected path"},
		{"ssh://root@lab1?x=1", "unexpected path"},
	} {
		_, err := ParseTarget(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseTarget(%q) error = %v, want one mentioning %q", tc.in, err, tc.want)
		}
	}
}

func TestSSHCommand(t *testing.T) {
	s := &SSH{
		Target:     Target{User: "root", Host: "192.0.2.10", Port: 2222},
		Options:    []string{"UserKnownHostsFile=/lab/known_hosts", "IdentityFile=/lab/id_ed25519"},
		ConfigFile: "/dev/null",
	}
	got, err := s.command("/tmp/vnb-ssh-1", "--", "192.0.2.10", "'true'")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"ssh", "-T", "-F", "/dev/null",
		"-o", "BatchMode=yes",
		"-o", "ControlMaster=auto",
		"-o", "ControlPath=/tmp/vnb-ssh-1/%C",
		"-o", "ControlPersist=300",
		"-o", "ConnectTimeout=15",
		"-o", "UserKnownHostsFile=/lab/known_hosts",
		"-o", "IdentityFile=/lab/id_ed25519",
		"-p", "2222", "-l", "root",
		"--", "192.0.2.10", "'true'",
	}
	if !slices.Equal(got, want) {
		t.Errorf("command =\n%q\nwant\n%q", got, want)
	}
	for _, arg := range got {
		if strings.Contains(strings.ToLower(arg), "stricthostkeychecking") {
			t.Errorf("command sets %s; host-key checking must stay as the user has it", arg)
		}
	}
}

func TestSSHRefusesOptions(t *testing.T) {
	for _, tc := range []struct{ opt, want string }{
		{"StrictHostKeyChecking=no", "host-key checking stays on"},
		{"stricthostkeychecking = Off", "host-key checking stays on"},
		{"ControlPath=/tmp/x", "set by the executor"},
		{"BatchMode=no", "set by the executor"},
		{"ConnectTimeout=3", "set by the executor"},
		{"IdentityFile /root/key", "want Key=Value"},
		{"-oProxyCommand=x", "want Key=Value"},
		{"IdentityFile=/a\nProxyCommand=x", "line break"},
	} {
		s := &SSH{Target: Target{Host: "lab1"}, Options: []string{tc.opt}}
		_, err := s.command(t.TempDir(), "--", "lab1")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("option %q: err = %v, want one mentioning %q", tc.opt, err, tc.want)
		}
	}
	for _, ok := range []string{"StrictHostKeyChecking=yes", "StrictHostKeyChecking=accept-new", "ServerAliveInterval=10"} {
		s := &SSH{Target: Target{Host: "lab1"}, Options: []string{ok}}
		if _, err := s.command(t.TempDir(), "--", "lab1"); err != nil {
			t.Errorf("option %q: %v", ok, err)
		}
	}
}

func TestSSHControlDirChecks(t *testing.T) {
	s := &SSH{Target: Target{Host: "lab1"}}
	for _, dir := range []string{"/tmp/with space", "/" + strings.Repeat("d", 70)} {
		if _, err := s.command(dir, "--", "lab1"); err == nil {
			t.Errorf("control directory %q accepted", dir)
		}
	}
	if argv, err := s.command("/tmp/50%", "--", "lab1"); err != nil || !slices.Contains(argv, "ControlPath=/tmp/50%%/%C") {
		t.Errorf("control directory with %%: %q, %v; want the %% escaped", argv, err)
	}
}

func TestSSHClosedAndBadTarget(t *testing.T) {
	s := &SSH{Target: Target{Host: "bad host"}, ControlDir: t.TempDir()}
	if _, err := s.Run(t.Context(), []string{"true"}); !errors.Is(err, ErrTransport) || !strings.Contains(err.Error(), "bad host") {
		t.Errorf("bad target: err = %v, want ErrTransport naming the bad host", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if _, err := s.Run(t.Context(), []string{"true"}); !errors.Is(err, ErrTransport) || !strings.Contains(err.Error(), "closed") {
		t.Errorf("after Close: err = %v, want ErrTransport saying it is closed", err)
	}
}
