//go:build linux

package linux

import (
	"os"
	"os/exec"
	"testing"

	"github.com/vishvananda/netns"
)

// BenchmarkStartInNS measures what starting a daemon inside a node costs, by part: entering
// and leaving the namespace, and fork+exec from the entered thread.
func BenchmarkStartInNS(b *testing.B) {
	if os.Geteuid() != 0 {
		b.Skip("needs root")
	}
	ns, err := createNS("vnb-bnch-x")
	if err != nil {
		b.Fatal(err)
	}
	defer deleteNS("vnb-bnch-x")
	defer ns.Close()
	b.Run("setns-roundtrip", func(b *testing.B) {
		for b.Loop() {
			inNS(ns, func() error { return nil })
		}
	})
	b.Run("fork-exec-true", func(b *testing.B) {
		for b.Loop() {
			cmd := exec.Command("/bin/true")
			if err := cmd.Start(); err != nil {
				b.Fatal(err)
			}
			cmd.Wait()
		}
	})
	b.Run("fork-exec-true-in-ns", func(b *testing.B) {
		for b.Loop() {
			cmd := exec.Command("/bin/true")
			if err := inNS(ns, cmd.Start); err != nil {
				b.Fatal(err)
			}
			cmd.Wait()
		}
	})
	_ = netns.None
}
