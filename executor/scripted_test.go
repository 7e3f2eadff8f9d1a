package executor_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/vnetbench/vnetbench/executor"
	"github.com/vnetbench/vnetbench/lab"
)

// step is one call made to a Scripted executor and what it must answer.
type step struct {
	argv   []string
	stdin  []byte // nil: Run, else RunInput
	stdout string
	exit   int    // expected *lab.CmdError Exit; 0 means success
	errIs  error  // expected errors.Is target, if any
	errHas string // expected substring of the error, if any
}

func TestScripted(t *testing.T) {
	errNoRoute := errors.New("no route to lab box")
	for _, tc := range []struct {
		name    string
		fake    *executor.Scripted
		steps   []step
		doneHas []string // substrings of Done's error; none means Done must succeed
	}{
		{
			name: "exact and fixture",
			fake: &executor.Scripted{Expect: []executor.Expect{
				{Argv: []string{"ifconfig", "epair", "create"}, StdoutFile: "testdata/ifconfig-epair-create.txt"},
				{Argv: []string{"ifconfig", "epair0b", "vnet", "vnb-b"}},
			}},
			steps: []step{
				{argv: []string{"ifconfig", "epair", "create"}, stdout: "epair0a\n"},
				{argv: []string{"ifconfig", "epair0b", "vnet", "vnb-b"}},
			},
		},
		{
			name: "answered by match, not by order",
			fake: &executor.Scripted{Expect: []executor.Expect{
				{Argv: []string{"jail", "-c", "name=a"}, Stdout: []byte("a\n")},
				{Argv: []string{"jail", "-c", "name=b"}, Stdout: []byte("b\n")},
			}},
			steps: []step{
				{argv: []string{"jail", "-c", "name=b"}, stdout: "b\n"},
				{argv: []string{"jail", "-c", "name=a"}, stdout: "a\n"},
			},
		},
		{
			name: "prefix and glob",
			fake: &executor.Scripted{Expect: []executor.Expect{
				{Argv: []string{"sysctl", "-n"}, Prefix: true, Stdout: []byte("1\n"), Times: 2},
				{Argv: []string{"jexec", "vnb-*", "netstat", "-rn"}, Glob: true, Stdout: []byte("routes\n")},
				{Argv: []string{"jail", "-r", "vnb-?"}, Glob: true, Prefix: true},
			}},
			steps: []step{
				{argv: []string{"sysctl", "-n", "net.inet.ip.forwarding"}, stdout: "1\n"},
				{argv: []string{"jexec", "vnb-r7", "netstat", "-rn"}, stdout: "routes\n"},
				{argv: []string{"sysctl", "-n", "kern.ipc.nmbclusters"}, stdout: "1\n"},
				{argv: []string{"jail", "-r", "vnb-a", "-v"}},
			},
		},
		{
			name: "failures",
			fake: &executor.Scripted{Expect: []executor.Expect{
				{Argv: []string{"ifconfig", "epair9a", "destroy"}, Exit: 1, Stderr: "ifconfig: interface epair9a does not exist\n"},
				{Argv: []string{"uname", "-r"}, Err: errNoRoute},
			}},
			steps: []step{
				{argv: []string{"ifconfig", "epair9a", "destroy"}, exit: 1, errHas: "exit status 1: ifconfig: interface epair9a does not exist"},
				{argv: []string{"uname", "-r"}, exit: -1, errIs: errNoRoute},
			},
		},
		{
			name: "stdin must match",
			fake: &executor.Scripted{Expect: []executor.Expect{
				{Argv: []string{"tee", "/etc/iov/ixl0.conf"}, Stdin: []byte("PF {}\n")},
			}},
			steps: []step{
				{argv: []string{"tee", "/etc/iov/ixl0.conf"}, stdin: []byte("other\n"), exit: -1, errIs: executor.ErrUnexpected},
				{argv: []string{"tee", "/etc/iov/ixl0.conf"}, stdin: []byte("PF {}\n")},
			},
			doneHas: []string{`unexpected command: tee /etc/iov/ixl0.conf (expected: tee /etc/iov/ixl0.conf)`},
		},
		{
			name: "in order",
			fake: &executor.Scripted{InOrder: true, Expect: []executor.Expect{
				{Argv: []string{"jail", "-c", "name=a"}},
				{Argv: []string{"sysctl"}, Prefix: true, Times: executor.AnyTimes},
				{Argv: []string{"jail", "-c", "name=b"}},
			}},
			steps: []step{
				{argv: []string{"jail", "-c", "name=b"}, exit: -1, errIs: executor.ErrUnexpected, errHas: `(expected: jail -c name=a)`},
				{argv: []string{"jail", "-c", "name=a"}},
				{argv: []string{"sysctl", "a=1"}},
				{argv: []string{"sysctl", "b=1"}},
				{argv: []string{"jail", "-c", "name=b"}},
				{argv: []string{"sysctl", "c=1"}, exit: -1, errIs: executor.ErrUnexpected, errHas: "no expectations left"},
			},
			doneHas: []string{`unexpected command: jail -c name=b`, `unexpected command: sysctl c=1`},
		},
		{
			name: "unexpected and unmet",
			fake: &executor.Scripted{Expect: []executor.Expect{
				{Argv: []string{"jail", "-r", "vnb-a"}},
				{Argv: []string{"jail", "-r", "vnb-b"}, Times: 2},
				{Argv: []string{"kldstat"}, Times: executor.AnyTimes},
			}},
			steps: []step{
				{argv: []string{"jail", "-r", "vnb-b"}},
				{argv: []string{"jail", "-r", "vnb-a", "extra"}, exit: -1, errIs: executor.ErrUnexpected, errHas: `jail -r vnb-a extra: unexpected command`},
				{argv: []string{"jail", "-r", "vnb-a"}},
				{argv: []string{"jail", "-r", "vnb-a"}, exit: -1, errIs: executor.ErrUnexpected},
			},
			doneHas: []string{
				`unexpected command: jail -r vnb-a extra (expected: jail -r vnb-a or jail -r vnb-b or kldstat)`,
				`expected command jail -r vnb-b: run 1 of 2 times`,
			},
		},
		{
			name: "missing fixture and bad pattern",
			fake: &executor.Scripted{Expect: []executor.Expect{
				{Argv: []string{"netstat", "-ihw", "1"}, StdoutFile: "testdata/no-such-fixture.txt"},
				{Argv: []string{"ls", "[a"}, Glob: true},
			}},
			steps: []step{
				{argv: []string{"netstat", "-ihw", "1"}, exit: -1, errHas: "no-such-fixture.txt"},
				{argv: []string{"ls", "x"}, exit: -1, errHas: "syntax error in pattern"},
			},
			doneHas: []string{"no-such-fixture.txt", "syntax error in pattern", `expected command ls '[a': run 0 of 1 times`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fake := tc.fake
			for i, st := range tc.steps {
				var out []byte
				var err error
				if st.stdin != nil {
					out, err = fake.RunInput(t.Context(), st.argv, st.stdin)
				} else {
					out, err = fake.Run(t.Context(), st.argv)
				}
				checkStep(t, i, st, out, err)
			}
			var got [][]string
			for _, c := range fake.Calls() {
				got = append(got, c.Argv)
			}
			if len(got) != len(tc.steps) {
				t.Errorf("Calls() has %d calls, want %d", len(got), len(tc.steps))
			}
			for i := range min(len(got), len(tc.steps)) {
				if !slices.Equal(got[i], tc.steps[i].argv) {
					t.Errorf("Calls()[%d] = %q, want %q", i, got[i], tc.steps[i].argv)
				}
			}
			err := fake.Done()
			if len(tc.doneHas) == 0 && err != nil {
				t.Errorf("Done() = %v", err)
			}
			for _, want := range tc.doneHas {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("Done() = %v, want it to mention %q", err, want)
				}
			}
		})
	}
}

func checkStep(t *testing.T, i int, st step, out []byte, err error) {
	t.Helper()
	if string(out) != st.stdout {
		t.Errorf("step %d %q: stdout %q, want %q", i, st.argv, out, st.stdout)
	}
	if st.exit == 0 {
		if err != nil {
			t.Errorf("step %d %q: %v", i, st.argv, err)
		}
		return
	}
	var ce *lab.CmdError
	if !errors.As(err, &ce) {
		t.Errorf("step %d %q: err = %v (%T), want *lab.CmdError", i, st.argv, err, err)
		return
	}
	if ce.Exit != st.exit {
		t.Errorf("step %d %q: Exit = %d, want %d", i, st.argv, ce.Exit, st.exit)
	}
	if st.errIs != nil && !errors.Is(err, st.errIs) {
		t.Errorf("step %d %q: err = %v, want errors.Is %v", i, st.argv, err, st.errIs)
	}
	if st.errHas != "" && !strings.Contains(err.Error(), st.errHas) {
		t.Errorf("step %d %q: err = %q, want it to contain %q", i, st.argv, err, st.errHas)
	}
}

func TestScriptedCopies(t *testing.T) {
	fake := &executor.Scripted{Expect: []executor.Expect{
		{Argv: []string{"cat"}, Stdout: []byte("fixture"), Times: executor.AnyTimes},
	}}
	argv := []string{"cat"}
	out, _ := fake.RunInput(t.Context(), argv, []byte("in"))
	out[0] = 'X'
	argv[0] = "dog"
	if out, _ := fake.Run(t.Context(), []string{"cat"}); string(out) != "fixture" {
		t.Errorf("second answer %q: the caller changed the expectation", out)
	}
	calls := fake.Calls()
	if calls[0].Argv[0] != "cat" || string(calls[0].Stdin) != "in" || calls[1].Stdin != nil {
		t.Errorf("Calls() = %q, want the argv and stdin as they were", calls)
	}
}

func TestScriptedDoneContext(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	fake := &executor.Scripted{Expect: []executor.Expect{{Argv: []string{"true"}}}}
	if _, err := fake.Run(ctx, []string{"true"}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if err := fake.Done(); err == nil {
		t.Error("Done() = nil; the expectation was not answered")
	}
}
