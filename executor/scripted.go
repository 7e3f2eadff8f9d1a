package executor

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"strings"
	"sync"

	"github.com/vnetbench/vnetbench/lab"
)

var (
	_ lab.Executor = (*Scripted)(nil)
	_ InputRunner  = (*Scripted)(nil)
)

// ErrUnexpected is the Err of the *lab.CmdError that Scripted returns for a command no
// expectation answers.
var ErrUnexpected = errors.New("unexpected command")

// AnyTimes, as Expect.Times, lets an expectation answer any number of calls, none included.
const AnyTimes = -1

// Expect is one command a Scripted executor expects, and its answer.
type Expect struct {
	// Argv is matched against the call's argv, word for word.
	Argv []string
	// Prefix lets the call have more words after those of Argv.
	Prefix bool
	// Glob makes each word of Argv a path.Match pattern ("*" does not match "/").
	Glob bool
	// Stdin, when non-nil, must equal the call's standard input (see InputRunner).
	Stdin []byte

	// Stdout is what the command prints, unless StdoutFile is set.
	Stdout []byte
	// StdoutFile names a fixture (testdata/…) read at call time to be the command's output.
	StdoutFile string
	// Stderr is what the command prints on standard error when it fails.
	Stderr string
	// Exit, when non-zero, makes the call fail with a *lab.CmdError carrying Exit and Stderr.
	Exit int
	// Err, when set, makes the call fail with a *lab.CmdError wrapping Err, with Exit -1 unless
	// Exit is set: a command that could not run, or an ssh transport failure.
	Err error

	// Times is how many calls the expectation answers: 0 means exactly one, AnyTimes any number.
	Times int
}

func (e *Expect) String() string {
	s := ShJoin(e.Argv)
	if e.Prefix {
		s += " …"
	}
	return s
}

// uses is how many calls e must answer; -1 for any number.
func (e *Expect) uses() int {
	if e.Times == 0 {
		return 1
	}
	return e.Times
}

// match reports whether the call is e's; a malformed glob is an error.
func (e *Expect) match(argv []string, stdin []byte) (bool, error) {
	if len(argv) < len(e.Argv) || !e.Prefix && len(argv) != len(e.Argv) {
		return false, nil
	}
	for i, want := range e.Argv {
		if !e.Glob {
			if want != argv[i] {
				return false, nil
			}
			continue
		}
		ok, err := path.Match(want, argv[i])
		if err != nil {
			return false, fmt.Errorf("expectation %s: pattern %q: %w", e.String(), want, err)
		}
		if !ok {
			return false, nil
		}
	}
	return e.Stdin == nil || bytes.Equal(e.Stdin, stdin), nil
}

// Call is one command a Scripted executor was asked to run.
type Call struct {
	Argv  []string
	Stdin []byte // nil for Run
}

// Scripted is a fake executor for tests: it answers commands from a list of expectations and
// records every call. By default a call is answered by the first expectation, in list order,
// that matches it and has answers left; with InOrder the calls must come in the order of the
// list. A call nothing answers fails with ErrUnexpected naming its argv, and is reported again
// by Done, so a caller that swallows errors cannot hide it. Safe for concurrent use.
//
//	fake := &executor.Scripted{Expect: []executor.Expect{
//		{Argv: []string{"ifconfig", "epair", "create"}, StdoutFile: "testdata/ifconfig-epair-create.txt"},
//		{Argv: []string{"sysctl", "-n"}, Prefix: true, Stdout: []byte("1\n"), Times: executor.AnyTimes},
//		{Argv: []string{"jail", "-r", "vnb-*"}, Glob: true, Exit: 1, Stderr: "jail: not found\n"},
//	}}
//	// … run the code under test with fake …
//	if err := fake.Done(); err != nil {
//		t.Error(err)
//	}
type Scripted struct {
	Expect  []Expect
	InOrder bool

	mu       sync.Mutex
	used     []int // answers given, per expectation
	next     int   // InOrder: the first expectation that may answer
	calls    []Call
	problems []error
}

// Run answers argv from the expectations.
func (s *Scripted) Run(ctx context.Context, argv []string) ([]byte, error) {
	return s.RunInput(ctx, argv, nil)
}

// RunInput answers argv from the expectations, matching Expect.Stdin against stdin.
func (s *Scripted) RunInput(ctx context.Context, argv []string, stdin []byte) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, Call{Argv: clone(argv), Stdin: bytes.Clone(stdin)})
	if err := checkCall(ctx, argv); err != nil {
		return nil, err
	}
	e, err := s.find(argv, stdin)
	if err != nil {
		s.problems = append(s.problems, err)
		return nil, &lab.CmdError{Argv: clone(argv), Exit: -1, Err: err}
	}
	return s.answer(e, argv)
}

// find returns the expectation that answers the call and counts the answer.
func (s *Scripted) find(argv []string, stdin []byte) (*Expect, error) {
	if s.used == nil {
		s.used = make([]int, len(s.Expect))
	}
	next := s.next
	for i := range s.Expect {
		if s.InOrder && i < next {
			continue
		}
		e := &s.Expect[i]
		left := e.uses() < 0 || s.used[i] < e.uses()
		ok, err := e.match(argv, stdin)
		if err != nil {
			return nil, err
		}
		if ok && left {
			s.used[i]++
			s.next = next
			return e, nil
		}
		if s.InOrder {
			// An expectation holds the line until it has all its answers; one that may
			// answer any number steps aside for a call it does not match.
			if left && e.uses() >= 0 {
				break
			}
			next = i + 1
		}
	}
	return nil, fmt.Errorf("%w: %s%s", ErrUnexpected, ShJoin(argv), s.pending())
}

// pending describes what was expected instead, for the unexpected-command error.
func (s *Scripted) pending() string {
	var want []string
	for i := range s.Expect {
		e := &s.Expect[i]
		if s.InOrder && i < s.next || e.uses() >= 0 && s.used[i] >= e.uses() {
			continue
		}
		want = append(want, e.String())
		if s.InOrder && e.uses() >= 0 || len(want) == 5 {
			break
		}
	}
	if len(want) == 0 {
		return " (no expectations left)"
	}
	return " (expected: " + strings.Join(want, " or ") + ")"
}

func (s *Scripted) answer(e *Expect, argv []string) ([]byte, error) {
	stdout := bytes.Clone(e.Stdout)
	if e.StdoutFile != "" {
		b, err := os.ReadFile(e.StdoutFile)
		if err != nil {
			err = fmt.Errorf("expectation %s: %w", e.String(), err)
			s.problems = append(s.problems, err)
			return nil, &lab.CmdError{Argv: clone(argv), Exit: -1, Err: err}
		}
		stdout = b
	}
	switch {
	case e.Err != nil:
		exit := e.Exit
		if exit == 0 {
			exit = -1
		}
		return stdout, &lab.CmdError{Argv: clone(argv), Exit: exit, Stderr: e.Stderr, Err: e.Err}
	case e.Exit != 0:
		return stdout, &lab.CmdError{Argv: clone(argv), Exit: e.Exit, Stderr: e.Stderr}
	}
	return stdout, nil
}

// Calls returns every call made so far, answered or not, in order.
func (s *Scripted) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Call, len(s.calls))
	for i, c := range s.calls {
		out[i] = Call{Argv: clone(c.Argv), Stdin: bytes.Clone(c.Stdin)}
	}
	return out
}

// Done reports what went wrong: unexpected calls, unreadable fixtures, and expectations that
// did not get all their calls. Call it at the end of a test.
func (s *Scripted) Done() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	errs := append([]error(nil), s.problems...)
	for i := range s.Expect {
		e := &s.Expect[i]
		got := 0
		if s.used != nil {
			got = s.used[i]
		}
		if e.uses() >= 0 && got < e.uses() {
			errs = append(errs, fmt.Errorf("expected command %s: run %d of %d times", e.String(), got, e.uses()))
		}
	}
	return errors.Join(errs...)
}
