package lab

import "context"

// ResourceKind is the kind of thing a run created and must remove.
type ResourceKind string

// Resource kinds, listed in the order teardown removes them.
const (
	ResProcess ResourceKind = "process" // a supervised daemon or tool
	ResLink    ResourceKind = "link"    // an interface pair created outside a node's ownership
	ResSegment ResourceKind = "segment" // a bridge
	ResNode    ResourceKind = "node"    // a namespace or jail
	ResTunable ResourceKind = "tunable" // a kernel-global tunable to restore
)

// TeardownOrder is the order in which kinds are undone: processes hold namespaces open, links
// hang on segments and nodes, and tunables are restored last, once the load is gone.
var TeardownOrder = []ResourceKind{ResProcess, ResLink, ResSegment, ResNode, ResTunable}

// Resource is one journal entry: something that is about to exist. It is written (and synced)
// before the create, so an entry may name something whose create failed; undo of a missing
// resource is not an error.
type Resource struct {
	Kind ResourceKind `json:"kind"`
	// Name is the platform's global name: a namespace or jail name, an interface name, a
	// sysctl name.
	Name string `json:"name"`
	// Node is the node that holds a link or process (its global name), when it matters.
	Node string `json:"node,omitempty"`
	// Pid and Start identify a process; Start (the kernel's start time) guards against a pid
	// that was reused by someone else's process.
	Pid   int    `json:"pid,omitempty"`
	Start uint64 `json:"start,omitempty"`
	// Old is a tunable's value before the run changed it; New the value the run set.
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`
}

// Journal records resources before they are created. Implementations must make an entry
// durable before Add returns.
type Journal interface {
	Add(rs ...Resource) error
}

// Executor runs one command, given as an argv, and returns its standard output. A failing
// command returns a *CmdError. Nothing is ever passed through a shell (DESIGN.md rule 4).
type Executor interface {
	Run(ctx context.Context, argv []string) ([]byte, error)
}
