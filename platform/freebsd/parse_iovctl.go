package freebsd

import (
	"fmt"
	"strings"
)

// IOVParam is one configuration parameter of an SR-IOV schema.
type IOVParam struct {
	Name string // "num_vfs", "mac-anti-spoof", "num-queues", ...
	Type string // "uint16_t", "bool", "string", "unicast-mac", ...
	// Required parameters must be given; otherwise Default is used when HasDefault, and
	// the parameter may be left out altogether when neither is set ("(optional)").
	Required   bool
	Default    string
	HasDefault bool
}

// IOVSchema is what `iovctl -S -d PF` prints: the parameters accepted for the PF section
// and for each VF section (the generic ones and the driver's).
type IOVSchema struct {
	PF []IOVParam
	VF []IOVParam
}

// VFParam returns the VF parameter called name.
func (s *IOVSchema) VFParam(name string) (IOVParam, bool) {
	for _, p := range s.VF {
		if p.Name == name {
			return p, true
		}
	}
	return IOVParam{}, false
}

// ParseIovctlSchema parses `iovctl -S -d PF`. Sections start with "... configured on the
// PF:" and "... configured on a VF:"; each parameter line is "NAME : TYPE (required)",
// "NAME : TYPE (optional)" or "NAME : TYPE (default = VALUE)". Output without a section is
// an error (iovctl printed its error on stderr; see ParseToolErrors).
func ParseIovctlSchema(b []byte) (*IOVSchema, error) {
	s := &IOVSchema{}
	var sect *[]IOVParam
	for _, l := range lines(b) {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			continue
		case strings.HasSuffix(t, "on the PF:"):
			sect = &s.PF
			continue
		case strings.HasSuffix(t, "on a VF:"):
			sect = &s.VF
			continue
		}
		if sect == nil {
			return nil, fmt.Errorf("iovctl -S: line %q before a section heading", t)
		}
		name, rest, ok := strings.Cut(t, " : ")
		if !ok {
			return nil, fmt.Errorf("iovctl -S: line %q is not \"name : type (...)\"", t)
		}
		typ, attr, ok := strings.Cut(rest, " (")
		attr, ok2 := strings.CutSuffix(attr, ")")
		if !ok || !ok2 {
			return nil, fmt.Errorf("iovctl -S: line %q: no (required|optional|default = X)", t)
		}
		p := IOVParam{Name: strings.TrimSpace(name), Type: strings.TrimSpace(typ)}
		switch {
		case attr == "required":
			p.Required = true
		case attr == "optional":
		case strings.HasPrefix(attr, "default = "):
			p.Default, p.HasDefault = strings.TrimPrefix(attr, "default = "), true
		default:
			return nil, fmt.Errorf("iovctl -S: line %q: unknown attribute %q", t, attr)
		}
		*sect = append(*sect, p)
	}
	if s.PF == nil && s.VF == nil {
		return nil, fmt.Errorf("iovctl -S: no schema in output")
	}
	return s, nil
}
