//go:build linux

package linux

import (
	"strings"
	"testing"
)

func TestPreflightRefusesAnOverfullBridge(t *testing.T) {
	err := Preflight(Needs{Nodes: 3, BridgePorts: map[string]int{"vnetdemobridge": 2000}})
	if err == nil || !strings.Contains(err.Error(), "at most 1023") || !strings.Contains(err.Error(), "vnetdemobridge") {
		t.Fatalf("Preflight with 2000 bridge ports = %v, want a refusal naming the bridge and the limit", err)
	}
	if err := Preflight(Needs{Nodes: 3, BridgePorts: map[string]int{"br0": MaxBridgePorts}}); err != nil {
		t.Errorf("Preflight with %d bridge ports = %v, want nil", MaxBridgePorts, err)
	}
	if err := Preflight(Needs{Nodes: 3, MemBytes: 1 << 62}); err == nil || !strings.Contains(err.Error(), "memory") {
		t.Errorf("Preflight with 4 EiB of memory needed = %v, want a memory refusal", err)
	}
}
