package collector

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"path/filepath"
	"strings"
)

// Format names what a file looks like; the daemon picks the parser from it.
type Format string

// Formats recognised by Sniff. FormatUnknown is the empty string.
const (
	FormatUnknown    Format = ""
	FormatMinidump   Format = "minidump"
	FormatELFCore    Format = "elfcore"
	FormatAppleIPS   Format = "apple-ips"
	FormatAppleCrash Format = "apple-crash"
	FormatTextLog    Format = "textlog"
	FormatPerfLog    Format = "perflog"
)

// SniffLen is how many leading bytes Sniff wants to see. Shorter heads work,
// but JSON headers longer than the head are then judged by name only.
const SniffLen = 8 << 10

var (
	magicMDMP = []byte("MDMP")
	magicELF  = []byte("\x7fELF")
	magicZstd = []byte{0x28, 0xb5, 0x2f, 0xfd}
)

// Sniff classifies a file from its first bytes (ideally SniffLen of them) and
// its base name. Magic numbers decide first; text formats are recognised by
// content, never by extension alone, because names in a dump folder are
// chosen by whoever wrote there.
func Sniff(head []byte, name string) Format {
	switch {
	case bytes.HasPrefix(head, magicMDMP):
		return FormatMinidump
	case bytes.HasPrefix(head, magicELF):
		if elfType(head) == 4 { // ET_CORE; executables and libraries are not reports
			return FormatELFCore
		}
		return FormatUnknown
	case bytes.HasPrefix(head, magicZstd):
		// systemd-coredump stores cores zstd-compressed (core.*.zst); the
		// elfcore parser checks the ELF header after decompressing.
		return FormatELFCore
	}
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return FormatTextLog // UTF-16 with a BOM: Windows apps write logs like this
	}
	text, ok := asText(head)
	if !ok {
		return FormatUnknown
	}
	line := firstLine(text)
	if f := sniffJSONLine(line, name, len(line) == len(text) && len(head) >= SniffLen); f != FormatUnknown {
		return f
	}
	if isAppleCrash(text) {
		return FormatAppleCrash
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return FormatUnknown
	}
	return FormatTextLog
}

// elfType returns e_type honouring EI_DATA, or 0 when the header is short.
func elfType(h []byte) uint16 {
	if len(h) < 18 {
		return 0
	}
	switch h[5] {
	case 1:
		return binary.LittleEndian.Uint16(h[16:])
	case 2:
		return binary.BigEndian.Uint16(h[16:])
	}
	return 0
}

// asText reports whether head is plausibly 8-bit text (UTF-8 or a legacy
// code page) and returns it without a UTF-8 BOM.
func asText(head []byte) ([]byte, bool) {
	head = bytes.TrimPrefix(head, []byte{0xef, 0xbb, 0xbf})
	if len(head) == 0 {
		return nil, false
	}
	ctrl := 0
	for _, b := range head {
		switch {
		case b == 0:
			return nil, false
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1b:
			ctrl++
		}
	}
	// A few stray control bytes occur in real logs; binaries have many.
	if ctrl*100 > len(head) {
		return nil, false
	}
	// Invalid UTF-8 is still text: Latin-1 and CP-1252 logs are common.
	return head, true
}

func firstLine(text []byte) []byte {
	text = bytes.TrimLeft(text, " \t\r\n")
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		return bytes.TrimRight(text[:i], "\r")
	}
	return text
}

// sniffJSONLine recognises the two JSON-based formats: Apple .ips (a one-line
// JSON header with bug_type/app_name, then a JSON body) and perf logs (JSON
// Lines whose first object has "ts" and "metric" or "event"). truncated says
// the first line did not fit in the head, so it cannot be decoded.
func sniffJSONLine(line []byte, name string, truncated bool) Format {
	if len(line) < 2 || line[0] != '{' {
		return FormatUnknown
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		if truncated && strings.EqualFold(filepath.Ext(name), ".ips") &&
			(bytes.Contains(line, []byte(`"bug_type"`)) || bytes.Contains(line, []byte(`"app_name"`))) {
			return FormatAppleIPS
		}
		return FormatUnknown
	}
	_, bug := obj["bug_type"]
	_, app := obj["app_name"]
	if bug || app {
		return FormatAppleIPS
	}
	_, ts := obj["ts"]
	_, metric := obj["metric"]
	_, event := obj["event"]
	if ts && (metric || event) {
		return FormatPerfLog
	}
	return FormatUnknown
}

// isAppleCrash looks for the legacy CrashReporter header: an identifying key
// ("Incident Identifier:" or "Process:") plus one of the keys every such
// report carries, each at the start of a line near the top. Requiring two
// keys keeps ordinary logs that mention "Process:" out.
func isAppleCrash(text []byte) bool {
	var ident, other bool
	for _, line := range bytes.SplitN(text, []byte("\n"), 60) {
		line = bytes.TrimSpace(line)
		switch {
		case bytes.HasPrefix(line, []byte("Incident Identifier:")), bytes.HasPrefix(line, []byte("Process:")):
			ident = true
		case bytes.HasPrefix(line, []byte("Exception Type:")), bytes.HasPrefix(line, []byte("Code Type:")),
			bytes.HasPrefix(line, []byte("Crashed Thread:")), bytes.HasPrefix(line, []byte("OS Version:")):
			other = true
		}
		if ident && other {
			return true
		}
	}
	return false
}
