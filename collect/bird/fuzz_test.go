package bird

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// seedAll adds every fixture as a seed: each parser must also survive the others' output.
func seedAll(f *testing.F) {
	files, err := filepath.Glob("testdata/*")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		if fi, err := os.Stat(name); err != nil || fi.IsDir() {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("ospf1: is not up\n"))
	f.Add([]byte("Interface x (peer ::1)\nVirtual link v to 1.2.3.4\n\tState: DR (stub)\n"))
	f.Add([]byte("192.0.2.1\t1\tFull/DR\t99:99\tvb1 192.0.2.1\n"))
}

func FuzzParseOSPF(f *testing.F) {
	seedAll(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseOSPF(data)
		if err == nil {
			for _, a := range s.Areas {
				if !a.ID.IsValid() {
					t.Fatalf("accepted an area without an id: %+v", s)
				}
			}
		}
	})
}

func FuzzParseOSPFNeighbors(f *testing.F) {
	seedAll(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		ns, err := ParseOSPFNeighbors(data)
		if err == nil {
			for _, n := range ns {
				if !n.RouterID.IsValid() || !n.RouterIP.IsValid() || n.State == "" || n.Role == "" {
					t.Fatalf("accepted an incomplete neighbor %+v", n)
				}
			}
		}
	})
}

func FuzzParseOSPFInterface(f *testing.F) {
	seedAll(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		ifaces, err := ParseOSPFInterface(data)
		if err == nil {
			for _, i := range ifaces {
				if i.Name == "" {
					t.Fatalf("accepted an interface without a name: %+v", i)
				}
			}
		}
	})
}

func FuzzParseRouteCount(f *testing.F) {
	seedAll(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		ParseRouteCount(data)
	})
}

func FuzzParseStatus(f *testing.F) {
	seedAll(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseStatus(data)
		if err == nil && (s.Version == "" || !s.RouterID.IsValid()) {
			t.Fatalf("accepted a status without version or router id: %+v", s)
		}
	})
}

func FuzzParseProtocols(f *testing.F) {
	seedAll(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		ParseProtocols(data)
	})
}

// FuzzReadReply decodes arbitrary byte streams as BIRD socket traffic.
func FuzzReadReply(f *testing.F) {
	seedAll(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		r := bufio.NewReader(bytes.NewReader(data))
		for range 1000 {
			reply, err := readReply(r)
			if err != nil {
				return
			}
			if len(reply.Lines) == 0 {
				t.Fatal("a reply without lines")
			}
			reply.Text()
			reply.err()
		}
	})
}
