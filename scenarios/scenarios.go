// Package scenarios is the catalogue: each scenario is a small function that builds a lab.Spec
// from parameters. Scenarios know nothing of platforms.
package scenarios

import (
	"fmt"
	"net/netip"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/vnetbench/vnetbench/lab"
)

// Param is one scenario parameter.
type Param struct {
	Name    string `json:"name"`
	Default string `json:"default"`
	Help    string `json:"help"`
	// Min and Max bound integer parameters (both zero: not an integer).
	Min int `json:"min,omitempty"`
	Max int `json:"max,omitempty"`
	// Choices lists the allowed values of an enumerated parameter.
	Choices []string `json:"choices,omitempty"`
}

// Scenario is a catalogue entry.
type Scenario struct {
	Name    string  `json:"name"`
	Purpose string  `json:"purpose"`
	Source  string  `json:"source"`
	Size    string  `json:"size_param,omitempty"` // the parameter NAME-N sets
	Params  []Param `json:"params"`
	build   func(p Params) (*lab.Spec, error)
}

// Params are validated parameter values.
type Params map[string]string

// Int returns an integer parameter (already validated).
func (p Params) Int(name string) int {
	v, _ := strconv.Atoi(p[name])
	return v
}

var catalogue = map[string]Scenario{}

func register(s Scenario) { catalogue[s.Name] = s }

// All returns the catalogue sorted by name.
func All() []Scenario {
	out := make([]Scenario, 0, len(catalogue))
	for _, s := range catalogue {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

var sizedRE = regexp.MustCompile(`^([a-z][a-z-]*?)-(\d+)$`)

// Build resolves a scenario argument ("chain", or "chain-5" as shorthand for its size
// parameter) and --set key=value pairs into a Spec. Every problem is reported before anything
// exists: unknown scenario, unknown or malformed parameter, value out of range.
func Build(arg string, sets []string) (*lab.Spec, error) {
	sc, ok := catalogue[arg]
	vals := Params{}
	if !ok {
		if m := sizedRE.FindStringSubmatch(arg); m != nil {
			if s, found := catalogue[m[1]]; found && s.Size != "" {
				sc, ok = s, true
				vals[s.Size] = m[2]
			}
		}
	}
	if !ok {
		return nil, fmt.Errorf("unknown scenario %q (known: %s; 'vnetbench list' shows them)", arg, strings.Join(names(), ", "))
	}
	for _, kv := range sets {
		k, v, found := strings.Cut(kv, "=")
		if !found || k == "" {
			return nil, fmt.Errorf("--set %q: want key=value", kv)
		}
		if _, known := sc.param(k); !known {
			return nil, fmt.Errorf("scenario %s has no parameter %q (it has: %s)", sc.Name, k, sc.paramNames())
		}
		vals[k] = v
	}
	for _, p := range sc.Params {
		v, set := vals[p.Name]
		if !set {
			vals[p.Name] = p.Default
			continue
		}
		if err := p.check(v); err != nil {
			return nil, fmt.Errorf("scenario %s: %w", sc.Name, err)
		}
	}
	spec, err := sc.build(vals)
	if err != nil {
		return nil, fmt.Errorf("scenario %s: %w", sc.Name, err)
	}
	spec.Scenario = sc.Name
	spec.Params = vals
	spec.Host.Name = lab.HostNode
	return spec, nil
}

func names() []string {
	var out []string
	for _, s := range All() {
		out = append(out, s.Name)
	}
	return out
}

func (s Scenario) param(name string) (Param, bool) {
	for _, p := range s.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

func (s Scenario) paramNames() string {
	var out []string
	for _, p := range s.Params {
		out = append(out, p.Name)
	}
	return strings.Join(out, ", ")
}

func (p Param) check(v string) error {
	if len(p.Choices) > 0 {
		for _, c := range p.Choices {
			if v == c {
				return nil
			}
		}
		return fmt.Errorf("%s=%q: must be one of %s", p.Name, v, strings.Join(p.Choices, ", "))
	}
	if p.Min == 0 && p.Max == 0 {
		return nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return fmt.Errorf("%s=%q: not an integer", p.Name, v)
	}
	if n < p.Min || n > p.Max {
		return fmt.Errorf("%s=%d: must be between %d and %d", p.Name, n, p.Min, p.Max)
	}
	return nil
}

// addr returns base+i as an IPv4 address: the seed's dec2dot(base + i).
func addr(base netip.Addr, i int) netip.Addr {
	b := base.As4()
	v := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	v += uint32(i)
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
}

func pfx(a netip.Addr, bits int) netip.Prefix { return netip.PrefixFrom(a, bits) }

var (
	testNet1 = netip.MustParseAddr("192.0.2.0")    // TEST-NET-1, the seed's LAN
	testNet2 = netip.MustParseAddr("198.51.100.0") // TEST-NET-2, the seed's loopbacks
)
