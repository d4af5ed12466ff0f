package redact

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Bluetooth device lists name a device as its owner renamed it, and
// people drop the possessive ("Kofi AirPods Pro", "Ama Owusu iPhone"):
// where a list names a device, one or two name words before a device
// word of bareDevices are the owner's name. The lists are read from the
// device's address (colonHexAt found it): bluetoothctl's "Device
// <address> <name>" and, after "Device <address> (public)", its "Name:"
// and "Alias:" lines; system_profiler SPBluetoothDataType's heading
// before "Address: <address>".

// btNames reads the device names around the address [p, e).
func (sc *scanner) btNames(p, e int) {
	b := sc.b
	if p >= 7 && string(b[p-7:p]) == "Device " {
		le := lineEnd(b, e)
		if e+1 >= le || b[e] != ' ' {
			return
		}
		if b[e+1] == '(' {
			sc.btInfoNames(le) // bluetoothctl info: "Device <address> (public)"
		} else {
			sc.bareOwnerDevice(e+1, le)
		}
		return
	}
	if p >= 8 && b[p-1] == '(' && b[p-2] == ' ' {
		sc.bareOwnerBefore(p - 2) // "Connected to Kofi AirPods Pro (<address>)"
		return
	}
	if p < 10 || string(b[p-9:p]) != "Address: " {
		return
	}
	// system_profiler: the heading on the line before, "    Kofi AirPods Pro:"
	ls := p - 9
	for ls > 0 && (b[ls-1] == ' ' || b[ls-1] == '\t') {
		ls--
	}
	if ls == 0 || b[ls-1] != '\n' {
		return
	}
	he := ls - 1
	if he > 0 && b[he-1] == '\r' {
		he--
	}
	if he == 0 || b[he-1] != ':' {
		return
	}
	hs := he - 1
	for hs > 0 && he-hs < 80 && !lineBreak(b[hs-1]) {
		hs--
	}
	for hs < he && (b[hs] == ' ' || b[hs] == '\t') {
		hs++
	}
	sc.bareOwnerDevice(hs, he-1)
}

// btInfoNames reads bluetoothctl info's indented "Name:" and "Alias:"
// lines after the line ending at le.
func (sc *scanner) btInfoNames(le int) {
	b := sc.b
	for n := 0; n < 16 && le < len(b); n++ {
		p := le + 1
		if b[le] == '\r' && p < len(b) && b[p] == '\n' {
			p++
		}
		if p >= len(b) || b[p] != '\t' && b[p] != ' ' {
			return // the device's lines end
		}
		for p < len(b) && (b[p] == '\t' || b[p] == ' ') {
			p++
		}
		le = lineEnd(b, p)
		if strings.HasPrefix(string(b[p:min(le, p+7)]), "Name: ") {
			sc.bareOwnerDevice(p+6, le)
		} else if strings.HasPrefix(string(b[p:min(le, p+7)]), "Alias: ") {
			sc.bareOwnerDevice(p+7, le)
		}
	}
}

// bareDevices are the device words a bare owner's name goes before:
// what Apple's and Samsung's devices, which name themselves after their
// owner, are called (not "PC", "Phone" or "Speaker", which a room or a
// use names as often: "Office PC", "Kitchen Speaker").
var bareDevices = []string{"AirPods", "iPhone", "iPad", "MacBook", "iMac", "Apple Watch", "HomePod", "Galaxy", "Pixel",
	"Beats", "Magic Keyboard", "Magic Mouse", "Magic Trackpad", "Buds", "Buds2", "Buds3"}

// notOwnerWords name a device's room or use, not its owner ("Kitchen
// HomePod", "Work iPhone", "Living Room HomePod"), or what a button or
// a menu does to it ("Find iPhone", "Reset AirPods"), lowercased.
var notOwnerWords = wordSet(`room living bedroom kitchen office studio den garage bathroom lounge hall dining master
	guest kids kid work home school spare old new main backup test dev family shared personal company travel gaming
	music media dj car left right front back upstairs downstairs basement attic nursery
	original genuine refurbished replacement fake generic default wireless bluetooth my your our his her
	buy find setup connect disconnect pair unpair reset update backup restore unlock lock locate sync open close
	share erase wipe sell trade track lost stolen unknown unnamed forget remove rename manage use add choose select
	apple this that any another other`)

// bareOwnerBefore replaces the owner's name before the device whose name
// ends at the blank at p, before its address in parentheses: one or two
// name words before a device word of bareDevices and its model words.
func (sc *scanner) bareOwnerBefore(p int) {
	b := sc.b
	deviceWordsBefore(b, p, func(ws int, _ string) (bool, bool) {
		for _, d := range bareDevices {
			if strings.HasPrefix(string(b[ws:p]), d) && (ws+len(d) == p || !isAlnum(b[ws+len(d)])) {
				sc.ownerWordsBefore(ws - 1)
				return true, true
			}
		}
		return false, false
	})
}

// ownerWordsBefore replaces one or two owner's name words ending at the
// blank at p (see bareOwnerDevice).
func (sc *scanner) ownerWordsBefore(p int) {
	b := sc.b
	s := p
	for n := 0; n < 2 && s > 0 && b[s] == ' '; n++ {
		ws := s
		for ws > 0 && s-ws < 24 && (isLetter(b[ws-1]) || b[ws-1] >= 0x80 || b[ws-1] == '-') {
			ws--
		}
		w := string(b[ws:s])
		lw := strings.ToLower(w)
		if ws == s || ws > 0 && isAlnum(b[ws-1]) || !utf8.ValidString(w) || !nameWord(w, false) || notOwnerWords[lw] || deviceMakers[lw] || deviceModelWords[lw] || personalDevices[w] {
			break
		}
		s = ws
		if s == 0 || b[s-1] != ' ' {
			break
		}
		s--
	}
	if s < p && b[s] == ' ' {
		s++
	}
	if s < p {
		sc.nameSpan(s, p)
	}
}

// bareOwnerDevice replaces the owner's name in the device name [s, e):
// one or two name words and a device word of bareDevices after them.
func (sc *scanner) bareOwnerDevice(s, e int) {
	b := sc.b
	k := s
	for n := 0; n < 2; n++ {
		ws := k
		for k < e && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '-') {
			k++
		}
		if k == ws || k+1 >= e || b[k] != ' ' {
			return
		}
		w := string(b[ws:k])
		lw := strings.ToLower(w)
		if !utf8.ValidString(w) || !nameWord(w, false) || notOwnerWords[lw] || deviceMakers[lw] || deviceModelWords[lw] || personalDevices[w] ||
			appleApps[lw] {
			return // ("Galaxy Buds2 Pro": the device's own words; "Settings iPhone")
		}
		k++
		for _, d := range bareDevices {
			// (not glued to a pseudonym: the word a first pass saw went on,
			// "Buds2AA’s" of "B Buds2AA’s")
			if strings.HasPrefix(string(b[k:e]), d) && (k+len(d) == e || !isAlnum(b[k+len(d)]) && b[k+len(d)] != '<') {
				sc.nameSpan(s, k-1)
				return
			}
		}
		if strings.HasPrefix(string(b[k:e]), "Phone") && (k+5 == e || !isAlnum(b[k+5]) && b[k+5] != '<') && !phoneUses[lw] {
			// "Kwame Phone": a phone its owner named so ("Desk Phone",
			// "Mobile Phone", "Business Phone" are kinds of phones)
			sc.nameSpan(s, k-1)
			return
		}
	}
}

// phoneUses name a kind or use of a phone before "Phone", lowercased (the
// fields of a contact card, kinds of devices), not its owner.
var phoneUses = wordSet(`business primary mobile cell cellular smart desk desktop conference speaker answer daytime
	evening night contact emergency alternate alt billing shipping customer verify enter pager fax radio satellite
	cordless landline video voip sip soft ip hands handsfree headset burner essential feature dumb candy bar rotary
	pay public prepaid trusted recovery registered current assistant callback tty tdd telex other company main
	iphone ipad galaxy pixel android windows nothing fairphone jolla ubuntu firefox sailfish lumia
	sales service reception lobby hotline helpdesk staff admin security hr finance accounts marketing operations ops
	dispatch courtesy nurse lab
	cisco yealink polycom poly grandstream avaya snom gigaset panasonic alcatel siemens mitel aastra fanvil zoom teams
	webex vonage ooma obihai skype`)

// quotedBareOwner reads the quoted device name that starts at i (after
// its '"'): `name="Ama iPad"`, `Bluetooth: "Kwame AirPods" connected`,
// one or two name words and a device word of bareDevices up to the
// closing quote (bareOwnerDevice).
func (sc *scanner) quotedBareOwner(i int) {
	b := sc.b
	for q := i; q < len(b) && q-i < 48; q++ {
		switch b[q] {
		case '"':
			sc.bareOwnerDevice(i, q)
			if roomDeviceKey(b, i) {
				sc.roomPairOwner(i, q) // `"name": "Kofi Bedroom"` (rooms.go)
			}
			return
		case '\n', '\r', '\\':
			return
		}
	}
}

// parenBareOwner reads the device name in parentheses at i, after an
// endpoint's kind, as Windows names an audio endpoint ("Headphones (Kofi
// AirPods Pro)", "Headset (Wanjiru Galaxy Buds2 Pro)"): a bare owner's
// name before a device word of bareDevices.
func (sc *scanner) parenBareOwner(i int) {
	b := sc.b
	e := i
	for e < len(b) && e-i < 64 && b[e] != ')' && !lineBreak(b[e]) {
		e++
	}
	if e < len(b) && b[e] == ')' {
		sc.bareOwnerDevice(i, e)
		if i >= 3 && endpointKindBefore(b, i-2) {
			sc.roomPairOwner(i, e) // "Speakers (Kofi Bedroom)" (rooms.go)
		}
	}
}

// bluezNames reads the names pactl list gives a Bluetooth sink, source
// or card whose "Name: bluez_output.<address>.1" holds the address at p:
// its "Description:" line and its properties' device.description,
// node.description and device.alias, up to the next entry.
func (sc *scanner) bluezNames(p int) {
	b := sc.b
	ls := p
	for ls > 0 && p-ls < 24 && !lineBreak(b[ls-1]) {
		ls--
	}
	k := ls
	for k < p && (b[k] == ' ' || b[k] == '\t') {
		k++
	}
	if !strings.HasPrefix(string(b[k:p]), "Name: bluez_") {
		return
	}
	le := lineEnd(b, p)
	for n := 0; n < 48 && le < len(b); n++ {
		q := le + 1
		if b[le] == '\r' && q < len(b) && b[q] == '\n' {
			q++
		}
		if q >= len(b) || b[q] != '\t' && b[q] != ' ' {
			return // the entry ends
		}
		for q < len(b) && (b[q] == '\t' || b[q] == ' ') {
			q++
		}
		le = lineEnd(b, q)
		line := string(b[q:le])
		switch {
		case strings.HasPrefix(line, "Description: "):
			sc.bareOwnerDevice(q+13, le)
		case strings.HasPrefix(line, `device.description = "`), strings.HasPrefix(line, `node.description = "`), strings.HasPrefix(line, `device.alias = "`):
			vs := q + strings.IndexByte(line, '"') + 1
			if ve := le - 1; ve > vs && b[ve] == '"' {
				sc.bareOwnerDevice(vs, ve)
			}
		case strings.HasPrefix(line, "Name: "):
			return
		}
	}
}

// btWearables are the device words a Bluetooth daemon's "Connected to"
// names after its owner besides bareDevices ("Kofi Headphones", "Ama
// Owusu Earbuds"): a name there is the owner's, not a room's or a
// maker's (roomOwnerWord).
var btWearables = []string{"Headphones", "Headset", "Earbuds", "Earphones", "Speaker"}

// btConnectedTo handles the device a Bluetooth line names after
// "Connected to" or "Connecting to", the word [i, j): "bluetoothd[300]:
// Connected to Kofi Headphones", "Bluetooth: connecting to Ama Owusu
// AirPods Pro": one or two owner's name words before a device word.
// "Connected to Focusrite Scarlett 2i2" names no device word, "Connected
// to Sony Headphones" a maker.
func (sc *scanner) btConnectedTo(i, j int) {
	b := sc.b
	p := j + 4
	if matchFold(b, j, " to ") != p || p >= len(b) || b[p]-'A' >= 26 || !btLine(b, i) {
		return
	}
	k := p
	for n := 0; n < 2; n++ {
		ws := k
		for k < len(b) && k-ws < 24 && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '-') {
			k++
		}
		if k == ws || k+1 >= len(b) || b[k] != ' ' {
			return
		}
		w := string(b[ws:k])
		if !roomOwnerWord(w) || notOwnerWords[strings.ToLower(w)] || personalDevices[w] {
			return
		}
		k++
		if btDeviceAt(b, k) {
			sc.nameSpan(p, k-1)
			return
		}
	}
}

// btDeviceAt: a device word of bareDevices or btWearables starts at k
// and ends a word.
func btDeviceAt(b []byte, k int) bool {
	for _, set := range [][]string{bareDevices, btWearables} {
		for _, d := range set {
			e := k + len(d)
			if e <= len(b) && string(b[k:e]) == d && (e == len(b) || !isAlnum(b[e]) && b[e] != '<') {
				return true
			}
		}
	}
	return false
}

// btLine: the line before i (read at most 64 bytes back) is a Bluetooth
// daemon's or names Bluetooth ("bluetoothd[300]: ", "Bluetooth: ").
func btLine(b []byte, i int) bool {
	ls := i
	for ls > 0 && i-ls < 64 && !lineBreak(b[ls-1]) {
		ls--
	}
	l := b[ls:i]
	return bytes.Contains(l, []byte("luetooth")) || bytes.Contains(l, []byte("LUETOOTH"))
}
