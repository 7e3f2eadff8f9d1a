package lab

import (
	"fmt"
	"regexp"
)

// MaxIfaceName is the longest interface name both kernels accept (IFNAMSIZ-1 on Linux and
// FreeBSD alike).
const MaxIfaceName = 15

// MaxNodeName bounds node names so that a run-scoped prefix plus the name stays a short,
// readable namespace or jail name.
const MaxNodeName = 24

var (
	nodeNameRE  = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	ifaceNameRE = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_.]*$`)
)

// ValidateNodeName reports whether name can name a node (a jail or namespace): lowercase
// letters, digits and inner dashes, starting with a letter. Such names need no shell quoting.
func ValidateNodeName(name string) error {
	if len(name) == 0 || len(name) > MaxNodeName {
		return fmt.Errorf("node name %q: must be 1 to %d characters", name, MaxNodeName)
	}
	if !nodeNameRE.MatchString(name) {
		return fmt.Errorf("node name %q: only lowercase letters, digits and inner '-' are allowed, starting with a letter", name)
	}
	return nil
}

// ValidateIfaceName reports whether name is an interface name valid on both platforms.
func ValidateIfaceName(name string) error {
	if len(name) == 0 || len(name) > MaxIfaceName {
		return fmt.Errorf("interface name %q: must be 1 to %d characters", name, MaxIfaceName)
	}
	if !ifaceNameRE.MatchString(name) {
		return fmt.Errorf("interface name %q: only letters, digits, '_' and '.' are allowed, starting with a letter", name)
	}
	return nil
}
