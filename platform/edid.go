package platform

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"strings"
)

// FormatError reports malformed data from an OS source (EDID block,
// system_profiler JSON, registry value).
type FormatError struct {
	Source string // "edid", "system_profiler", ...
	Off    int64  // byte offset, -1 if not applicable
	Msg    string
}

func (e *FormatError) Error() string {
	if e.Off >= 0 {
		return fmt.Sprintf("platform: %s: %s at offset %#x", e.Source, e.Msg, e.Off)
	}
	return fmt.Sprintf("platform: %s: %s", e.Source, e.Msg)
}

// edidInfo is what a snapshot keeps from a monitor's EDID. The EDID also
// holds the monitor's serial number (bytes 12-15 and the 0xFF descriptor);
// the parser never reads them.
type edidInfo struct {
	Vendor    string // 3-letter PNP id: DEL, SAM, APP
	Name      string // monitor name descriptor: "DELL U2720Q"
	Width     int    // preferred (first detailed) timing
	Height    int
	RefreshHz float64
}

var edidHeader = []byte{0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0}

// parseEDID reads the 128-byte EDID base block (extensions are ignored).
func parseEDID(b []byte) (edidInfo, error) {
	var e edidInfo
	if len(b) < 128 {
		return e, &FormatError{"edid", int64(len(b)), "short block"}
	}
	if !bytes.Equal(b[:8], edidHeader) {
		return e, &FormatError{"edid", 0, "bad header"}
	}
	var sum byte
	for _, c := range b[:128] {
		sum += c
	}
	if sum != 0 {
		return e, &FormatError{"edid", 127, "bad checksum"}
	}
	m := binary.BigEndian.Uint16(b[8:10])
	letters := []byte{byte(m>>10&0x1f) + '@', byte(m>>5&0x1f) + '@', byte(m&0x1f) + '@'}
	if bytes.IndexFunc(letters, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0 {
		e.Vendor = string(letters)
	}
	for i := 0; i < 4; i++ {
		d := b[54+18*i : 54+18*(i+1)]
		clock := binary.LittleEndian.Uint16(d[0:2])
		if clock != 0 {
			if e.Width != 0 {
				continue // only the first (preferred) timing
			}
			hActive := int(d[2]) | int(d[4]&0xf0)<<4
			hBlank := int(d[3]) | int(d[4]&0x0f)<<8
			vActive := int(d[5]) | int(d[7]&0xf0)<<4
			vBlank := int(d[6]) | int(d[7]&0x0f)<<8
			if total := (hActive + hBlank) * (vActive + vBlank); total > 0 && hActive > 0 && vActive > 0 {
				e.Width, e.Height = hActive, vActive
				hz := float64(clock) * 10000 / float64(total)
				e.RefreshHz = math.Round(hz*100) / 100
			}
			continue
		}
		// Display descriptor: tag 0xFC is the name. 0xFF (serial) and
		// 0xFE (free text, often a serial too) are skipped on purpose.
		if d[3] == 0xfc {
			txt := d[5:18]
			if i := bytes.IndexByte(txt, 0x0a); i >= 0 {
				txt = txt[:i]
			}
			e.Name = cleanName(strings.TrimSpace(string(txt)))
		}
	}
	return e, nil
}
