package memory

import "sync"

// Saver writes one pack's state in the order the program asked for the
// writes, whatever the order its goroutines run in. Bubble Tea does not
// wait for commands when it quits, so a save started by a key (a
// bookmark) can finish after the final save on exit and put back an older
// resume place; with tickets, the older write is skipped.
//
// The zero Saver is ready; it must not be copied after first use.
type Saver struct {
	mu      sync.Mutex
	issued  uint64 // the last ticket handed out
	written uint64 // the ticket of the state on disk
}

// Ticket returns the next place in line. Take it where the state is
// snapshotted (on the program's event loop), not where it is written.
func (s *Saver) Ticket() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.issued++
	return s.issued
}

// Save writes st under key through store, unless a state with a later
// ticket is on disk already.
func (s *Saver) Save(store Store, key string, ticket uint64, st State) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ticket <= s.written {
		return nil
	}
	if err := store.Save(key, st); err != nil {
		return err
	}
	s.written = ticket
	return nil
}
