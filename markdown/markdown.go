// Package markdown renders section markdown for the terminal with glamour.
//
// A Renderer keeps one glamour renderer per (style, width) and a bounded
// cache of finished renders keyed by (content, width, style), because a
// render costs milliseconds and the TUI asks for the same ones again on
// every back, forward and resize. A Renderer is safe for concurrent use, so
// the TUI calls it from tea.Cmds, off the Update loop.
package markdown

import (
	"bytes"
	"container/list"
	"fmt"
	"hash/maphash"
	"strings"
	"sync"

	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Styles lists the built-in glamour style names a user may choose.
func Styles() []string {
	return []string{
		styles.DarkStyle, styles.LightStyle, styles.NoTTYStyle, styles.AsciiStyle,
		styles.DraculaStyle, styles.TokyoNightStyle, styles.PinkStyle,
	}
}

// ValidStyle reports whether name is a built-in glamour style.
func ValidStyle(name string) bool {
	_, ok := styles.DefaultStyles[name]
	return ok
}

// MinWidth is the narrowest wrap width a render is made at; narrower
// requests are rendered at MinWidth, because glamour's margins and
// indentation leave no room for text below it.
const MinWidth = 10

// maxRenderers bounds the glamour renderers kept, one per (style, width).
const maxRenderers = 16

// DefaultCacheSize is how many finished renders New keeps.
const DefaultCacheSize = 256

type rendererKey struct {
	style string
	width int
}

type cacheKey struct {
	content uint64
	size    int
	width   int
	style   string
}

// Renderer renders markdown with glamour and caches the results.
type Renderer struct {
	seed maphash.Seed

	mu        sync.Mutex
	renderers map[rendererKey]*pooled
	inflight  map[cacheKey]chan struct{} // renders under way, closed when done
	cache     map[cacheKey]*list.Element
	order     *list.List // most recently used at the front
	max       int
}

// pooled guards one glamour renderer: its ANSI renderer keeps state while
// it draws, so it is not safe for concurrent use.
type pooled struct {
	mu    sync.Mutex
	md    goldmark.Markdown
	lay   layout   // the widths the pass measures tables by
	limit int      // the column lines end at: the width less the right margin
	code  codeWrap // how wrapped code lines are drawn
}

type entry struct {
	key cacheKey
	out string
}

// New returns a Renderer that keeps up to size finished renders.
func New(size int) *Renderer {
	if size < 1 {
		size = DefaultCacheSize
	}
	return &Renderer{
		seed:      maphash.MakeSeed(),
		renderers: map[rendererKey]*pooled{},
		inflight:  map[cacheKey]chan struct{}{},
		cache:     map[cacheKey]*list.Element{},
		order:     list.New(),
		max:       size,
	}
}

// Render returns md rendered in the named glamour style, wrapped to width
// columns, with links to other files of the pack shown as their text
// alone. Repeated calls with the same arguments return the cached result.
func (r *Renderer) Render(md string, width int, style string) (string, error) {
	width = max(width, MinWidth)
	key := cacheKey{maphash.String(r.seed, md), len(md), width, style}
	out, done, ok := r.claim(key)
	if ok {
		return out, nil
	}
	defer done()
	p, err := r.renderer(style, width)
	if err != nil {
		return "", err
	}
	src := []byte(ExpandTabs(md))
	p.mu.Lock()
	out, code, err := p.render(src)
	p.mu.Unlock()
	if err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	// The hanging indents wrap items again, still with the pass's
	// non-breaking hyphens in code spans; they end where code starts.
	out = hang(strings.TrimRight(out, "\n"), p.limit, string(src))
	if bytes.Contains(src, []byte(codeMark)) || bytes.Contains(src, []byte(codeEnd)) {
		out = unmarkCode(out) // which are the pass's is anyone's guess
	} else {
		out = wrapCode(out, code, p.code)
	}
	out = trimLines(out)
	if !bytes.ContainsRune(src, nbHyphen) {
		out = strings.ReplaceAll(out, string(nbHyphen), "-") // the pass's, in code spans
	}
	r.store(key, out)
	return out, nil
}

// Cached reports whether Render would answer from the cache, so callers
// can skip scheduling a command for it.
func (r *Renderer) Cached(md string, width int, style string) (string, bool) {
	width = max(width, MinWidth)
	return r.cached(cacheKey{maphash.String(r.seed, md), len(md), width, style})
}

// claim returns the cached render of key, or else makes the caller the
// one that renders it: done must be called once the render is stored (or
// failed). A render of the same key already in flight is waited for
// rather than done twice: the TUI starts rendering its first section
// before the program asks for it.
func (r *Renderer) claim(key cacheKey) (out string, done func(), ok bool) {
	for {
		r.mu.Lock()
		if el, ok := r.cache[key]; ok {
			r.order.MoveToFront(el)
			r.mu.Unlock()
			return el.Value.(*entry).out, nil, true
		}
		wait, busy := r.inflight[key]
		if !busy {
			ch := make(chan struct{})
			r.inflight[key] = ch
			r.mu.Unlock()
			return "", func() {
				r.mu.Lock()
				delete(r.inflight, key)
				r.mu.Unlock()
				close(ch)
			}, false
		}
		r.mu.Unlock()
		<-wait // then take its result, or render if it failed
	}
}

func (r *Renderer) cached(key cacheKey) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	el, ok := r.cache[key]
	if !ok {
		return "", false
	}
	r.order.MoveToFront(el)
	return el.Value.(*entry).out, true
}

func (r *Renderer) store(key cacheKey, out string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if el, ok := r.cache[key]; ok {
		r.order.MoveToFront(el)
		return
	}
	r.cache[key] = r.order.PushFront(&entry{key, out})
	for r.order.Len() > r.max {
		last := r.order.Back()
		r.order.Remove(last)
		delete(r.cache, last.Value.(*entry).key)
	}
}

func (r *Renderer) renderer(style string, width int) (*pooled, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := rendererKey{style, width}
	if p, ok := r.renderers[k]; ok {
		return p, nil
	}
	cfg, ok := builtinStyle(style)
	if !ok {
		var err error
		if cfg, err = styleFile(style); err != nil {
			return nil, fmt.Errorf("glamour style %q: %w", style, err)
		}
	}
	markItems(&cfg)
	markCode(&cfg)
	p := &pooled{md: newGoldmark(cfg, width), lay: newLayout(cfg, width), limit: width}
	if m := cfg.Document.Margin; m != nil && int(*m) < width {
		p.limit = width - int(*m)
	}
	p.code = newCodeWrap(cfg, style, p.limit)
	if len(r.renderers) >= maxRenderers {
		// A session of resizes would otherwise keep a renderer for every
		// width it passed through. Renders in flight keep their own.
		clear(r.renderers)
	}
	r.renderers[k] = p
	return p, nil
}

// newGoldmark sets goldmark up the way glamour.NewTermRenderer does, with
// glamour's ANSI renderer, so that Render can run the pass (pass.go) over
// the parsed document between parsing and drawing.
func newGoldmark(cfg ansi.StyleConfig, width int) goldmark.Markdown {
	md := goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.DefinitionList),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
	ar := ansi.NewRenderer(ansi.Options{WordWrap: width, InlineTableLinks: true, Styles: cfg})
	md.SetRenderer(renderer.NewRenderer(renderer.WithNodeRenderers(util.Prioritized(ar, 1000))))
	return md
}

// render parses src, runs the pass over it and draws it. It returns the
// lines of the code blocks too, for wrapCode.
func (p *pooled) render(src []byte) (string, [][]string, error) {
	doc := p.md.Parser().Parse(text.NewReader(src))
	var b bytes.Buffer
	out, code := rewrite(doc, src, p.lay)
	if err := p.md.Renderer().Render(&b, out, doc); err != nil {
		return "", nil, err
	}
	return b.String(), code, nil
}
