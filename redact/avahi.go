package redact

import "bytes"

// avahiTxt reads the TXT record line of avahi-browse -r, the word "txt"
// ending at j: `   txt = ["pk=9a8b…" "deviceid=…" …]`. Most entries are
// found by their shapes (MACs, UUIDs, hosts) or say nothing; a few hold a
// device's or a library's lasting id in no shape of its own: AirPlay's
// "pk" (the device's public key) and DAAP's (iTunes and Music library
// sharing) "Machine ID", "Database ID" and "MID". They are learned (logs
// repeat them) and replaced as machine ids.
func (sc *scanner) avahiTxt(j int) {
	b := sc.b
	if j < 3 || j+5 >= len(b) || string(b[j-3:j+5]) != `txt = ["` {
		return
	}
	le := lineEnd(b, j)
	for p := j + 4; p < le; p++ {
		if b[p] != '"' {
			continue
		}
		e := p + 1
		for e < le && b[e] != '"' {
			e++
		}
		if e >= le {
			return
		}
		if eq := bytes.IndexByte(b[p+1:e], '='); eq > 0 {
			sc.txtID(b[p+1:p+1+eq], p+2+eq, e)
		}
		p = e
	}
}

// txtID replaces the value [s, e) of the TXT record entry named key when
// the key names a lasting id and the value has its shape.
func (sc *scanner) txtID(key []byte, s, e int) {
	b := sc.b
	switch string(key) {
	case "pk":
		if e-s != 64 || !allHex(b[s:e]) {
			return
		}
	case "Machine ID", "Database ID", "MID":
		if v := b[s:e]; len(v) > 2 && v[0] == '0' && v[1]|0x20 == 'x' {
			s += 2
		}
		if e-s < 8 || e-s > 32 || !allHex(b[s:e]) {
			return
		}
	default:
		return
	}
	sc.learnedSpan(s, e, ClassMachineID)
}
