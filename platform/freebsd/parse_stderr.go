package freebsd

import (
	"errors"
	"regexp"
	"strings"
)

// Kinds of failure recognised in the diagnostics of FreeBSD tools. Compare with errors.Is
// on a *ToolError.
var (
	// ErrNoSuchInterface: the interface does not exist in this vnet (destroyed, or moved
	// into a vnet jail). "ifconfig: interface epair0b does not exist",
	// "netstat: interface ix9 not found".
	ErrNoSuchInterface = errors.New("no such interface")
	// ErrExists: the object already exists or is already attached ("File exists" from
	// SIOCSIFNAME, BRDGADD, route add, clone create).
	ErrExists = errors.New("already exists")
	// ErrJailNotFound: `ifconfig: jail "myjail" not found`, `jail: "J" not found`.
	ErrJailNotFound = errors.New("jail not found")
	// ErrJailCommand: jail(8) ran a command for a jail and it failed
	// ("jail: J: /sbin/ifconfig epair0b vnet J: failed"); the underlying cause is usually
	// on an earlier line.
	ErrJailCommand = errors.New("jail command failed")
	// ErrUnknownOID: "sysctl: unknown oid 'kern.features.vimage'".
	ErrUnknownOID = errors.New("unknown sysctl oid")
	// ErrIOVBusy: iovctl -C on a PF that already has VFs ("Failed to configure SR-IOV:
	// Device busy"); run iovctl -D first.
	ErrIOVBusy = errors.New("sr-iov already configured")
	// ErrNoVFs: iovctl -D on a PF without VFs ("Failed to delete VFs: No child processes").
	ErrNoVFs = errors.New("no sr-iov virtual functions")
	// ErrNoIOVDevice: the PF has no /dev/iov node ("Could not open device '/dev/iov/ix9'").
	ErrNoIOVDevice = errors.New("no sr-iov device")
)

// ToolError is one diagnostic line a FreeBSD tool wrote to stderr ("ifconfig: ..."),
// classified.
type ToolError struct {
	Tool string // "ifconfig", "jail", "sysctl", "iovctl", ...
	// Object is what the message names, when known: an interface, jail, oid or PF device.
	Object string
	Msg    string // the line after "tool: "
	// Kind is one of the Err* values of this package, or nil for an unrecognised message.
	Kind error
}

// Error returns the diagnostic as the tool printed it ("ifconfig: interface X does not exist").
func (e *ToolError) Error() string { return e.Tool + ": " + e.Msg }

// Unwrap returns Kind, so errors.Is(err, ErrNoSuchInterface) works.
func (e *ToolError) Unwrap() error { return e.Kind }

// toolNames are the tools whose "tool: message" lines ParseToolErrors reports.
var toolNames = map[string]bool{
	"ifconfig": true, "jail": true, "jexec": true, "jls": true, "sysctl": true,
	"iovctl": true, "route": true, "netstat": true, "arp": true, "ndp": true,
}

var toolPatterns = []struct {
	tool string
	re   *regexp.Regexp
	kind error
}{
	{"", regexp.MustCompile(`^interface (\S+) does not exist$`), ErrNoSuchInterface},
	{"", regexp.MustCompile(`^interface (\S+) not found$`), ErrNoSuchInterface},
	{"", regexp.MustCompile(`^jail "(.*)" not found$`), ErrJailNotFound},
	{"", regexp.MustCompile(`^"(.*)" not found$`), ErrJailNotFound},
	{"sysctl", regexp.MustCompile(`^unknown oid '(.*)'`), ErrUnknownOID},
	{"iovctl", regexp.MustCompile(`^Failed to configure SR-IOV: Device busy`), ErrIOVBusy},
	{"iovctl", regexp.MustCompile(`^Failed to delete VFs: No child processes`), ErrNoVFs},
	{"iovctl", regexp.MustCompile(`^Could not open device '/dev/iov/([^']*)'`), ErrNoIOVDevice},
	{"jail", regexp.MustCompile(`^([^:]+): .*: failed$`), ErrJailCommand},
	// "BRDGADD epair0a: File exists", "ioctl SIOCSIFNAME (set name): File exists"
	{"", regexp.MustCompile(`^(?:BRDGADD (\S+)|.*): File exists$`), ErrExists},
}

// ParseToolErrors extracts the diagnostics of FreeBSD tools from stderr (or from combined
// output such as jail -c's), in order. Only lines starting with a known tool name and ":"
// are reported; other lines ("J: created", rc messages) are skipped. Each message is
// classified into one of the Err* kinds when recognised, else Kind is nil. Empty input
// gives nil.
func ParseToolErrors(stderr []byte) []*ToolError {
	var out []*ToolError
	for _, l := range lines(stderr) {
		l = strings.TrimSpace(l)
		tool, msg, ok := strings.Cut(l, ": ")
		if !ok || !toolNames[tool] {
			continue
		}
		e := &ToolError{Tool: tool, Msg: msg}
		for _, p := range toolPatterns {
			if p.tool != "" && p.tool != tool {
				continue
			}
			if m := p.re.FindStringSubmatch(msg); m != nil {
				e.Kind = p.kind
				if len(m) > 1 {
					e.Object = m[1]
				}
				break
			}
		}
		out = append(out, e)
	}
	return out
}

// FindToolError returns the first diagnostic in stderr of the given kind (one of the Err*
// values), for the common question "did ifconfig fail because the interface is already
// gone?".
func FindToolError(stderr []byte, kind error) (*ToolError, bool) {
	for _, e := range ParseToolErrors(stderr) {
		if errors.Is(e, kind) {
			return e, true
		}
	}
	return nil, false
}
