package freebsd

import (
	"flag"
	"os"
	"sort"
	"strings"
	"testing"
)

// capturedPrefixes name the kinds of captured command output kept in testdata/ for the
// parsers; other files there (golden files of other tests) are not this test's business.
var capturedPrefixes = []string{
	"arp-", "dmesg-", "ifconfig-", "iovctl-", "jail-", "jls-", "netstat-", "ps-", "route-",
	"sysctl-", "top-",
}

// TestEveryFixtureParsed fails when a captured output in testdata/ was not read by any
// table-driven parser test. It lives in the last parse_* test file so that, in a full run,
// the tests that read fixtures have already run (go test runs tests in file-name order);
// with -run or -shuffle that order is not given, so it skips.
func TestEveryFixtureParsed(t *testing.T) {
	if flag.Lookup("test.run").Value.String() != "" || flag.Lookup("test.shuffle").Value.String() != "off" {
		t.Skip("needs a full run in file order")
	}
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasSuffix(name, ".golden") || !hasAnyPrefix(name, capturedPrefixes) {
			continue
		}
		if _, ok := fixturesRead.Load(name); !ok {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("testdata files not parsed by any table test: %v", missing)
	}
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
