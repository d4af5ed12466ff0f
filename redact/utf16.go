package redact

import (
	"errors"
	"fmt"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// scrubXMLUTF16 scrubs a UTF-16 XML document (byte-order mark first): the
// same-length binary path would write '<' and '>' of its pseudonyms
// into character data, so it is decoded to UTF-8, scrubbed by ScrubXML
// and encoded back in the order its mark gives.
func (s *Session) scrubXMLUTF16(dst io.Writer, src io.Reader) error {
	return scrubUTF16(dst, src, s.ScrubXML)
}

// scrubTextUTF16 scrubs UTF-16 text (byte-order mark first: what Windows
// PowerShell's redirection, regedit and msinfo32 write) as ScrubText
// scrubs UTF-8, so that what spans lines (a .reg value continued over
// lines, a PEM block, a name on the line after its key) is found as in
// UTF-8, and encodes it back in the order its mark gives.
func (s *Session) scrubTextUTF16(dst io.Writer, src io.Reader) error {
	return scrubUTF16(dst, src, s.ScrubText)
}

// scrubUTF16 decodes src (UTF-16, its mark first) to UTF-8, runs scrub over
// it and writes the result to dst as UTF-16 with the same mark.
func scrubUTF16(dst io.Writer, src io.Reader, scrub func(io.Writer, io.Reader) error) error {
	d, err := newUTF16Decoder(src)
	if err != nil {
		return err
	}
	e := &utf16Encoder{w: dst, be: d.be}
	bom := []byte{0xff, 0xfe}
	if d.be {
		bom = []byte{0xfe, 0xff}
	}
	if _, err := dst.Write(bom); err != nil {
		return fmt.Errorf("redact: write: %w", err)
	}
	if err := scrub(e, d); err != nil {
		return err
	}
	return e.flush()
}

// utf16Decoder reads UTF-16 (its byte-order mark consumed) as UTF-8. An
// unpaired surrogate reads as U+FFFD, as does a last odd byte.
type utf16Decoder struct {
	r    io.Reader
	be   bool
	in   [4096]byte
	nin  int    // undecoded bytes at the start of in
	out  []byte // decoded, not yet read
	opos int
	eof  bool
}

func newUTF16Decoder(r io.Reader) (*utf16Decoder, error) {
	var bom [2]byte
	if _, err := io.ReadFull(r, bom[:]); err != nil {
		return nil, fmt.Errorf("redact: read: %w", err)
	}
	return &utf16Decoder{r: r, be: bom[0] == 0xfe}, nil
}

func (d *utf16Decoder) unit(k int) uint16 {
	if d.be {
		return uint16(d.in[k])<<8 | uint16(d.in[k+1])
	}
	return uint16(d.in[k]) | uint16(d.in[k+1])<<8
}

func (d *utf16Decoder) Read(p []byte) (int, error) {
	for d.opos == len(d.out) {
		if d.eof {
			return 0, io.EOF
		}
		n, err := d.r.Read(d.in[d.nin:])
		d.nin += n
		if errors.Is(err, io.EOF) {
			d.eof = true
		} else if err != nil {
			return 0, fmt.Errorf("redact: read: %w", err)
		}
		d.out, d.opos = d.out[:0], 0
		k := 0
		for k+2 <= d.nin {
			u := d.unit(k)
			switch {
			case utf16.IsSurrogate(rune(u)) && u < 0xdc00:
				if k+4 > d.nin && !d.eof {
					goto kept // its pair comes with the next read
				}
				if k+4 <= d.nin {
					if r := utf16.DecodeRune(rune(u), rune(d.unit(k+2))); r != utf8.RuneError {
						d.out = utf8.AppendRune(d.out, r)
						k += 4
						continue
					}
				}
				d.out = utf8.AppendRune(d.out, utf8.RuneError)
			case utf16.IsSurrogate(rune(u)):
				d.out = utf8.AppendRune(d.out, utf8.RuneError)
			default:
				d.out = utf8.AppendRune(d.out, rune(u))
			}
			k += 2
		}
	kept:
		if d.eof && k < d.nin && k+2 > d.nin {
			d.out = utf8.AppendRune(d.out, utf8.RuneError)
			k = d.nin
		}
		d.nin = copy(d.in[:], d.in[k:d.nin])
	}
	n := copy(p, d.out[d.opos:])
	d.opos += n
	return n, nil
}

// utf16Encoder writes UTF-8 as UTF-16; a sequence split between writes
// waits for its rest.
type utf16Encoder struct {
	w    io.Writer
	be   bool
	part []byte
	buf  []byte
}

func (e *utf16Encoder) Write(p []byte) (int, error) {
	n := len(p)
	if len(e.part) > 0 {
		p = append(e.part, p...)
		e.part = nil
	}
	e.buf = e.buf[:0]
	for len(p) > 0 {
		if !utf8.FullRune(p) {
			e.part = append([]byte(nil), p...)
			break
		}
		r, size := utf8.DecodeRune(p)
		p = p[size:]
		if r < 0x10000 {
			e.unit(uint16(r))
		} else {
			r1, r2 := utf16.EncodeRune(r)
			e.unit(uint16(r1))
			e.unit(uint16(r2))
		}
	}
	if _, err := e.w.Write(e.buf); err != nil {
		return 0, fmt.Errorf("redact: write: %w", err)
	}
	return n, nil
}

func (e *utf16Encoder) unit(u uint16) {
	if e.be {
		e.buf = append(e.buf, byte(u>>8), byte(u))
	} else {
		e.buf = append(e.buf, byte(u), byte(u>>8))
	}
}

// flush writes what is left of a split sequence (U+FFFD).
func (e *utf16Encoder) flush() error {
	if len(e.part) == 0 {
		return nil
	}
	e.part = nil
	_, err := e.Write([]byte(string(utf8.RuneError)))
	return err
}
