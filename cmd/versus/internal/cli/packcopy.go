package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/versus-dev/versus/assets"
	"github.com/versus-dev/versus/knowledge/sanitize"
)

func (a *app) packCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "pack",
		Short: "Work with packs",
		Args:  a.args(cobra.NoArgs),
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "copy DIR",
		Short: "Write the built-in pack to DIR, as a pack of your own to edit",
		Long: "Write every file of the built-in pack to DIR, which must be empty or not\n" +
			"exist yet. The copy is an ordinary pack folder: edit it, check it with\n" +
			"'versus validate DIR' and open it with 'versus --pack DIR'.",
		Example: "  versus pack copy ./mypack && versus --pack ./mypack",
		Args:    a.args(cobra.ExactArgs(1)),
		RunE: a.runE(func(_ *cobra.Command, args []string) error {
			return a.copyPack(args[0], assets.Pack())
		}),
	})
	return cmd
}

// copyPack writes the pack in src to the folder dir, refusing a folder
// that holds anything: no file of the user's is ever overwritten.
func (a *app) copyPack(dir string, src fs.FS) error {
	name := sanitize.Line(dir)
	switch empty, err := emptyOrMissing(dir); {
	case err != nil:
		return usageErr("%s: %v", name, sanitize.Line(err.Error()))
	case !empty:
		return usageErr("%s is not empty; give a new or empty folder, nothing is overwritten", name)
	}
	// os.CopyFS creates dir and never replaces a file that appeared since.
	if err := os.CopyFS(dir, src); err != nil {
		return fmt.Errorf("copying the built-in pack to %s: %s", name, sanitize.Line(err.Error()))
	}
	files := 0
	_ = fs.WalkDir(src, ".", func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files++
		}
		return nil
	})
	return a.write(fmt.Sprintf("%s: wrote the built-in pack, %s; edit it, then: versus --pack %s\n",
		name, countNoun(files, "file"), shellWord(name)))
}

// emptyOrMissing reports whether dir is an empty folder or does not exist.
func emptyOrMissing(dir string) (bool, error) {
	f, err := os.Open(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return false, err
	}
	if !fi.IsDir() {
		return false, errors.New("not a folder")
	}
	if _, err := f.ReadDir(1); err == io.EOF {
		return true, nil
	} else if err != nil {
		return false, err
	}
	return false, nil
}
