package freebsd

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// fixturesRead records every testdata file a test parsed, so that TestEveryFixtureParsed
// can insist that each captured output in testdata/ is exercised by some table-driven test.
var fixturesRead sync.Map

// fixture returns the bytes of testdata/name and records that it was used.
func fixture(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatalf("read fixture: %v", err)
	}
	fixturesRead.Store(name, true)
	return b
}

// seedFuzz adds every named fixture to a fuzz corpus. It does not count as using the
// fixture: only table tests with expected values do.
func seedFuzz(f *testing.F, names ...string) {
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			f.Fatalf("read fixture: %v", err)
		}
		f.Add(b)
	}
}

// fixturesMatching lists testdata files matching a glob, for fuzz seeds.
func fixturesMatching(tb testing.TB, pattern string) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no fixtures match %q: %v", pattern, err)
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	return names
}

// mustEqual fails the test with both values when got and want differ.
func mustEqual[T any](tb testing.TB, what string, got, want T) {
	tb.Helper()
	if !reflect.DeepEqual(got, want) {
		tb.Errorf("%s:\n got  %+v\n want %+v", what, got, want)
	}
}
