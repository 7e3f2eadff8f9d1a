//go:build unix

package executor

import (
	"errors"
	"os"
	"os/exec"
	"syscall"
)

// ownProcessGroup puts the command in a process group of its own, so that a terminal's Ctrl-C
// reaches vnetbench alone and the command can be killed together with what it forked.
func ownProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
}

// killGroupOnCancel makes the cancellation of a command made by exec.CommandContext, and put
// in its own group by ownProcessGroup, kill the whole group, so that a child the command
// forked does not outlive it holding our pipes.
func killGroupOnCancel(cmd *exec.Cmd) {
	cmd.Cancel = func() error {
		err := syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		if errors.Is(err, syscall.ESRCH) {
			return os.ErrProcessDone
		}
		return err
	}
}
