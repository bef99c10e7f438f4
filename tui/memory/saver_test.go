package memory

import "testing"

// A save that was asked for first but runs last must not replace the
// newer state on disk.
func TestSaverKeepsTheNewerState(t *testing.T) {
	store := Store{Dir: t.TempDir()}
	var s Saver
	early, late := s.Ticket(), s.Ticket()
	if err := s.Save(store, "k", late, State{Resume: &Place{Section: "new"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(store, "k", early, State{Resume: &Place{Section: "old"}}); err != nil {
		t.Fatal(err)
	}
	st, notice := store.Load("k")
	if notice != "" || st.Resume == nil || st.Resume.Section != "new" {
		t.Errorf("on disk: %+v (%q), want the later save", st.Resume, notice)
	}
}
