package report

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/vnetbench/vnetbench/internal/testenv"
	"github.com/vnetbench/vnetbench/report/reporttest"
)

// chromium finds a Chromium to drive, or skips; with VNETBENCH_REQUIRE_ROOT=1 (CI) a missing
// browser fails the test instead.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("VNETBENCH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	testenv.Unavailable(t, "no chromium in PATH (install Debian's chromium to run this test)")
	return ""
}

// headless runs Chromium on a file:// URL with the extra flags and returns stdout and stderr.
func headless(t *testing.T, browser, page string, extra ...string) (stdout, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	u := url.URL{Scheme: "file", Path: page}
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + t.TempDir(),
		"--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000",
	}, extra...)
	cmd := exec.CommandContext(ctx, browser, append(args, u.String())...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir()) // no writes into the user's profile
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", browser, err, errb.String())
	}
	return out.String(), errb.String()
}

var (
	selfCheck   = regexp.MustCompile(`<div id="selfcheck"([^>]*)>([^<]*)<`)
	consoleLine = regexp.MustCompile(`(?m)^.*CONSOLE.*$`)
)

// TestBrowserOpensReport opens generated pages in a real headless Chromium from file:// and
// asserts, from the verdict each page's own script writes into the DOM, that every image
// decoded (complete and naturalWidth > 0) and no script error occurred; the console must be
// silent. The screenshots are kept in the test's artifact directory (go test -artifacts).
func TestBrowserOpensReport(t *testing.T) {
	browser := chromium(t)
	art := t.ArtifactDir()

	runDir := filepath.Join(art, "ospf-16-fail")
	if _, err := Render(reporttest.OSPF(reporttest.Options{Seed: 2, Fail: true}), runDir, []string{"html"}); err != nil {
		t.Fatal(err)
	}
	chainDir := filepath.Join(art, "chain-5")
	if _, err := Render(reporttest.Chain(reporttest.Options{Seed: 3}), chainDir, []string{"html"}); err != nil {
		t.Fatal(err)
	}
	results := filepath.Join(art, "nightly")
	writeNights(t, results, 4)
	runs, err := LoadRuns(results)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := WriteTrend(runs, results, DefaultTrendOptions); err != nil {
		t.Fatal(err)
	}

	for _, pg := range []struct {
		name, path string
		images     string
	}{
		{"ospf-16-fail", filepath.Join(runDir, HTMLFile), "6"},
		{"chain-5", filepath.Join(chainDir, HTMLFile), "3"},
		{"trend", filepath.Join(results, TrendFile), "2"},
	} {
		t.Run(pg.name, func(t *testing.T) {
			dom, logs := headless(t, browser, pg.path, "--dump-dom")
			m := selfCheck.FindStringSubmatch(dom)
			if m == nil {
				t.Fatalf("no #selfcheck in the DOM Chromium dumped (%d bytes); stderr:\n%s", len(dom), logs)
			}
			attrs, text := m[1], m[2]
			t.Logf("%s: %s", pg.name, text)
			if !strings.Contains(attrs, `data-status="ok"`) {
				t.Errorf("page check failed: %s (%s)", text, attrs)
			}
			if !strings.Contains(attrs, `data-images="`+pg.images+`"`) || !strings.Contains(attrs, `data-loaded="`+pg.images+`"`) {
				t.Errorf("want %s images loaded: %s", pg.images, attrs)
			}
			if c := consoleLine.FindAllString(logs, -1); len(c) > 0 {
				t.Errorf("console output:\n%s", strings.Join(c, "\n"))
			}

			shot := filepath.Join(art, pg.name+".png")
			headless(t, browser, pg.path, "--screenshot="+shot, "--window-size=1200,2400")
			b, err := os.ReadFile(shot)
			if err != nil {
				t.Fatalf("no screenshot: %v", err)
			}
			checkPNG(t, shot, b, 1200, 2400)
			t.Logf("screenshot: %s", shot)
		})
	}
}
