package redact

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
)

// isGenericUser asks keyClass for the words a key ends or starts with
// only when userKeyEnd says a user key may end or start so: on every key
// word keyClass names, and on those words inside longer keys, the answer
// must be classifyKey's.
func TestUserKeyEndAgreesWithClassifyKey(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "keys.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	ast.Inspect(f, func(node ast.Node) bool {
		fd, ok := node.(*ast.FuncDecl)
		if !ok || fd.Name.Name != "keyClass" {
			return true
		}
		ast.Inspect(fd.Body, func(x ast.Node) bool {
			if lit, ok := x.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				w, _ := strconv.Unquote(lit.Value)
				words = append(words, w)
			}
			return true
		})
		return false
	})
	if len(words) < 500 {
		t.Fatalf("found only %d words in keyClass", len(words))
	}
	n := 0
	for _, w := range words {
		for _, k := range []string{w, "my" + w, w + "2", "x" + w + "s", "new" + w, w + "id", "last" + w, w + "name", "sudo" + w} {
			n++
			checkUserKeyEnd(t, k)
		}
	}
	t.Logf("%d keys", n)
}

func checkUserKeyEnd(t *testing.T, k string) {
	t.Helper()
	c := classifyKey(k)
	want := c == ClassUser || c == keyKeep
	g := keyClass(k, userKeyEnd(k))
	if got := g == ClassUser || g == keyKeep; got != want {
		t.Errorf("key %q: classifyKey %q, keyClass(userKeyEnd) %q", k, c, g)
	}
}

func FuzzUserKeyEnd(f *testing.F) {
	for _, k := range []string{"username", "licensedto", "sessionowner", "networksessionuser", "sudouserx", "dsymuuid", "lunevibe", "otto"} {
		f.Add(k)
	}
	f.Fuzz(func(t *testing.T, k string) {
		checkUserKeyEnd(t, k)
	})
}
