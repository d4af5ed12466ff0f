package textlog

import (
	"bufio"
	"encoding/binary"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// Byte-order marks that select a decoding in Parse.
var (
	bomUTF8    = []byte{0xef, 0xbb, 0xbf}
	bomUTF16LE = []byte{0xff, 0xfe}
	bomUTF16BE = []byte{0xfe, 0xff}
)

// utf16Reader decodes UTF-16 (the byte-order mark already consumed) to
// UTF-8 as a stream, in bounded memory: a lone surrogate, or an odd byte at
// the end, becomes U+FFFD. It records the input offset of the first U+0000
// it decodes, so that Parse can name where binary data starts in the file
// rather than in the decoded text.
type utf16Reader struct {
	r       *bufio.Reader
	order   binary.ByteOrder
	be      bool  // order is big-endian
	off     int64 // input offset of the next code unit
	nulOff  int64 // input offset of the first U+0000, -1 while none
	pending []byte
	scratch [utf8.UTFMax]byte
	err     error
}

func newUTF16Reader(r io.Reader, order binary.ByteOrder, off int64) *utf16Reader {
	return &utf16Reader{r: bufio.NewReaderSize(r, 4<<10), order: order, be: order == binary.BigEndian, off: off, nulOff: -1}
}

// unit reads one code unit. ok is false at the end of the input; a final
// odd byte is reported as U+FFFD.
func (u *utf16Reader) unit() (v uint16, ok bool) {
	b0, err := u.r.ReadByte()
	if err != nil {
		u.fail(err)
		return 0, false
	}
	b1, err := u.r.ReadByte()
	if err != nil {
		u.fail(err)
		u.off++
		return utf8.RuneError, true
	}
	u.off += 2
	if u.be {
		return uint16(b0)<<8 | uint16(b1), true
	}
	return uint16(b1)<<8 | uint16(b0), true
}

// fail records a read error; the end of the input is no error.
func (u *utf16Reader) fail(err error) {
	if u.err == nil && err != io.EOF {
		u.err = err
	}
}

// next decodes one character.
func (u *utf16Reader) next() (rune, bool) {
	at := u.off
	v, ok := u.unit()
	if !ok {
		return 0, false
	}
	r := rune(v)
	switch {
	case r == 0:
		if u.nulOff < 0 {
			u.nulOff = at
		}
	case !utf16.IsSurrogate(r):
	case r < 0xdc00:
		// a high surrogate: paired with the next unit when that is a
		// low one, else it stands alone
		b, err := u.r.Peek(2)
		if len(b) == 2 {
			if lo := rune(u.order.Uint16(b)); lo >= 0xdc00 && lo < 0xe000 {
				u.r.Discard(2)
				u.off += 2
				return utf16.DecodeRune(r, lo), true
			}
		} else if err != nil {
			u.fail(err)
		}
		r = utf8.RuneError
	default:
		r = utf8.RuneError // a low surrogate without its high one
	}
	return r, true
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	n := copy(p, u.pending)
	u.pending = u.pending[n:]
	for n < len(p) && u.err == nil {
		if n > 0 && u.r.Buffered() < 2 {
			break // hand back what there is rather than wait for more
		}
		r, ok := u.next()
		if !ok {
			break
		}
		switch {
		case r < utf8.RuneSelf:
			p[n] = byte(r)
			n++
		case n+utf8.RuneLen(r) <= len(p):
			n += utf8.EncodeRune(p[n:], r)
		default:
			u.pending = utf8.AppendRune(u.scratch[:0], r)
			k := copy(p[n:], u.pending)
			u.pending = u.pending[k:]
			n += k
		}
	}
	if n > 0 {
		return n, nil
	}
	if u.err != nil {
		return 0, u.err
	}
	return 0, io.EOF
}
