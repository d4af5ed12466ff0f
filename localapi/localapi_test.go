package localapi

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"crashd/ticket"
)

// fakeHandler is an in-memory Handler for transport tests. Report reads the
// passed file and returns its contents as Reason.
type fakeHandler struct {
	mu       sync.Mutex
	peers    []Peer
	opened   []string // report: result of opening req.Path by path
	level    string
	tk       string
	history  int // number of history rows
	inFlight atomic.Int32
	maxSeen  atomic.Int32
	delay    time.Duration // status: hold the slot this long
}

func newFakeHandler() *fakeHandler { return &fakeHandler{level: "off", tk: ticket.New()} }

func (h *fakeHandler) seen(p Peer) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.peers = append(h.peers, p)
}

func (h *fakeHandler) lastPeer() Peer {
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.peers) == 0 {
		return Peer{UID: -2}
	}
	return h.peers[len(h.peers)-1]
}

func (h *fakeHandler) Report(_ context.Context, p Peer, req Request, f *os.File) (TicketState, error) {
	h.seen(p)
	byPath := "opened"
	if g, err := os.Open(req.Path); err != nil {
		byPath = "not opened: " + err.Error()
	} else {
		g.Close()
	}
	h.mu.Lock()
	h.opened = append(h.opened, byPath)
	h.mu.Unlock()
	if f == nil {
		return TicketState{}, Errorf(CodeForbidden, "no descriptor")
	}
	b, err := io.ReadAll(io.NewSectionReader(f, 0, 1<<20))
	if err != nil {
		return TicketState{}, Errorf(CodeBadRequest, err.Error())
	}
	return TicketState{Ticket: h.tk, EventID: "e1", Kind: "crash", State: "pending", Reason: string(b)}, nil
}

func (h *fakeHandler) Ticket(_ context.Context, p Peer, tk string) (TicketState, error) {
	h.seen(p)
	canon, err := ticket.Parse(tk)
	if err != nil {
		return TicketState{}, Errorf(CodeInvalidTicket, "invalid ticket")
	}
	if canon != h.tk {
		return TicketState{}, Errorf(CodeNotFound, "no report with ticket "+canon)
	}
	return TicketState{Ticket: canon, EventID: "e1", State: "held"}, nil
}

// Approve of ticket "block" waits for the server's context (or 10 s).
func (h *fakeHandler) Approve(ctx context.Context, p Peer, req Request) (TicketState, error) {
	h.seen(p)
	if req.Ticket == "block" {
		select {
		case <-ctx.Done():
		case <-time.After(10 * time.Second):
		}
		return TicketState{}, Errorf(CodeTimeout, "gave up")
	}
	if req.Ticket == "plain-error" {
		return TicketState{}, errors.New("disk on fire")
	}
	return TicketState{Ticket: req.Ticket, State: "pending"}, nil
}

func (h *fakeHandler) Consent(_ context.Context, p Peer) (ConsentState, error) {
	h.seen(p)
	h.mu.Lock()
	defer h.mu.Unlock()
	return ConsentState{User: h.level, Effective: h.level}, nil
}

func (h *fakeHandler) SetConsent(_ context.Context, p Peer, level string) (ConsentState, error) {
	h.seen(p)
	if level == "panic" {
		panic("handler bug")
	}
	if level != "off" && level != "ask" && level != "crash" && level != "crash+perf" {
		return ConsentState{}, Errorf(CodeBadRequest, "unknown level "+level)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.level = level
	return ConsentState{User: level, Effective: level}, nil
}

func (h *fakeHandler) History(_ context.Context, p Peer) ([]HistoryEntry, error) {
	h.seen(p)
	var out []HistoryEntry
	for i := range h.history {
		out = append(out, HistoryEntry{Ticket: h.tk, EventID: fmt.Sprintf("%032x", i), Kind: "crash", State: "sent", App: strings.Repeat("a", 40), CapturedAt: time.Unix(int64(i), 0).UTC()})
	}
	return out, nil
}

func (h *fakeHandler) Status(_ context.Context, p Peer) (Status, error) {
	h.seen(p)
	n := h.inFlight.Add(1)
	defer h.inFlight.Add(-1)
	for {
		m := h.maxSeen.Load()
		if n <= m || h.maxSeen.CompareAndSwap(m, n) {
			break
		}
	}
	time.Sleep(h.delay)
	return Status{Running: true, PID: os.Getpid(), Version: "test", Counts: map[string]int{"sent": 1}}, nil
}

// seeds returns the request lines in testdata/requests.jsonl.
func seeds(tb testing.TB) [][]byte {
	tb.Helper()
	f, err := os.Open("testdata/requests.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out [][]byte
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out = append(out, append([]byte(nil), sc.Bytes()...))
	}
	return out
}

func TestDecodeRequest(t *testing.T) {
	for _, tc := range []struct {
		line string
		ok   bool
		want Request
	}{
		{`{"op":"status"}`, true, Request{Op: OpStatus}},
		{`{"op":"report","path":"/a","wait":true,"timeout_ms":5}`, true, Request{Op: OpReport, Path: "/a", Wait: true, TimeoutMS: 5}},
		{`{"op":"history","unknown":1}`, true, Request{Op: OpHistory}},
		{`{"op":"status"}  ` + "\r", true, Request{Op: OpStatus}},
		{`{"op":"nope"}`, false, Request{}},
		{`{"op":"status","timeout_ms":-1}`, false, Request{}},
		{`{"op":"status","timeout_ms":3600001}`, false, Request{}},
		{`{"op":"status"} {}`, false, Request{}},
		{`{"op":1}`, false, Request{}},
		{``, false, Request{}},
		{`{"op":"status","path":"` + strings.Repeat("x", MaxMessage) + `"}`, false, Request{}},
	} {
		got, err := DecodeRequest([]byte(tc.line))
		if (err == nil) != tc.ok {
			t.Errorf("%.60q: err %v, want ok=%v", tc.line, err, tc.ok)
			continue
		}
		if err != nil && CodeOf(err) != CodeBadRequest {
			t.Errorf("%.60q: code %q, want bad_request", tc.line, CodeOf(err))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%.60q: got %+v, want %+v", tc.line, got, tc.want)
		}
	}
}

// FuzzDecodeRequest: the decoder never panics, errors are typed, and an
// accepted request survives a re-encode/decode unchanged.
func FuzzDecodeRequest(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		req, err := DecodeRequest(line)
		if err != nil {
			if CodeOf(err) != CodeBadRequest {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		b, err := encodeRequest(req)
		if err != nil {
			t.Fatalf("re-encode %+v: %v", req, err)
		}
		if len(b) > MaxMessage {
			return // invalid UTF-8 grows when re-encoded; the limit is on the wire
		}
		again, err := DecodeRequest(b)
		if err != nil {
			t.Fatalf("re-decode %s: %v", b, err)
		}
		if !reflect.DeepEqual(req, again) {
			t.Fatalf("round trip changed the request:\n%+v\n%+v", req, again)
		}
	})
}

func newTicket() string { return ticket.New() }
