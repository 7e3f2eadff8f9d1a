package journal

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/vnetbench/vnetbench/lab"
)

func TestWriteReadReplay(t *testing.T) {
	ActiveDir = t.TempDir()
	runDir := filepath.Join(t.TempDir(), "r1")
	if err := os.MkdirAll(runDir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(runDir, FileName)
	j, err := Create(path, Meta{RunID: "r1", Platform: "linux", Prefix: "vnb-ab12-", Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	want := []lab.Resource{
		{Kind: lab.ResNode, Name: "vnb-ab12-host"},
		{Kind: lab.ResNode, Name: "vnb-ab12-hop1"},
		{Kind: lab.ResProcess, Name: "bird", Node: "vnb-ab12-hop1", Pid: 42, Start: 7},
		{Kind: lab.ResTunable, Name: "net.core.netdev_max_backlog", Old: "1000"},
	}
	if err := j.Add(want[:2]...); err != nil {
		t.Fatal(err)
	}
	if err := j.Add(want[2:]...); err != nil {
		t.Fatal(err)
	}
	// Unfinished: found by Pending through the run directory and the active registry.
	pend, err := Pending(filepath.Dir(runDir))
	if err != nil || len(pend) != 1 {
		t.Fatalf("Pending = %v, %v; want one entry", pend, err)
	}
	if !reflect.DeepEqual(pend[0].Resources, want) || pend[0].Meta.Prefix != "vnb-ab12-" {
		t.Errorf("replayed %+v, want %+v", pend[0].Resources, want)
	}
	if err := j.Finish(false); err != nil {
		t.Fatal(err)
	}
	if pend, _ := Pending(filepath.Dir(runDir)); len(pend) != 0 {
		t.Errorf("finished journal still pending: %+v", pend)
	}
	if _, err := os.Stat(filepath.Join(ActiveDir, "r1")); !os.IsNotExist(err) {
		t.Errorf("active pointer left behind: %v", err)
	}
}

func TestReadTornTail(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	data := `{"meta":{"run_id":"r2","platform":"linux","prefix":"p-","started":"2026-01-01T00:00:00Z","pid":1}}
{"res":[{"kind":"node","name":"p-a"}]}
{"res":[{"kind":"node","na`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	e, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Resources) != 1 || e.Resources[0].Name != "p-a" || e.Done {
		t.Errorf("got %+v", e)
	}
}

func TestReadCorrupt(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, []byte("not json\n{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(path); err == nil {
		t.Error("corrupt journal: want error")
	}
}

func TestMarkDone(t *testing.T) {
	ActiveDir = t.TempDir()
	path := filepath.Join(t.TempDir(), FileName)
	j, err := Create(path, Meta{RunID: "r3", Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	j.Add(lab.Resource{Kind: lab.ResNode, Name: "x"})
	if err := j.Finish(true); err != nil { // --keep: stays pending
		t.Fatal(err)
	}
	e, err := Read(path)
	if err != nil || e.Done {
		t.Fatalf("kept journal: %+v %v", e, err)
	}
	if err := MarkDone(e); err != nil {
		t.Fatal(err)
	}
	if e, _ := Read(path); !e.Done {
		t.Error("MarkDone did not mark")
	}
}
