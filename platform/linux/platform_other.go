//go:build !linux

package linux

import (
	"errors"

	"github.com/vnetbench/vnetbench/lab"
)

// ErrUnsupported is returned on every OS but Linux.
var ErrUnsupported = errors.New("the linux platform runs only on Linux (use --platform freebsd on FreeBSD)")

// Platform is unavailable on this OS.
type Platform struct{ lab.Builder }

// New fails on this OS.
func New(prefix string) (*Platform, error) { return nil, ErrUnsupported }
