//go:build unix

package action

import (
	"os/exec"
	"syscall"
)

// detach starts cmd in a session of its own: it has no controlling
// terminal to draw on or read from, and the terminal's signals (ctrl+c,
// a closed window) never reach it.
func detach(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
}
