package envelope

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	e := &Envelope{
		Header: map[string]any{"event_id": "9ec79c33ec9942ab8353589fcb2e04dc"},
		Items: []Item{
			{Header: map[string]any{"type": "event"}, Payload: []byte(`{"message":"hi"}`)},
			{Header: map[string]any{"type": "attachment", "filename": "a.dmp", "attachment_type": "event.minidump"}, Payload: []byte("MDMP\n\x00\x01binary\n")},
		},
	}
	var buf bytes.Buffer
	if _, err := e.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Decode(&buf, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if got.EventID() != "9ec79c33ec9942ab8353589fcb2e04dc" || len(got.Items) != 2 {
		t.Fatalf("got %+v", got)
	}
	if !bytes.Equal(got.Items[1].Payload, e.Items[1].Payload) || got.Items[1].HeaderString("attachment_type") != "event.minidump" {
		t.Fatalf("attachment mangled: %q", got.Items[1].Payload)
	}
}

// The spec's example with implicit lengths (payload up to newline).
func TestDecodeImplicitLength(t *testing.T) {
	in := "{\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\"}\n{\"type\":\"event\"}\n{\"message\":\"hello\"}\n{\"type\":\"attachment\",\"length\":10}\n\xef\xbb\xbfHello\r\n\n"
	e, err := Decode(strings.NewReader(in), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Items) != 2 || string(e.Items[0].Payload) != `{"message":"hello"}` || len(e.Items[1].Payload) != 10 {
		t.Fatalf("got %+v", e.Items)
	}
}

func TestDecodeLimitsAndErrors(t *testing.T) {
	cases := map[string]struct {
		in  string
		l   Limits
		too bool
	}{
		"not json":       {in: "nope\n", l: DefaultLimits},
		"empty":          {in: "", l: DefaultLimits},
		"bad length":     {in: "{}\n{\"type\":\"x\",\"length\":-1}\n", l: DefaultLimits},
		"truncated":      {in: "{}\n{\"type\":\"x\",\"length\":100}\nabc", l: DefaultLimits},
		"huge length":    {in: "{}\n{\"type\":\"x\",\"length\":1e15}\nabc", l: DefaultLimits, too: true},
		"too many items": {in: "{}\n{\"type\":\"a\"}\n{}\n{\"type\":\"b\"}\n{}\n", l: Limits{MaxItems: 1}, too: true},
		"total":          {in: "{}\n{\"type\":\"a\",\"length\":50}\n" + strings.Repeat("x", 50) + "\n", l: Limits{MaxTotal: 40}, too: true},
	}
	for name, c := range cases {
		_, err := Decode(strings.NewReader(c.in), c.l)
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		var fe *FormatError
		if c.too != errors.Is(err, ErrTooLarge) || (!c.too && !errors.As(err, &fe)) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("{\"event_id\":\"x\"}\n{\"type\":\"event\",\"length\":2}\n{}\n"))
	f.Add([]byte("{}\n{\"type\":\"event\"}\n{\"a\":1}\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := Decode(bytes.NewReader(b), Limits{MaxItems: 10, MaxItemSize: 1 << 16, MaxTotal: 1 << 17})
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if _, err := e.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		e2, err := Decode(&buf, Limits{MaxItems: 10, MaxItemSize: 1 << 16, MaxTotal: 1 << 18})
		if err != nil || len(e2.Items) != len(e.Items) {
			t.Fatalf("re-encoded envelope does not decode: %v", err)
		}
		for i := range e.Items {
			if !bytes.Equal(e.Items[i].Payload, e2.Items[i].Payload) {
				t.Fatalf("item %d payload changed", i)
			}
		}
	})
}
