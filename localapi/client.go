package localapi

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// ErrNotRunning is returned by Dial when no daemon listens at the address.
var ErrNotRunning = errors.New("localapi: crashd is not running")

// MaxResponse bounds one response line (a long history).
const MaxResponse = 64 << 20

// Client is a connection to the daemon. Calls are sequential; a call
// that failed in transport (timeout, cancellation, broken connection)
// leaves the client unusable, since a late answer could otherwise be
// taken for the next call's.
type Client struct {
	conn   net.Conn
	br     *bufio.Reader
	broken error
}

// Dial connects to the daemon at addr (see Address). When nothing
// listens there the error wraps ErrNotRunning.
func Dial(ctx context.Context, addr string) (*Client, error) {
	conn, err := dial(ctx, addr)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ENOENT) {
			return nil, fmt.Errorf("%w: %v", ErrNotRunning, err)
		}
		return nil, fmt.Errorf("localapi: connect %s: %w", addr, err)
	}
	return &Client{conn: conn, br: bufio.NewReaderSize(conn, 64<<10)}, nil
}

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// Do sends one request (with f passed by descriptor where the OS allows)
// and returns the response; a failed response comes back as *Error, a
// cancelled or expired ctx as an error wrapping ctx.Err().
func (c *Client) Do(ctx context.Context, req Request, f *os.File) (Response, error) {
	if c.broken != nil {
		return Response{}, fmt.Errorf("localapi: connection unusable after an earlier error: %w", c.broken)
	}
	b, err := encodeRequest(req)
	if err != nil {
		return Response{}, fmt.Errorf("localapi: %w", err)
	}
	if len(b) > MaxMessage {
		return Response{}, Errorf(CodeBadRequest, fmt.Sprintf("request longer than %d bytes", MaxMessage))
	}
	if err := ctx.Err(); err != nil {
		return Response{}, fmt.Errorf("localapi: %w", err)
	}
	dl, _ := ctx.Deadline()
	_ = c.conn.SetDeadline(dl) // zero: none
	stop := context.AfterFunc(ctx, func() { _ = c.conn.SetDeadline(time.Unix(1, 0)) })
	defer stop()
	fail := func(what string, err error) (Response, error) {
		if ctx.Err() != nil || errors.Is(err, os.ErrDeadlineExceeded) && !dl.IsZero() && !time.Now().Before(dl) {
			err = context.Cause(ctx)
			if err == nil {
				err = context.DeadlineExceeded
			}
		}
		c.broken = err
		return Response{}, fmt.Errorf("localapi: %s: %w", what, err)
	}
	werr := writeRequest(c.conn, append(b, '\n'), f)
	line, err := readLine(c.br, MaxResponse)
	if werr != nil {
		// The daemon may have answered (forbidden, too long) and hung up
		// before reading everything: prefer its reason over EPIPE.
		var resp Response
		if err != nil || json.Unmarshal(line, &resp) != nil || resp.OK {
			return fail("send", werr)
		}
		c.broken = werr
		return resp, &Error{Code: cmp.Or(resp.Code, CodeInternal), Msg: resp.Error}
	}
	if err != nil {
		return fail("receive", err)
	}
	var resp Response
	if err := json.Unmarshal(line, &resp); err != nil {
		c.broken = err
		return Response{}, fmt.Errorf("localapi: bad response: %w", err)
	}
	if !resp.OK {
		return resp, &Error{Code: cmp.Or(resp.Code, CodeInternal), Msg: resp.Error}
	}
	return resp, nil
}

// encodeRequest is req as one line without its newline ('<', '>' and '&'
// are left unescaped: the daemon is no HTML page).
func encodeRequest(req Request) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(req); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// readLine reads up to a newline, refusing lines longer than limit.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var buf bytes.Buffer
	for {
		frag, err := br.ReadSlice('\n')
		if buf.Len()+len(frag) > limit {
			return nil, fmt.Errorf("response longer than %d bytes", limit)
		}
		buf.Write(frag)
		switch {
		case err == nil:
			return buf.Bytes(), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			return nil, io.ErrUnexpectedEOF
		default:
			return nil, err
		}
	}
}

// Report hands path to the daemon. The file is opened here, with the
// caller's own rights, and passed by descriptor (Unix) — so a
// machine-wide daemon never reads anything the caller could not.
func (c *Client) Report(ctx context.Context, path string, req Request) (TicketState, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return TicketState{}, fmt.Errorf("localapi: %w", err)
	}
	f, err := openReport(abs)
	if err != nil {
		return TicketState{}, fmt.Errorf("localapi: %w", err)
	}
	defer f.Close()
	req.Op, req.Path = OpReport, abs
	var pass *os.File
	if passesDescriptors {
		pass = f
	}
	return c.ticketOp(ctx, req, pass)
}

func (c *Client) ticketOp(ctx context.Context, req Request, f *os.File) (TicketState, error) {
	resp, err := c.Do(ctx, req, f)
	if err != nil {
		return TicketState{}, err
	}
	if resp.Ticket == nil {
		return TicketState{}, errors.New("localapi: response without ticket")
	}
	return *resp.Ticket, nil
}

// Ticket returns one report's state.
func (c *Client) Ticket(ctx context.Context, ticket string) (TicketState, error) {
	return c.ticketOp(ctx, Request{Op: OpTicket, Ticket: ticket}, nil)
}

// Approve sends a held report (req.Ticket; req.Wait to wait for upload).
func (c *Client) Approve(ctx context.Context, req Request) (TicketState, error) {
	req.Op = OpApprove
	return c.ticketOp(ctx, req, nil)
}

// Consent returns the consent in force.
func (c *Client) Consent(ctx context.Context) (ConsentState, error) {
	resp, err := c.Do(ctx, Request{Op: OpConsentGet}, nil)
	if err != nil || resp.Consent == nil {
		return ConsentState{}, orMissing(err, "consent")
	}
	return *resp.Consent, nil
}

// SetConsent changes the user's level.
func (c *Client) SetConsent(ctx context.Context, level string) (ConsentState, error) {
	resp, err := c.Do(ctx, Request{Op: OpConsentSet, Level: level}, nil)
	if err != nil || resp.Consent == nil {
		return ConsentState{}, orMissing(err, "consent")
	}
	return *resp.Consent, nil
}

// History lists every report.
func (c *Client) History(ctx context.Context) ([]HistoryEntry, error) {
	resp, err := c.Do(ctx, Request{Op: OpHistory}, nil)
	if err != nil {
		return nil, err
	}
	return resp.History, nil
}

// Status returns the daemon's status.
func (c *Client) Status(ctx context.Context) (Status, error) {
	resp, err := c.Do(ctx, Request{Op: OpStatus}, nil)
	if err != nil || resp.Status == nil {
		return Status{}, orMissing(err, "status")
	}
	return *resp.Status, nil
}

func orMissing(err error, what string) error {
	if err != nil {
		return err
	}
	return errors.New("localapi: response without " + what)
}

// requireRegular closes f and fails unless it is a regular file: a report
// is never a FIFO, a device or a folder.
func requireRegular(f *os.File, path string) error {
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return fmt.Errorf("%s is not a regular file", path)
	}
	return nil
}
