package cli

import (
	"github.com/spf13/cobra"
)

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "versus [PATH] [REF]",
		Short: "Read and compare technical knowledge in your terminal, offline",
		Long: "versus browses knowledge packs: folders of markdown that compare technologies\n" +
			"aspect by aspect. The Node.js vs Python pack is built in.\n\n" +
			"In a terminal, versus opens the browser (on section REF when given). When\n" +
			"stdout is not a terminal it prints the table of contents, or section REF.\n\n" +
			"PATH, a folder or a markdown file, opens that instead of the built-in pack:\n" +
			"a pack (a folder with pack.yaml), any folder of markdown, or one file split\n" +
			"at its headings. Problems in it (dead links, bad tables) are counted on\n" +
			"stderr and the rest opens; 'versus validate PATH' lists them.",
		Example: "# Browse the built-in pack\n" +
			"versus\n" +
			"# Open the section that best matches \"gil\"\n" +
			"versus gil\n" +
			"# Ranked hits with snippets\n" +
			"versus search event loop\n" +
			"# Aspects 1 and 4 side by side\n" +
			"versus compare 1 4\n" +
			"# Open your own pack, a docs folder, or a README\n" +
			"versus --pack ./mypack\n" +
			"versus ./docs\n" +
			"versus README.md",
		Args: a.pathArgs(cobra.MaximumNArgs(1)),
		RunE: a.runE(a.runRoot),
		// Completions for REF come from the pack.
		ValidArgsFunction: a.completeRef,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return a.usageError(err) })
	pf := root.PersistentFlags()
	pf.StringVar(&a.packDir, "pack", "", "open the pack, folder of markdown or markdown file PATH instead of the built-in pack (env VERSUS_PACK)")
	pf.BoolVar(&a.noCache, "no-cache", false, "parse every file of the pack again, and keep no parse cache")
	pf.BoolVar(&a.strict, "strict", false, "refuse a pack with any problem (a dead link, a bad table) instead of opening it")
	pf.StringVar(&a.style, "style", "", "glamour style: dark, light, notty, ascii, dracula, tokyo-night, pink, or a JSON file (env GLAMOUR_STYLE)")
	root.Flags().BoolVar(&a.fresh, "fresh", false, "start at the top instead of where you left off in this pack")
	_ = root.RegisterFlagCompletionFunc("style", completeStyle)
	a.measureFlag(root)
	_ = root.MarkPersistentFlagDirname("pack")

	root.AddCommand(
		a.listCmd(),
		a.showCmd(),
		a.searchCmd(),
		a.compareCmd(),
		a.faqCmd(),
		a.validateCmd(),
		a.importCmd(),
		a.openCmd(),
		a.packCmd(),
		a.bookmarksCmd(),
	)
	return root
}

func (a *app) runRoot(cmd *cobra.Command, args []string) error {
	source := ""
	if a.pathArg {
		source = a.packDir // "versus docs/", "versus README.md [REF]"
	}
	p, err := a.loadPack()
	if err != nil {
		return err
	}
	if len(args) == 1 && cmd == cmd.Root() {
		if err := mistypedCommand(cmd, p, args[0], source); err != nil {
			return err
		}
	}
	if a.measure != 0 {
		if _, err := a.width(a.measure); err != nil {
			return err
		}
	}
	if !a.env.interactive() {
		a.whyNoBrowser()
		if len(args) == 1 {
			return a.printShow(p, args[0], showFlags{width: a.measure})
		}
		return a.printList(p)
	}
	start := ""
	if len(args) == 1 {
		sec, err := a.resolve(p, args[0])
		if err != nil {
			return err
		}
		start = sec.ID
	}
	return a.runTUI(cmd.Context(), p, start, [2]string{})
}

// measureFlag adds --width to a command that opens the browser: the
// reader wraps prose at N columns for the whole run, and centres it in a
// wider pane.
func (a *app) measureFlag(cmd *cobra.Command) {
	cmd.Flags().IntVarP(&a.measure, "width", "w", 0, "wrap the prose of the reader and the FAQ at N columns (default 100)")
}

func (a *app) openCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "open REF",
		Short: "Open the browser on one section",
		Long: "Open the browser on section REF: an id, an aspect number, or part of a title.\n" +
			"A folder or markdown file given before REF is opened instead of the built-in pack.",
		Example:           "  versus open performance\n  versus open 11\n  versus open README.md install",
		Args:              a.pathArgs(cobra.ExactArgs(1)),
		ValidArgsFunction: a.completeRef,
		RunE:              a.runE(a.runRoot),
	}
	a.measureFlag(cmd)
	return cmd
}
