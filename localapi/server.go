package localapi

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"sync"
	"time"
)

// ServerOptions configure the listener.
type ServerOptions struct {
	// System: a machine-wide daemon, reachable by every local user (who
	// then pass files by descriptor). Otherwise only the daemon's own user
	// (and root/Administrators) may connect.
	System bool
	// MaxConns bounds concurrent connections (default 64); extra callers
	// wait in the kernel's backlog instead of costing memory.
	MaxConns int
	// MaxConnsPerPeer bounds the connections one user may hold (default
	// 16), so idle connections of one local user cannot lock the others
	// out of a machine-wide daemon.
	MaxConnsPerPeer int
	// IdleTimeout bounds how long a client may take to send one request
	// (and to read one response); default 30 s. A slow or idle client
	// loses its connection and frees its slot.
	IdleTimeout time.Duration
	Log         *slog.Logger
}

// Server is a listening local API endpoint.
type Server struct {
	ln   net.Listener
	opts ServerOptions
	addr string

	mu      sync.Mutex
	perPeer map[string]int // open connections per user
}

// Listen creates the socket or pipe at addr.
func Listen(addr string, o ServerOptions) (*Server, error) {
	if o.MaxConns <= 0 {
		o.MaxConns = 256
	}
	if o.MaxConnsPerPeer <= 0 {
		o.MaxConnsPerPeer = 16
	}
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = 30 * time.Second
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	ln, err := listen(addr, o.System)
	if err != nil {
		return nil, fmt.Errorf("localapi: listen %s: %w", addr, err)
	}
	return &Server{ln: ln, opts: o, addr: addr}, nil
}

// Serve answers requests until ctx ends, then closes the listener and
// every connection and waits for their handlers to return.
func (s *Server) Serve(ctx context.Context, h Handler) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	stop := context.AfterFunc(ctx, func() { s.ln.Close() })
	defer func() {
		cancel()
		stop()
		s.ln.Close()
		wg.Wait()
		cleanup(s.addr)
	}()
	sem := make(chan struct{}, s.opts.MaxConns)
	backoff := time.Duration(0)
	for {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return nil
		}
		conn, err := s.ln.Accept()
		if err != nil {
			<-sem
			if ctx.Err() != nil || errors.Is(err, net.ErrClosed) {
				return nil
			}
			// Out of descriptors and the like: the next accept may work.
			backoff = min(max(2*backoff, 5*time.Millisecond), time.Second)
			s.opts.Log.Warn("local API: accept failed; retrying", "err", err, "in", backoff)
			select {
			case <-time.After(backoff):
				continue
			case <-ctx.Done():
				return nil
			}
		}
		backoff = 0
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			s.serveConn(ctx, conn, h)
		}()
	}
}

func peerKey(p Peer) string {
	if p.SID != "" {
		return p.SID
	}
	return fmt.Sprint(p.UID)
}

// admit counts a connection against its user's share.
func (s *Server) admit(p Peer) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.perPeer == nil {
		s.perPeer = map[string]int{}
	}
	k := peerKey(p)
	if s.perPeer[k] >= s.opts.MaxConnsPerPeer {
		return false
	}
	s.perPeer[k]++
	return true
}

func (s *Server) release(p Peer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := peerKey(p)
	if s.perPeer[k]--; s.perPeer[k] <= 0 {
		delete(s.perPeer, k)
	}
}

func (s *Server) serveConn(ctx context.Context, conn net.Conn, h Handler) {
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	peer, err := peerOf(conn)
	if err != nil {
		s.opts.Log.Warn("local API: peer credentials unavailable; connection refused", "err", err)
		return
	}
	if !s.opts.System && !peer.Root && !isSelf(peer) {
		s.writeResponse(conn, Response{Error: "this crashd serves only its own user", Code: CodeForbidden})
		return
	}
	// The daemon's own user and root are trusted; every other local user
	// gets a bounded share of a machine-wide daemon's connections.
	if !peer.Root && !isSelf(peer) {
		if !s.admit(peer) {
			s.writeResponse(conn, Response{Error: fmt.Sprintf("more than %d connections from this user", s.opts.MaxConnsPerPeer), Code: CodeForbidden})
			return
		}
		defer s.release(peer)
	}
	rr, err := newRequestReader(conn, bufio.NewReaderSize(conn, 4096))
	if err != nil {
		return
	}
	defer rr.close()
	for {
		// An idle or slow client cannot hold a connection (and a slot)
		// for longer than this per request.
		_ = conn.SetReadDeadline(time.Now().Add(s.opts.IdleTimeout))
		line, f, err := rr.next()
		if err != nil {
			switch {
			case errors.Is(err, errTooLong):
				s.writeResponse(conn, Response{Error: fmt.Sprintf("request longer than %d bytes", MaxMessage), Code: CodeBadRequest})
			case errors.Is(err, errTooManyFiles):
				s.writeResponse(conn, Response{Error: "at most one descriptor per request", Code: CodeBadRequest})
			}
			return
		}
		if isBlank(line) {
			closeFile(f) // tolerate keep-alive newlines
			continue
		}
		resp := s.dispatch(ctx, h, peer, conn, line, f)
		closeFile(f)
		if err := s.writeResponse(conn, resp); err != nil {
			return
		}
	}
}

var (
	errTooLong      = errors.New("localapi: request too long")
	errTooManyFiles = errors.New("localapi: too many descriptors")
)

func closeFile(f *os.File) {
	if f != nil {
		f.Close()
	}
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// DecodeRequest parses and validates one request line (without its
// newline); errors are *Error with CodeBadRequest. Unknown fields are
// ignored, so newer clients work with older daemons.
func DecodeRequest(line []byte) (Request, error) {
	var req Request
	if len(line) > MaxMessage {
		return Request{}, Errorf(CodeBadRequest, fmt.Sprintf("request longer than %d bytes", MaxMessage))
	}
	if err := json.Unmarshal(line, &req); err != nil {
		return Request{}, Errorf(CodeBadRequest, "bad request: "+err.Error())
	}
	switch req.Op {
	case OpReport, OpTicket, OpApprove, OpConsentGet, OpConsentSet, OpHistory, OpStatus:
	default:
		return Request{}, Errorf(CodeBadRequest, fmt.Sprintf("unknown op %q", req.Op))
	}
	if req.TimeoutMS < 0 || req.TimeoutMS > int64(time.Hour/time.Millisecond) {
		return Request{}, Errorf(CodeBadRequest, "timeout_ms out of range (0 to 3600000)")
	}
	return req, nil
}

func (s *Server) dispatch(ctx context.Context, h Handler, p Peer, conn net.Conn, line []byte, f *os.File) (resp Response) {
	req, err := DecodeRequest(line)
	if err != nil {
		return failure(err)
	}
	defer func() {
		if r := recover(); r != nil {
			s.opts.Log.Error("local API handler panic", "op", req.Op, "panic", r)
			resp = Response{Error: "internal error", Code: CodeInternal}
		}
	}()
	switch req.Op {
	case OpReport:
		if f != nil {
			if err := checkPassed(f); err != nil {
				return Response{Error: err.Error(), Code: CodeForbidden}
			}
		} else if req.Path == "" {
			return Response{Error: "report needs a file", Code: CodeBadRequest}
		} else if s.opts.System && !passesDescriptors {
			// Named pipe: open the path with the caller's own rights.
			pf, err := openAsPeer(conn, req.Path)
			if err != nil {
				return Response{Error: "cannot open the file as the caller: " + err.Error(), Code: CodeForbidden}
			}
			defer pf.Close()
			f = pf
		}
		ts, err := h.Report(ctx, p, req, f)
		if err != nil {
			return failure(err)
		}
		return Response{OK: true, Ticket: &ts}
	case OpTicket:
		ts, err := h.Ticket(ctx, p, req.Ticket)
		if err != nil {
			return failure(err)
		}
		return Response{OK: true, Ticket: &ts}
	case OpApprove:
		ts, err := h.Approve(ctx, p, req)
		if err != nil {
			return failure(err)
		}
		return Response{OK: true, Ticket: &ts}
	case OpConsentGet:
		cs, err := h.Consent(ctx, p)
		if err != nil {
			return failure(err)
		}
		return Response{OK: true, Consent: &cs}
	case OpConsentSet:
		cs, err := h.SetConsent(ctx, p, req.Level)
		if err != nil {
			return failure(err)
		}
		return Response{OK: true, Consent: &cs}
	case OpHistory:
		hs, err := h.History(ctx, p)
		if err != nil {
			return failure(err)
		}
		if hs == nil {
			hs = []HistoryEntry{}
		}
		return Response{OK: true, History: hs}
	case OpStatus:
		st, err := h.Status(ctx, p)
		if err != nil {
			return failure(err)
		}
		return Response{OK: true, Status: &st}
	}
	return Response{Error: "unknown op", Code: CodeBadRequest}
}

// failure is the response for a handler error: an *Error's code and
// message, CodeInternal for anything else.
func failure(err error) Response {
	var e *Error
	if errors.As(err, &e) {
		return Response{Error: e.Msg, Code: e.Code}
	}
	return Response{Error: err.Error(), Code: CodeInternal}
}

func (s *Server) writeResponse(conn net.Conn, r Response) error {
	b, err := json.Marshal(r)
	if err != nil {
		b, _ = json.Marshal(Response{Error: "internal error: " + err.Error(), Code: CodeInternal})
	}
	_ = conn.SetWriteDeadline(time.Now().Add(s.opts.IdleTimeout))
	_, err = conn.Write(append(b, '\n'))
	return err
}
