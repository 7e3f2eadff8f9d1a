package freebsd

import "testing"

func TestParseIovctlSchemaFixtures(t *testing.T) {
	pf := []IOVParam{
		{Name: "num_vfs", Type: "uint16_t", Required: true},
		{Name: "device", Type: "string", Required: true},
	}
	vf := []IOVParam{
		{Name: "passthrough", Type: "bool", Default: "false", HasDefault: true},
		{Name: "mac-addr", Type: "unicast-mac"},
		{Name: "mac-anti-spoof", Type: "bool", Default: "true", HasDefault: true},
		{Name: "allow-set-mac", Type: "bool", Default: "false", HasDefault: true},
		{Name: "allow-promisc", Type: "bool", Default: "false", HasDefault: true},
	}
	tests := []struct {
		file string
		want IOVSchema
	}{
		{"iovctl-S-d-ix0.synthetic.txt", IOVSchema{PF: pf, VF: vf}},
		{"iovctl-S-d-ixl0-fbsd14.0.relined.txt", IOVSchema{PF: pf,
			VF: append(append([]IOVParam(nil), vf...), IOVParam{Name: "num-queues", Type: "uint16_t", Default: "4", HasDefault: true})}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			s, err := ParseIovctlSchema(fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			mustEqual(t, "schema", *s, tt.want)
			// The Journal spelled it mac-antispoof; the schema is the authority.
			if _, ok := s.VFParam("mac-antispoof"); ok {
				t.Error("mac-antispoof found")
			}
			p, ok := s.VFParam("mac-anti-spoof")
			mustEqual(t, "mac-anti-spoof", p.Default+"/"+p.Type, "true/bool")
			mustEqual(t, "found", ok, true)
		})
	}
	for _, bad := range []string{
		"",
		"\tnum_vfs : uint16_t (required)\n",
		"The following configuration parameters may be configured on the PF:\n\tnum_vfs uint16_t\n",
		"The following configuration parameters may be configured on the PF:\n\tnum_vfs : uint16_t\n",
		"The following configuration parameters may be configured on the PF:\n\tnum_vfs : uint16_t (sometimes)\n",
	} {
		if _, err := ParseIovctlSchema([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

func FuzzParseIovctlSchema(f *testing.F) {
	seedFuzz(f, fixturesMatching(f, "iovctl-S-*")...)
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseIovctlSchema(b)
		if err == nil && len(s.PF)+len(s.VF) == 0 {
			t.Fatal("empty schema without error")
		}
	})
}
