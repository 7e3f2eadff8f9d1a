package executor_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/executor"
)

func TestRecorderScript(t *testing.T) {
	r := &executor.Recorder{Respond: func(argv []string) []byte {
		if slices.Equal(argv, []string{"ifconfig", "epair", "create"}) {
			return []byte("epair0a\n")
		}
		return nil
	}}
	ctx := t.Context()
	r.Comment("vnetbench plan: pair\n\nnodes: 2")
	r.Phase("nodes")
	mustRecord(t, r, []string{"jail", "-c", "name=vnb-a", "vnet", "persist"})
	r.Phase("links")
	out, err := r.Run(ctx, []string{"ifconfig", "epair", "create"})
	if err != nil || string(out) != "epair0a\n" {
		t.Fatalf("Run(ifconfig epair create) = %q, %v; want the canned epair0a", out, err)
	}
	mustRecord(t, r, []string{"ifconfig", "epair0b", "vnet", "vnb-b"})
	mustRecord(t, r, []string{"jexec", "vnb-a", "sh", "-c", "echo $HOME; it's"})
	r.Phase("sr-iov")
	conf := "PF {\n\tdevice : \"ixl0\";\n}\nEOF\n"
	if _, err := r.RunInput(ctx, []string{"tee", "/etc/iov/ixl0.conf"}, []byte(conf)); err != nil {
		t.Fatal(err)
	}
	if _, err := r.RunInput(ctx, []string{"cat"}, []byte("50% \\ no newline")); err != nil {
		t.Fatal(err)
	}

	want := `#!/bin/sh
set -eu
# vnetbench plan: pair
#
# nodes: 2

# --- nodes ---
jail -c name=vnb-a vnet persist

# --- links ---
ifconfig epair create
ifconfig epair0b vnet vnb-b
jexec vnb-a sh -c 'echo $HOME; it'\''s'

# --- sr-iov ---
tee /etc/iov/ixl0.conf <<'EOF1'
PF {
	device : "ixl0";
}
EOF
EOF1
printf '50%% \\ no newline' | cat
`
	if got := r.Script(); got != want {
		t.Errorf("Script() =\n%s\nwant\n%s", got, want)
	}
	wantCmds := [][]string{
		{"jail", "-c", "name=vnb-a", "vnet", "persist"},
		{"ifconfig", "epair", "create"},
		{"ifconfig", "epair0b", "vnet", "vnb-b"},
		{"jexec", "vnb-a", "sh", "-c", "echo $HOME; it's"},
		{"tee", "/etc/iov/ixl0.conf"},
		{"cat"},
	}
	if got := r.Commands(); !slices.EqualFunc(got, wantCmds, slices.Equal) {
		t.Errorf("Commands() = %q, want %q", got, wantCmds)
	}
}

// TestRecorderScriptRuns runs the printed script and checks that every command got exactly
// the argv that was recorded, by way of a command that prints its argv. The command's own
// path needs quoting too.
func TestRecorderScriptRuns(t *testing.T) {
	sh := lookSh(t)
	dir := filepath.Join(t.TempDir(), "it's a $dir")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	dump := filepath.Join(dir, "dump argv")
	if err := os.WriteFile(dump, []byte("#!/bin/sh\nprintf '%s\\000' \"$#\" \"$@\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	cases := [][]string{
		{dump},
		{dump, ""},
		{dump, "plain", "a b", "  lead and trail  ", "it's", `"double"`, `back\slash`},
		{dump, "$HOME", "${x:-y}", "$(echo no)", "`echo no`", "a;b", "a && b", "a|b", ">x", "<y"},
		{dump, "*", "?", "[ab]", "{a,b}", "~", "#not a comment", "!", "if", "a=b", "-n", "--"},
		{dump, "line 1\nline 2", "\n", "tab\there", "%s\\n", "é 日本", "'\\''"},
	}
	r := &executor.Recorder{}
	for _, argv := range cases {
		r.Phase("case")
		mustRecord(t, r, argv)
	}
	script := r.Script()
	out, err := exec.Command(sh, "-c", script).Output()
	if err != nil {
		t.Fatalf("script failed: %v\n%s", err, script)
	}
	fields := splitNUL(out)
	for i, argv := range cases {
		if len(fields) == 0 {
			t.Fatalf("case %d: no output left", i)
		}
		n, err := strconv.Atoi(fields[0])
		if err != nil || n > len(fields)-1 {
			t.Fatalf("case %d: bad argc %q in output", i, fields[0])
		}
		if got := fields[1 : 1+n]; !slices.Equal(got, argv[1:]) {
			t.Errorf("case %d: the script ran\n%q\nwant\n%q", i, got, argv[1:])
		}
		fields = fields[1+n:]
	}
	if len(fields) != 0 {
		t.Errorf("unexpected output left: %q", fields)
	}
}

// TestRecorderMatchesLocal checks that the script prints what running the same argvs one by
// one prints, with echo and printf given awkward arguments.
func TestRecorderMatchesLocal(t *testing.T) {
	sh := lookSh(t)
	cases := [][]string{
		{"echo", "a b", "it's", "$HOME", "`id`", "a;b", "*", "line\nbreak"},
		{"printf", "%s\n", "spaces  inside", `"quoted"`, "$(id)", "semi;colon", "new\nline", ""},
		{"printf", "[%s]", "%d", "~", "#", "{a,b}"},
	}
	r := &executor.Recorder{}
	var want bytes.Buffer
	for _, argv := range cases {
		mustRecord(t, r, argv)
		out, err := (&executor.Local{}).Run(t.Context(), argv)
		if err != nil {
			t.Fatal(err)
		}
		want.Write(out)
	}
	got, err := exec.Command(sh, "-c", r.Script()).Output()
	if err != nil {
		t.Fatalf("script failed: %v\n%s", err, r.Script())
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("script printed\n%q\nrunning the argvs printed\n%q\nscript:\n%s", got, want.Bytes(), r.Script())
	}
}

// TestRecorderStdin checks that the script feeds each command exactly the recorded stdin.
func TestRecorderStdin(t *testing.T) {
	sh := lookSh(t)
	inputs := []string{
		"PF {\n\tdevice : \"ixl0\";\n\tnum_vfs : 4;\n}\n",
		"EOF\nEOF1\nnot the end\n",
		"$HOME `id` 'single' \"double\" \\ %s\n",
		"no trailing newline",
		"50% \\ backslash\x00NUL\n",
		"",
	}
	r := &executor.Recorder{}
	for _, in := range inputs {
		if _, err := r.RunInput(t.Context(), []string{"cat"}, []byte(in)); err != nil {
			t.Fatal(err)
		}
	}
	got, err := exec.Command(sh, "-c", r.Script()).Output()
	if err != nil {
		t.Fatalf("script failed: %v\n%s", err, r.Script())
	}
	if want := strings.Join(inputs, ""); string(got) != want {
		t.Errorf("script fed\n%q\nwant\n%q\nscript:\n%s", got, want, r.Script())
	}
}

// TestRecorderScriptStops checks that the script stops at the first failing command.
func TestRecorderScriptStops(t *testing.T) {
	sh := lookSh(t)
	r := &executor.Recorder{}
	mustRecord(t, r, []string{"echo", "before"})
	mustRecord(t, r, []string{"false"})
	mustRecord(t, r, []string{"echo", "after"})
	out, err := exec.Command(sh, "-c", r.Script()).Output()
	if err == nil {
		t.Error("script succeeded despite a failing command")
	}
	if string(out) != "before\n" {
		t.Errorf("script printed %q, want only %q", out, "before\n")
	}
}

func mustRecord(t *testing.T, r *executor.Recorder, argv []string) {
	t.Helper()
	if _, err := r.Run(t.Context(), argv); err != nil {
		t.Fatal(err)
	}
}

func lookSh(t *testing.T) string {
	t.Helper()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh in PATH")
	}
	return sh
}

func splitNUL(b []byte) []string {
	var out []string
	for len(b) > 0 {
		i := bytes.IndexByte(b, 0)
		if i < 0 {
			return append(out, string(b)+"<no NUL>")
		}
		out = append(out, string(b[:i]))
		b = b[i+1:]
	}
	return out
}
