package freebsd

import (
	"errors"
	"testing"
)

func TestParseToolErrorsFixtures(t *testing.T) {
	tests := []struct {
		file string
		want []ToolError
	}{
		{"ifconfig-epair0a-after-destroy-stderr.synthetic.txt", []ToolError{
			{Tool: "ifconfig", Object: "epair0a", Msg: "interface epair0a does not exist", Kind: ErrNoSuchInterface},
		}},
		{"ifconfig-interface-does-not-exist-genneko-issue2-fbsd13.txt", []ToolError{
			{Tool: "ifconfig", Object: "vi1_r1", Msg: "interface vi1_r1 does not exist", Kind: ErrNoSuchInterface},
			{Tool: "ifconfig", Object: "vi1_r1", Msg: "interface vi1_r1 does not exist", Kind: ErrNoSuchInterface},
		}},
		{"ifconfig-name-rename-exists-stderr-cbsd-issue896-fbsd15.txt", []ToolError{
			{Tool: "ifconfig", Msg: "ioctl SIOCSIFNAME (set name): File exists", Kind: ErrExists},
		}},
		{"iovctl-C-f-vfs-already-exist-stderr.synthetic.txt", []ToolError{
			{Tool: "iovctl", Msg: "Failed to configure SR-IOV: Device busy", Kind: ErrIOVBusy},
		}},
		{"iovctl-D-no-vfs-stderr.synthetic.txt", []ToolError{
			{Tool: "iovctl", Msg: "Failed to delete VFs: No child processes", Kind: ErrNoVFs},
		}},
		{"iovctl-S-d-bad-device-stderr.synthetic.txt", []ToolError{
			{Tool: "iovctl", Object: "ix9", Msg: "Could not open device '/dev/iov/ix9': No such file or directory", Kind: ErrNoIOVDevice},
		}},
		// iovctl -C prints nothing on success.
		{"iovctl-C-f-success-stdout.synthetic.txt", nil},
		// combined output of jail -c: lifecycle lines are skipped, tool lines kept in order
		{"jail-c-vnet-epair-conflict-errors-cbsd-issue25.txt", []ToolError{
			{Tool: "ifconfig", Object: "epair0a", Msg: "BRDGADD epair0a: File exists", Kind: ErrExists},
			{Tool: "ifconfig", Object: "epair0b", Msg: "interface epair0b does not exist", Kind: ErrNoSuchInterface},
			{Tool: "jail", Object: "packages", Msg: "packages: /sbin/ifconfig epair0b vnet packages: failed", Kind: ErrJailCommand},
		}},
		{"jail-c-vnet-interface-missing-bastille-pr1226.txt", []ToolError{
			{Tool: "ifconfig", Object: "ng0_jt", Msg: "interface ng0_jt does not exist", Kind: ErrNoSuchInterface},
			{Tool: "jail", Object: "jt", Msg: "jt: /sbin/ifconfig ng0_jt vnet jt: failed", Kind: ErrJailCommand},
		}},
		{"jail-r-prestop-ifconfig-vnet-unknown-jail-bastille-issue1496-fbsd15.txt", []ToolError{
			{Tool: "ifconfig", Object: "myjail", Msg: `jail "myjail" not found`, Kind: ErrJailNotFound},
			{Tool: "jail", Object: "mynewnamejail", Msg: "mynewnamejail: ifconfig iavf2 -vnet myjail: failed", Kind: ErrJailCommand},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := ParseToolErrors(fixture(t, tt.file))
			var flat []ToolError
			for _, e := range got {
				flat = append(flat, *e)
			}
			mustEqual(t, "errors", flat, tt.want)
			for _, e := range got {
				if e.Kind != nil && !errors.Is(e, e.Kind) {
					t.Errorf("errors.Is(%v, %v) = false", e, e.Kind)
				}
			}
		})
	}
}

func TestParseToolErrorsForms(t *testing.T) {
	got := ParseToolErrors([]byte("jail: \"hop3\" not found\n" +
		"netstat: interface ix9 not found\n" +
		"route: writing to routing socket: File exists\n" +
		"iovctl: Failed to configure SR-IOV: Invalid argument\n" +
		"hop3: removed\n"))
	kinds := []error{ErrJailNotFound, ErrNoSuchInterface, ErrExists, nil}
	objects := []string{"hop3", "ix9", "", ""}
	if len(got) != len(kinds) {
		t.Fatalf("got %d errors: %+v", len(got), got)
	}
	for i, e := range got {
		mustEqual(t, e.Msg+" kind", e.Kind, kinds[i])
		mustEqual(t, e.Msg+" object", e.Object, objects[i])
	}
	var te *ToolError
	if err := error(got[0]); !errors.As(err, &te) || te.Tool != "jail" {
		t.Errorf("errors.As failed for %v", err)
	}
}

func TestFindToolError(t *testing.T) {
	b := fixture(t, "jail-c-vnet-epair-conflict-errors-cbsd-issue25.txt")
	e, ok := FindToolError(b, ErrNoSuchInterface)
	mustEqual(t, "found", ok, true)
	mustEqual(t, "object", e.Object, "epair0b")
	_, ok = FindToolError(b, ErrUnknownOID)
	mustEqual(t, "not found", ok, false)
}

func FuzzParseToolErrors(f *testing.F) {
	seedFuzz(f, append(fixturesMatching(f, "*stderr*"), fixturesMatching(f, "jail-*")...)...)
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, e := range ParseToolErrors(b) {
			if e.Tool == "" || !toolNames[e.Tool] {
				t.Fatalf("unknown tool in %+v", e)
			}
			_ = e.Error()
		}
	})
}
