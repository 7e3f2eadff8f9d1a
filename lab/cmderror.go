package lab

import (
	"fmt"
	"strings"
)

// CmdError is a command that ran and failed, or could not be started. It carries what a user
// needs to reproduce and understand the failure.
type CmdError struct {
	Argv   []string
	Exit   int // exit status; -1 when the command did not run to an exit
	Stderr string
	Err    error // the underlying error (start failure, signal, transport)
}

func (e *CmdError) Error() string {
	msg := fmt.Sprintf("%s: exit status %d", strings.Join(e.Argv, " "), e.Exit)
	if e.Exit < 0 && e.Err != nil {
		msg = fmt.Sprintf("%s: %v", strings.Join(e.Argv, " "), e.Err)
	}
	if s := strings.TrimSpace(e.Stderr); s != "" {
		msg += ": " + s
	}
	return msg
}

func (e *CmdError) Unwrap() error { return e.Err }
