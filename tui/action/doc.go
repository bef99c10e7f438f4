// Package action carries out what a reader asks versus to do with what
// is on screen: copy it, open a link in a browser, edit the section's
// file. Each action is a tea.Cmd, or builds one, and reports back with a
// message whose Status is the sentence for the status bar.
//
// Every action takes the environment as a function (os.Getenv in
// versus, a map in tests) and runs programs by path and argument list,
// never through a shell: text from a pack, such as a URL, can never be
// taken for a command.
package action
