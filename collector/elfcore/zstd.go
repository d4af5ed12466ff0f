package elfcore

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/klauspost/compress/zstd"
)

// DefaultMaxDecompressed caps how large a zstd-compressed core may grow
// when decompressed (a guard against decompression bombs).
const DefaultMaxDecompressed int64 = 16 << 30

// decoderOpts keep the decoder's own memory bounded: one goroutine, and a
// window no larger than systemd (or a hostile file) could need for cores.
var decoderOpts = []zstd.DOption{
	zstd.WithDecoderConcurrency(1),
	zstd.WithDecoderLowmem(true),
	zstd.WithDecoderMaxWindow(128 << 20),
}

// peekZstd decodes up to n bytes of a zstd stream from the bytes in head.
func peekZstd(head []byte, n int) ([]byte, bool) {
	d, err := zstd.NewReader(bytes.NewReader(head), decoderOpts...)
	if err != nil {
		return nil, false
	}
	defer d.Close()
	buf := make([]byte, n)
	m, _ := io.ReadFull(d, buf)
	if m < 18 {
		return nil, false
	}
	return buf[:m], true
}

// Scratch is where a compressed core is decompressed to: anything that
// can be written sequentially and then read at random (an *os.File).
type Scratch interface {
	io.Writer
	io.ReaderAt
}

// NewFileFromZstd decompresses the zstd stream r into scratch (at most
// limit bytes) and parses the result. The caller owns scratch and must
// keep it open while using the File.
func NewFileFromZstd(r io.Reader, scratch Scratch, limit int64) (*File, error) {
	d, err := zstd.NewReader(r, decoderOpts...)
	if err != nil {
		return nil, fmt.Errorf("elfcore: zstd: %w", err)
	}
	defer d.Close()
	sw := &errWriter{w: scratch}
	n, err := io.Copy(sw, io.LimitReader(d, limit+1))
	if err != nil {
		if sw.err != nil {
			return nil, fmt.Errorf("elfcore: zstd: write scratch: %w", err)
		}
		// Anything the decoder rejects is a malformed input.
		return nil, &FormatError{Off: n, Msg: "zstd: " + err.Error()}
	}
	if n > limit {
		return nil, &FormatError{Off: limit, Msg: fmt.Sprintf("decompressed core exceeds %d bytes", limit)}
	}
	return parse(scratch, n)
}

// errWriter remembers write errors so they are not taken for bad input.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, err
}

type removeOnClose struct{ f *os.File }

func (c removeOnClose) Close() error {
	err := c.f.Close()
	if rerr := os.Remove(c.f.Name()); err == nil {
		err = rerr
	}
	return err
}

// newFileFromZstdTemp decompresses into a temporary file in dir ("" for
// the OS default) that File.Close removes.
func newFileFromZstdTemp(r io.Reader, dir string, limit int64) (*File, error) {
	tmp, err := os.CreateTemp(dir, "crashd-core-*")
	if err != nil {
		return nil, fmt.Errorf("elfcore: temp file: %w", err)
	}
	c := removeOnClose{tmp}
	f, err := NewFileFromZstd(r, tmp, limit)
	if err != nil {
		c.Close()
		return nil, err
	}
	f.closer = c
	return f, nil
}
