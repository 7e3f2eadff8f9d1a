package bird

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// decodeAll reads every reply of a captured byte stream.
func decodeAll(data []byte) ([]*Reply, error) {
	r := bufio.NewReader(bytes.NewReader(data))
	var out []*Reply
	for {
		reply, err := readReply(r)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, reply)
	}
}

// TestRawMatchesBirdc decodes every raw socket capture that has a birdc transcript next to it
// and checks that the replies print exactly as birdc printed them.
func TestRawMatchesBirdc(t *testing.T) {
	files, err := filepath.Glob("testdata/*.synthetic.raw")
	if err != nil || len(files) == 0 {
		t.Fatalf("no raw captures: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			replies, err := decodeAll(readTestdata(t, name))
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			for _, r := range replies {
				got.Write(r.Text())
			}
			want := readTestdata(t, strings.TrimSuffix(name, ".raw")+".birdc.txt")
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("Text():\n got %q\nwant %q", got.Bytes(), want)
			}
			if len(replies) != 2 {
				t.Fatalf("%d replies, want the banner and one answer", len(replies))
			}
			if v, ok := bannerVersion(replies[0]); !ok || v != "2.17.1" {
				t.Errorf("banner version %q, %v; want 2.17.1", v, ok)
			}
		})
	}
}

func TestRawErrors(t *testing.T) {
	tests := []struct {
		file string
		want *ReplyError // nil: the reply is no error
	}{
		{"bird-err-access-denied.synthetic.raw", &ReplyError{Code: CodeAccessDenied, Msg: "Access denied"}},
		{"bird-err-no-protocols-match.synthetic.raw", &ReplyError{Code: CodeNoProtocolsMatch, Msg: "No protocols match"}},
		{"bird-err-syntax.synthetic.raw", &ReplyError{Code: CodeParseError, Msg: "syntax error, unexpected CF_SYM_UNDEFINED"}},
		{"bird-socket-error-syntax-2.17.1.raw", &ReplyError{Code: CodeParseError, Msg: "syntax error, unexpected CF_SYM_UNDEFINED"}},
		{"bird-restrict-ok.synthetic.raw", nil},
		{"bird-show-status.synthetic.raw", nil},
	}
	for _, tt := range tests {
		replies, err := decodeAll(readTestdata(t, tt.file))
		if err != nil || len(replies) == 0 {
			t.Errorf("%s: %d replies, %v", tt.file, len(replies), err)
			continue
		}
		err = replies[len(replies)-1].err()
		if tt.want == nil {
			if err != nil {
				t.Errorf("%s: unexpected error %v", tt.file, err)
			}
			continue
		}
		var re *ReplyError
		if !errors.As(err, &re) || *re != *tt.want {
			t.Errorf("%s: got %v, want %+v", tt.file, err, tt.want)
		}
	}
}

// TestRawLines checks the decoded lines and codes of captures of real daemons, including ones
// that start mid-stream (no banner) and BIRD 1.3's bare "0000" end.
func TestRawLines(t *testing.T) {
	tests := []struct {
		file string
		want [][]Line
	}{
		{"bird-socket-banner-2.17.1.raw", [][]Line{{{1, "BIRD 2.17.1 ready."}}}},
		{"bird-socket-show-protocols-1.3.0.raw", [][]Line{
			{{1, "BIRD 1.3.0 ready."}},
			{
				{2002, "name     proto    table    state  since       info"},
				{1002, "device1  Device   master   up     14:07"},
				{1002, "P_PS2    Pipe     master   up     14:07       => T_PS2"},
				{1002, "PS2      BGP      T_PS2    up     14:20       Established"},
				{1002, "P_PS1    Pipe     master   up     Jun13       => T_PS1"},
				{1002, "PS1      BGP      T_PS1    start  Jun13       Passive"},
				{0, ""},
			},
		}},
		{"bird-socket-show-protocols-all-device-2.17.1.raw", [][]Line{{
			{2002, "Name       Proto      Table      State  Since         Info"},
			{1002, "device1    Device     ---        up     2026-07-08    "},
			{1006, ""},
			{0, ""},
		}}},
		{"bird-socket-show-route-count-2.17.1.raw", [][]Line{{
			{1007, "5 of 5 routes for 4 networks in table master4"},
			{1007, "5 of 5 routes for 4 networks in table master6"},
			{14, "Total: 10 of 10 routes for 8 networks in 2 tables"},
		}}},
		{"bird-show-protocols.synthetic.raw", [][]Line{
			{{1, "BIRD 2.17.1 ready."}},
			{
				{2002, "Name       Proto      Table      State  Since         Info"},
				{1002, "device1    Device     ---        up     2026-07-08    "},
				{1002, "direct1    Direct     ---        up     2026-07-08    "},
				{1002, "kernel1    Kernel     master4    up     2026-07-08    "},
				{1002, "ospf1      OSPF       master4    up     09:14:02.117  Running"},
				{1002, "ospf_lab   OSPF       master4    start  09:20:45.003  Alone"},
				{1002, "static1    Static     master4    down   09:20:45.003  "},
				{0, ""},
			},
		}},
	}
	for _, tt := range tests {
		replies, err := decodeAll(readTestdata(t, tt.file))
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		var got [][]Line
		for _, r := range replies {
			got = append(got, r.Lines)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.file, got, tt.want)
		}
	}
}

// TestRawParse runs the parsers on the text of the captures that have no birdc transcript.
func TestRawParse(t *testing.T) {
	lastText := func(t *testing.T, file string) []byte {
		t.Helper()
		replies, err := decodeAll(readTestdata(t, file))
		if err != nil || len(replies) == 0 {
			t.Fatalf("%s: %d replies, %v", file, len(replies), err)
		}
		return replies[len(replies)-1].Text()
	}

	t.Run("protocols", func(t *testing.T) {
		tests := []struct {
			file string
			want []Protocol
		}{
			{"bird-socket-show-protocols-1.3.0.raw", []Protocol{
				{"device1", "Device", "master", "up", "14:07", ""},
				{"P_PS2", "Pipe", "master", "up", "14:07", "=> T_PS2"},
				{"PS2", "BGP", "T_PS2", "up", "14:20", "Established"},
				{"P_PS1", "Pipe", "master", "up", "Jun13", "=> T_PS1"},
				{"PS1", "BGP", "T_PS1", "start", "Jun13", "Passive"},
			}},
			{"bird-socket-show-protocols-2.17.1.raw", []Protocol{
				{"anchors6", "Static", "master6", "up", "2026-07-08", ""},
				{"anchors4", "Static", "master4", "up", "2026-07-08", ""},
				{"device1", "Device", "---", "up", "2026-07-08", ""},
				{"direct1", "Direct", "---", "up", "2026-07-08", ""},
				{"k_ipv4", "Kernel", "master4", "up", "2026-07-08", ""},
				{"k_ipv6", "Kernel", "master6", "up", "2026-07-08", ""},
				{"edge_v4", "BGP", "---", "up", "2026-07-08", "Established"},
				{"edge_v6", "BGP", "---", "up", "2026-07-08", "Established"},
			}},
			{"bird-socket-show-protocols-all-device-2.17.1.raw", []Protocol{
				{"device1", "Device", "---", "up", "2026-07-08", ""},
			}},
		}
		for _, tt := range tests {
			got, err := ParseProtocols(lastText(t, tt.file))
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s:\n got %+v, %v\nwant %+v", tt.file, got, err, tt.want)
			}
		}
	})

	t.Run("route count", func(t *testing.T) {
		got, err := ParseRouteCount(lastText(t, "bird-socket-show-route-count-2.17.1.raw"))
		want := RouteCount{Shown: 10, Routes: 10, Networks: 8, Tables: []TableCount{{"master4", 5, 5, 4}, {"master6", 5, 5, 4}}}
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("got %+v, %v; want %+v", got, err, want)
		}
	})

	t.Run("status", func(t *testing.T) {
		tests := []struct{ file, version, routerID, hostname, boot string }{
			{"bird-socket-show-status-2.0.7.raw", "2.0.7", "1.1.1.1", "", "2022-01-22 09:50:55.973"},
			{"bird-socket-show-status-2.0.8.raw", "2.0.8", "1.1.1.1", "bird2-router", "2022-01-22 09:50:55.973"},
			{"bird-socket-show-status-2.17.1.raw", "2.17.1", "203.0.113.58", "rtr1.example.net", "2026-07-08 14:39:57.632"},
		}
		for _, tt := range tests {
			got, err := ParseStatus(lastText(t, tt.file))
			if err != nil {
				t.Errorf("%s: %v", tt.file, err)
				continue
			}
			if got.Version != tt.version || got.RouterID != addr(tt.routerID) || got.Hostname != tt.hostname ||
				got.LastReboot.Format("2006-01-02 15:04:05.000") != tt.boot || !got.Up {
				t.Errorf("%s: got %+v", tt.file, got)
			}
		}
	})

	// The synthetic captures parse to the same values as their birdc transcripts.
	same := []struct {
		file  string
		parse func([]byte) (any, error)
	}{
		{"bird-show-ospf", func(b []byte) (any, error) { return ParseOSPF(b) }},
		{"bird-show-ospf-neighbors", func(b []byte) (any, error) { return ParseOSPFNeighbors(b) }},
		{"bird-show-ospf-interface", func(b []byte) (any, error) { return ParseOSPFInterface(b) }},
		{"bird-show-route-count-single-table", func(b []byte) (any, error) { return ParseRouteCount(b) }},
		{"bird-show-route-count-two-tables", func(b []byte) (any, error) { return ParseRouteCount(b) }},
		{"bird-show-status", func(b []byte) (any, error) { return ParseStatus(b) }},
		{"bird-show-protocols", func(b []byte) (any, error) { return ParseProtocols(b) }},
	}
	for _, s := range same {
		fromRaw, err1 := s.parse(lastText(t, s.file+".synthetic.raw"))
		fromBirdc, err2 := s.parse(readTestdata(t, s.file+".synthetic.birdc.txt"))
		if err1 != nil || err2 != nil || !reflect.DeepEqual(fromRaw, fromBirdc) {
			t.Errorf("%s: raw gives %+v (%v), birdc gives %+v (%v)", s.file, fromRaw, err1, fromBirdc, err2)
		}
	}
}

func TestReadReplyMalformed(t *testing.T) {
	tests := []struct{ name, stream string }{
		{"continuation first", " text\n0000 \n"},
		{"no code", "hello\n"},
		{"short code", "12 x\n"},
		{"bad separator", "0001xBIRD\n"},
		{"empty line", "\n"},
		{"eof mid reply", "1002-device1\n"},
		{"too long", "1002-" + strings.Repeat("x", maxLine) + "\n0000 \n"},
	}
	for _, tt := range tests {
		if _, err := decodeAll([]byte(tt.stream)); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func TestReadReplyTolerates(t *testing.T) {
	// CRLF line ends, a spontaneous message inside a reply, no newline after the last line.
	stream := "0001 BIRD 2.0.12 ready.\r\n1002-a\r\n+ospf1: state changed\n b\n0000 "
	replies, err := decodeAll([]byte(stream))
	if err != nil {
		t.Fatal(err)
	}
	want := []Line{{1002, "a"}, {1002, "b"}, {0, ""}}
	if len(replies) != 2 || !reflect.DeepEqual(replies[1].Lines, want) {
		t.Errorf("got %d replies, last %+v; want %+v", len(replies), replies[len(replies)-1].Lines, want)
	}
	if got := string(replies[1].Text()); got != "a\nb\n" {
		t.Errorf("Text() = %q", got)
	}
}
