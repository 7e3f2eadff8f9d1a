// Package testenv is the one place that decides what a test does when this machine cannot
// run it (no root, a tool missing): it skips, unless VNETBENCH_REQUIRE_ROOT=1 — as .ci/run
// sets it — where such a skip would hide a test that must run, so it fails instead.
package testenv

import (
	"os"
	"os/exec"
	"testing"
)

// Required reports whether skips are forbidden (VNETBENCH_REQUIRE_ROOT=1).
func Required() bool { return os.Getenv("VNETBENCH_REQUIRE_ROOT") == "1" }

// Unavailable skips t with why, or fails it when skips are forbidden.
func Unavailable(t testing.TB, why string) {
	t.Helper()
	if Required() {
		t.Fatal(why + " (VNETBENCH_REQUIRE_ROOT=1 forbids skipping)")
	}
	t.Skip(why)
}

// Root makes t need root (network namespaces, daemons inside them).
func Root(t testing.TB) {
	t.Helper()
	if os.Geteuid() != 0 {
		Unavailable(t, "not root: this test creates network namespaces (run it as root)")
	}
}

// Tools makes t need each named command in PATH.
func Tools(t testing.TB, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			Unavailable(t, n+" is not installed (make test-deps installs it)")
		}
	}
}
