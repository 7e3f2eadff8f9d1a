package lab

import (
	"encoding/json"
	"errors"
	"net/netip"
	"reflect"
	"strings"
	"testing"
	"time"
)

func sampleRecord() *Record {
	start := time.Date(2026, 3, 1, 12, 0, 0, 123456789, time.UTC)
	return &Record{
		Schema:   RecordSchema,
		ID:       "20260301-120000-ab12",
		Scenario: "ospf",
		Params:   map[string]string{"nodes": "480", "mtu": "9000"},
		Platform: "linux",
		Env: Env{OS: "linux", Kernel: "6.8.0", Hostname: "lab", CPU: "AMD GX-412TC", Cores: 4, MemBytes: 4 << 30,
			Tools: map[string]string{"bird": "2.0.12"}, Version: "dev", Commit: "a4f78b9", GoVersion: "go1.26"},
		Start:  start,
		Phases: []PhaseTiming{{Name: "build", Start: start, Duration: 1500 * time.Millisecond, Seconds: 1.5}},
		Checks: []CheckResult{{Name: "jail1 reaches jail480", Kind: string(CheckPing), Expected: "0% loss", Actual: "0% loss", Pass: true,
			Detail: map[string]any{"sent": 3.0, "received": 3.0}}},
		Events:   []Event{{Time: start.Add(time.Second), Kind: "late-sample", Node: "jail2", Msg: "sampler busy"}},
		Errors:   []string{},
		Warnings: []string{"slow"},
		Series: []Series{{Name: SeriesNeighbors, Unit: "count", Labels: map[string]string{"state": "full"},
			Points: []Point{{T: 0, V: 1}, {T: 1.5, V: 479}}}},
		Nodes: []NodeResult{{Name: "jail1", Converged: map[string]float64{"all": 351.2}, Lacking: []string{"lsas"},
			Exit:     &DaemonExit{Time: start.Add(time.Minute), Status: "exit status 1", LogTail: []string{"bird: oops"}},
			RSSBytes: 4 << 20, PSSBytes: 2 << 20}},
		Tuning:  []TuningChange{{Name: "net.core.netdev_max_backlog", Old: "1000", New: "7680", Restored: true}},
		Metrics: map[string]float64{MetricConvergeSec: 351.2, MetricBuildSec: 17.8},
		OK:      true,
	}
}

func TestDecodeRecordRoundTrip(t *testing.T) {
	want := sampleRecord()
	data, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeRecord(data)
	if err != nil {
		t.Fatalf("DecodeRecord: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the record:\n got %+v\nwant %+v", got, want)
	}
	// Stable: encoding the decoded record gives the same bytes.
	again, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(data) {
		t.Errorf("re-encoded record differs:\n%s\n%s", again, data)
	}
}

func TestDecodeRecordRejects(t *testing.T) {
	good, err := json.Marshal(sampleRecord())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data string
		want []string
	}{
		{"newer schema", `{"schema": 2, "id": "x"}`, []string{"schema 2 is not supported", "schema 1"}},
		{"old schema", `{"schema": 0}`, []string{"schema 0 is not supported"}},
		{"negative schema", `{"schema": -7}`, []string{"schema -7"}},
		{"no schema field", `{"id": "x", "scenario": "chain"}`, []string{"not a run record", "no schema field"}},
		{"null schema", `{"schema": null}`, []string{"no schema field"}},
		{"empty", ``, []string{"not a run record"}},
		{"not JSON", `schema: 1`, []string{"not a run record"}},
		{"JSON array", `[1,2]`, []string{"not a run record"}},
		{"truncated", string(good[:len(good)/2]), []string{"not a run record"}},
		{"schema as string", `{"schema": "1"}`, []string{"not a run record"}},
		{"bad field type", `{"schema": 1, "ok": "yes"}`, []string{"run record (schema 1)"}},
		{"bad time", `{"schema": 1, "start": "yesterday"}`, []string{"run record (schema 1)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := DecodeRecord([]byte(tt.data))
			if err == nil {
				t.Fatalf("DecodeRecord accepted %q: %+v", tt.data, r)
			}
			if r != nil {
				t.Error("DecodeRecord returned a record with its error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
	// The JSON error is wrapped, not flattened.
	_, err = DecodeRecord(good[:len(good)-1])
	var syn *json.SyntaxError
	if !errors.As(err, &syn) {
		t.Errorf("truncated record: error %v does not wrap a *json.SyntaxError", err)
	}
}

func TestCheckJSONOmitsZeroTarget(t *testing.T) {
	b, err := json.Marshal(Check{Name: "c", Kind: CheckLinkUp, Node: "a", Iface: "lo"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "target") || strings.Contains(string(b), "hops") {
		t.Errorf("zero target/hops encoded: %s", b)
	}
	b, err = json.Marshal(Check{Kind: CheckPing, Target: netip.MustParseAddr("192.0.2.9")})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"target":"192.0.2.9"`) {
		t.Errorf("target not encoded: %s", b)
	}
}

func TestCmdError(t *testing.T) {
	base := errors.New("boom")
	e := &CmdError{Argv: []string{"ip", "link", "add"}, Exit: 2, Stderr: "RTNETLINK answers: File exists\n", Err: base}
	if got, want := e.Error(), "ip link add: exit status 2: RTNETLINK answers: File exists"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(e, base) {
		t.Error("CmdError does not unwrap to its cause")
	}
	e = &CmdError{Argv: []string{"bird"}, Exit: -1, Err: errors.New("executable file not found")}
	if got, want := e.Error(), "bird: executable file not found"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
