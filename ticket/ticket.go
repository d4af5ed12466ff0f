// Package ticket makes and checks the short report tickets users read out
// to support: 10 random Crockford base32 symbols plus one check symbol,
// printed XXXX-XXXX-XXX.
//
// The check symbol makes the weighted sum Σ αⁱ·dᵢ over GF(32) zero, with α
// a primitive element. Distinct non-zero weights catch every single-symbol
// substitution; α ≠ 1 catches every adjacent transposition, because swapping
// dᵢ and dᵢ₊₁ changes the sum by (dᵢ+dᵢ₊₁)·αⁱ·(1+α) ≠ 0. Unlike Crockford's
// own mod-37 check it needs no extra symbols (*~$=U) outside the alphabet.
package ticket

import (
	"crypto/rand"
	"errors"
	"strings"
)

// ErrInvalid is returned for any ticket that is malformed or whose check
// symbol does not match.
var ErrInvalid = errors.New("invalid ticket")

const (
	alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	dataLen  = 10
	totalLen = dataLen + 1
	poly     = 0x25 // x⁵ + x² + 1, primitive over GF(2)
	alpha    = 2    // x, a generator of GF(32)*
)

// decode maps an input byte to its symbol value, or -1.
var decode = func() [256]int8 {
	var d [256]int8
	for i := range d {
		d[i] = -1
	}
	for i := 0; i < len(alphabet); i++ {
		c := alphabet[i]
		d[c] = int8(i)
		d[c|0x20] = int8(i) // lower case (digits unaffected: '0'|0x20 == '0')
	}
	for _, c := range "oO" {
		d[c] = 0
	}
	for _, c := range "iIlL" {
		d[c] = 1
	}
	return d
}()

func gfMul(a, b byte) byte {
	var p byte
	for b != 0 {
		if b&1 != 0 {
			p ^= a
		}
		b >>= 1
		a <<= 1
		if a&0x20 != 0 {
			a ^= poly
		}
	}
	return p & 0x1f
}

// syndrome returns Σ αⁱ·dᵢ.
func syndrome(d []byte) byte {
	var s, w byte = 0, 1
	for _, v := range d {
		s ^= gfMul(w, v)
		w = gfMul(w, alpha)
	}
	return s
}

// checkSymbol returns c such that syndrome(d ++ c) == 0.
func checkSymbol(d []byte) byte {
	s := syndrome(d)
	w := byte(1)
	for range d {
		w = gfMul(w, alpha)
	}
	// c·w = s  ⇒  c = s·w⁻¹; w⁻¹ = w^30 in GF(32)*.
	inv := byte(1)
	for range 30 {
		inv = gfMul(inv, w)
	}
	return gfMul(s, inv)
}

// New returns a fresh random ticket, formatted.
func New() string {
	var raw [dataLen]byte
	if _, err := rand.Read(raw[:]); err != nil {
		// crypto/rand never fails on supported platforms (Go 1.24+ panics
		// internally instead); keep the guard for clarity.
		panic("ticket: crypto/rand: " + err.Error())
	}
	d := make([]byte, totalLen)
	for i := range raw {
		d[i] = raw[i] & 0x1f
	}
	d[dataLen] = checkSymbol(d[:dataLen])
	return format(d)
}

func format(d []byte) string {
	var b strings.Builder
	b.Grow(totalLen + 2)
	for i, v := range d {
		if i == 4 || i == 8 {
			b.WriteByte('-')
		}
		b.WriteByte(alphabet[v])
	}
	return b.String()
}

// Parse checks s and returns the canonical form. Input is case-insensitive,
// accepts I/L for 1 and O for 0, and ignores hyphens and spaces.
func Parse(s string) (string, error) {
	if len(s) > 64 {
		return "", ErrInvalid
	}
	d := make([]byte, 0, totalLen)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' || c == ' ' {
			continue
		}
		v := decode[c]
		if v < 0 || len(d) == totalLen {
			return "", ErrInvalid
		}
		d = append(d, byte(v))
	}
	if len(d) != totalLen || syndrome(d) != 0 {
		return "", ErrInvalid
	}
	return format(d), nil
}

// Valid reports whether s is a well-formed ticket.
func Valid(s string) bool { _, err := Parse(s); return err == nil }
