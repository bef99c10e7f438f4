//go:build !unix

package action

import "os/exec"

// detach does nothing where there are no sessions; the command's
// standard streams still go nowhere.
func detach(*exec.Cmd) {}
