package report

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/report/reporttest"
)

func TestLoadRun(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good")
	want := reporttest.OSPF(reporttest.Options{Seed: 1})
	if err := reporttest.Write(good, want); err != nil {
		t.Fatal(err)
	}
	r, err := LoadRun(good)
	if err != nil {
		t.Fatal(err)
	}
	if r.ID != want.ID || len(r.Series) != len(want.Series) || len(r.Nodes) != 16 {
		t.Errorf("loaded %s with %d series and %d nodes", r.ID, len(r.Series), len(r.Nodes))
	}
	if _, err := LoadRun(filepath.Join(good, RecordFile)); err != nil {
		t.Errorf("load by file name: %v", err)
	}

	full, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data string // "" and absent: no file
		want []string
	}{
		{"missing", "\x00absent", []string{"no run record here"}},
		{"empty", "", []string{"empty run record"}},
		{"truncated", string(full[:len(full)/2]), []string{"truncated run record", "unexpected end of JSON input"}},
		{"corrupt", `{"schema": 1, "id": "x", "scenario": "chain-5", "start": "2025-03-14T02:00:00Z", "series": [{"name": "a", "points": [{"t": "soon"}]}]}`, []string{"run record (schema 1)", "cannot unmarshal"}},
		{"not-json", "<html>oops</html>", []string{"not a run record"}},
		{"no-schema", `{"id": "x"}`, []string{"no schema field"}},
		{"old-schema", `{"schema": 0, "id": "x"}`, []string{"schema 0 is not supported"}},
		{"future-schema", `{"schema": 7, "id": "x"}`, []string{"schema 7 is not supported", "reads schema 1"}},
		{"no-scenario", `{"schema": 1, "id": "x", "start": "2025-03-14T02:00:00Z"}`, []string{"corrupt run record: no scenario"}},
		{"no-start", `{"schema": 1, "id": "x", "scenario": "chain-5"}`, []string{"corrupt run record: no start time"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := filepath.Join(dir, c.name)
			if err := os.MkdirAll(d, 0o755); err != nil {
				t.Fatal(err)
			}
			if c.data != "\x00absent" {
				if err := os.WriteFile(filepath.Join(d, RecordFile), []byte(c.data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			r, err := LoadRun(d)
			if err == nil {
				t.Fatalf("loaded %+v, want an error", r)
			}
			msg := err.Error()
			if !strings.Contains(msg, filepath.Join(d, RecordFile)) {
				t.Errorf("error does not name the file: %v", err)
			}
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q lacks %q", msg, w)
				}
			}
		})
	}
}

func TestFindAndLoadRuns(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"2025-03-14/ospf-1", "2025-03-14/chain-1", "2025-03-15/ospf-1"} {
		if err := reporttest.Write(filepath.Join(dir, sub), reporttest.Chain(reporttest.Options{Seed: 1})); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, ".trash", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".trash", "x", RecordFile), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	dirs, err := FindRuns(dir)
	if err != nil || len(dirs) != 3 {
		t.Fatalf("FindRuns: %v %v", dirs, err)
	}
	runs, err := LoadRuns(dir)
	if err != nil || len(runs) != 3 {
		t.Fatalf("LoadRuns: %d runs, %v", len(runs), err)
	}
	// A broken record is reported with its file, and the readable runs still come back.
	bad := filepath.Join(dir, "2025-03-15", "broken")
	if err := os.MkdirAll(bad, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bad, RecordFile), []byte(`{"schema": 1, "id"`), 0o644); err != nil {
		t.Fatal(err)
	}
	runs, err = LoadRuns(dir)
	if err == nil || !strings.Contains(err.Error(), bad) || len(runs) != 3 {
		t.Errorf("LoadRuns with a broken record: %d runs, %v", len(runs), err)
	}
	if _, err := LoadRuns(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no run records") {
		t.Errorf("empty directory: %v", err)
	}
}
