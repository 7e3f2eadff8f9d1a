package lab

import (
	"path/filepath"
	"testing"

	"github.com/vnetbench/vnetbench/internal/golden"
)

// checkGolden compares got with testdata/name (go test -update rewrites it).
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), []byte(got))
}
