package render

// store is a Tracker's bounded cache of results, and the identity of its
// generation. Only the Update loop touches it (commands hand their
// results to Accept), so it needs no lock.
type store[T any] struct {
	max   int
	items map[Key]T
	order []Key // oldest first
}

func newStore[T any](size int) *store[T] {
	return &store[T]{max: max(size, 1), items: map[Key]T{}}
}

func (s *store[T]) get(k Key) (T, bool) {
	v, ok := s.items[k]
	return v, ok
}

// put keeps v for k, dropping the oldest result beyond the bound.
func (s *store[T]) put(k Key, v T) {
	if _, ok := s.items[k]; ok {
		return
	}
	s.items[k] = v
	s.order = append(s.order, k)
	if len(s.order) > s.max {
		delete(s.items, s.order[0])
		s.order = s.order[1:]
	}
}
