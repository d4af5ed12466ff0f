package redact

import (
	"bytes"
	"strings"
	"testing"
)

// Leak: who used the machine or the app last kept its account: Winlogon's
// "DefaultUserName", LogonUI's "LastLoggedOnUser" (".\tavita.l") and
// "LastLoggedOnDisplayName" rows of reg query, an app's "lastUser =
// tavita.l". Those keys now hold an account (a full name for the display
// name), and ".\" before one is this machine's name, not the account's.
func TestProbe24LastUser(t *testing.T) {
	in := "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\n" +
		"    DefaultUserName    REG_SZ    tavita.l\n    DefaultDomainName    REG_SZ    .\n" +
		"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\LogonUI\n" +
		"    LastLoggedOnUser    REG_SZ    .\\mere.tane\n    LastLoggedOnDisplayName    REG_SZ    Siosaia Fifita\n" +
		"[Settings]\nlastUser = ivana.horvat\npreviousUser: lemlem_t\n"
	checkAllEncodings(t, "lastuser", in, []string{"tavita", "mere", "tane", "Siosaia", "Fifita", "ivana", "horvat", "lemlem"}, "tavita and mere.tane")
	mustKeep(t, "lastuser", scrubTwice(t, in), "    DefaultUserName    REG_SZ    <user-1>\n    DefaultDomainName    REG_SZ    .\n",
		"LastLoggedOnUser    REG_SZ    .\\<user-2>\n")
	keep := "lastUser = none\nlastUser: (null)\n    DefaultUserName    REG_SZ    \n    LastLoggedOnUser    REG_SZ    \n"
	mustKeepTwice(t, keep)
}

// Leak: a ticket's "Reporter:", "Caller:", "Agent:", "Bcc:" and "Handled
// by:" kept the person named after them ("Reporter" and "Bcc" were in
// ticket.go's list, but the key pre-filter had no trigram of theirs). A
// full name there is now a person's; a browser, a crash reporter, a bot
// or a thread stays.
func TestProbe24TicketKeys(t *testing.T) {
	in := "Ticket #48213\nReporter: Thabo Nkosi\nCaller: Ngozi Adeyemi\nAgent: Mateus Oliveira\n" +
		"Bcc: Hana Kobayashi\nHandled by: Zeynep Aydın\n"
	checkAllEncodings(t, "ticketkeys", in, []string{"Thabo", "Nkosi", "Ngozi", "Adeyemi", "Mateus", "Oliveira", "Hana", "Kobayashi",
		"Zeynep", "Aydın"}, "Nkosi and Adeyemi")
	mustKeep(t, "ticketkeys", scrubTwice(t, in), "Reporter: <user-1>\nCaller: <user-2>\n")
	keep := "Agent: Mozilla Firefox\nAgent: Google Chrome\nCaller: engine/mixer.go:123\nAgent: Support Bot\n" +
		"Caller: Unknown Caller\nCaller: Main Thread\nAgent: Windows Update\nAgent: Crash Reporter\nReporter: Crash Reporter\n" +
		"Agent: Sentry Native\nCaller: Audio Engine\nAgent: Datadog Agent\nReporter: Breakpad Client\n"
	mustKeepTwice(t, keep)
}

// Over-scrub: a title in capitals, "GROFF'S TTY", read the program as a
// person and learned it ("groff -Tutf8" lost its name), and a crate's
// "Mr & Mrs Wedding" learned "Wedding" (every "Wedding" playlist went).
// A program's interface after a possessive, and a genre or an occasion
// alone after a title, now stay; a person there still goes.
func TestProbe24TitleOverscrub(t *testing.T) {
	keep := "GROFF'S TTY OUTPUT\ngroff -Tutf8 man.1 | less\nCrates: Mr & Mrs Wedding\nthe Wedding playlist\nMr Disco\n"
	mustKeepTwice(t, keep)
	in := "KWAME'S SET\nMr & Mrs Okafor wedding reception\n"
	checkAllEncodings(t, "titles", in, []string{"KWAME", "Okafor"}, "Kwame and Okafor")
}

// Leak: a contact card pasted into a report kept its telephone numbers:
// a vCard's "TEL;TYPE=CELL:+27 82 555 0142" glues the number to the key
// and its parameters, where neither the key detectors nor the
// international number's detector look. A number after "TEL" and its
// parameters at a line's start is now a phone number; a line of another
// key, or "TEL" before no number, stays.
func TestProbe24VcardTel(t *testing.T) {
	in := "BEGIN:VCARD\nVERSION:3.0\nFN:Thabo Nkosi\nTEL;TYPE=CELL:+27 82 555 0142\nTEL;TYPE=HOME,VOICE:011 555 0199\n" +
		"TEL:0825550173\nEND:VCARD\n"
	checkAllEncodings(t, "vcardtel", in, []string{"555 0142", "555 0199", "0825550173"}, "")
	mustKeep(t, "vcardtel", scrubTwice(t, in), "TEL;TYPE=CELL:<phone-1>\n", "TEL;TYPE=HOME,VOICE:<phone-2>\n")
	keep := "TEL;TYPE=CELL:\nTEL:2024-05-01\nTEL;VALUE=uri:tel\nVERSION:3.0\nTEL: 12\nTEL;X:v1.2.3\n"
	mustKeepTwice(t, keep)
}

// Leak: a reply quoting Outlook's headers without addresses ("From: Aiko
// Tanaka", "Sent: …", "To: Rafael Gómez", "Cc: Mehmet Yılmaz; Olga
// Ivanova") kept the names, and a Cc of names apart by ';' kept all but
// the first. In a run of header lines holding "Sent:" or "Subject:", a
// full name after "From:" or "To:" is now a person's, and names apart by
// ';' are each one; "From: Deck A" and the like outside a mail's headers
// stay.
func TestProbe24MailHeaderNames(t *testing.T) {
	in := "-----Original Message-----\nFrom: Aiko Tanaka\nSent: Monday, March 2, 2026 4:15 PM\nTo: Rafael Gómez\n" +
		"Cc: Mehmet Yılmaz; Olga Ivanova\nSubject: RE: crash on load\n\n> From: Wanjiru Kamau\n> Date: 2 March 2026\n> Subject: crash\n"
	checkAllEncodings(t, "mailheaders", in, []string{"Aiko", "Tanaka", "Rafael", "Gómez", "Mehmet", "Yılmaz", "Olga", "Ivanova",
		"Wanjiru", "Kamau"}, "Tanaka and Ivanova")
	mustKeep(t, "mailheaders", scrubTwice(t, in), "From: <user-1>\nSent: Monday, March 2, 2026 4:15 PM\nTo: <user-2>\nCc: <user-3>; <user-4>\n")
	keep := "Transition\nFrom: Deck A\nTo: Deck B\n\nFrom: Main Menu\nTo: Settings Page\nDate: 2024-01-01\n\n" +
		"From: Serato Library\nTo: Rekordbox Collection\nDate: today\n\nFrom: Old Version\nTo: New Version\nSubject: Update\n"
	mustKeepTwice(t, keep)
}

// Leak: a reply's attribution line as Gmail writes it in Spanish, "Matías
// Rojas (<mrojas@gmail.com>) escribió:", and an address in brackets after
// a name, "Kwabena Owusu (kwabena.o@gmail.com)", kept the name (only the
// "Name <address>" form was read). Both now name the person; a screen's
// label before an address in brackets ("Account Settings (…)") stays.
func TestProbe24ParenMailName(t *testing.T) {
	in := "El lun, 2 mar 2026 a las 16:15, Matías Rojas (<mrojas@gmail.com>) escribió:\n" +
		"Reported by Kwabena Owusu (kwabena.o@gmail.com) via the app\n"
	checkAllEncodings(t, "parenmail", in, []string{"Matías", "Rojas", "Kwabena", "Owusu"}, "Rojas and Owusu")
	mustKeep(t, "parenmail", scrubTwice(t, in), "16:15, <user-1> (<<email-1>>) escribió:\n")
	out := scrubTwice(t, "Account Settings (kwame@x.com)\nSync Error (support@example.com)\nContact Support (help@serato.com) for details\n")
	mustKeep(t, "parenmail", out, "Account Settings (<email-1>)\nSync Error (<email-2>)\nContact Support (<email-3>)")
}

// Leak: bluetoothd's "a2dp-sink profile connect failed for
// 24:11:53:AB:CD:EF: Protocol not available" kept the device's address:
// the ':' glued after it read as one more group. An address followed by
// ':' and a blank is now a MAC address.
func TestProbe24MACColon(t *testing.T) {
	in := "bluetoothd[812]: src/service.c:btd_service_connect() a2dp-sink profile connect failed for 24:11:53:AB:CD:EF: Protocol not available\n" +
		"bluetoothd[812]: Unable to get io data for Headset Voice gateway: getpeername: Transport endpoint is not connected (107)\n" +
		"hfp: 7C:1E:52:0A:9B:3D: connection refused\n"
	checkAllEncodings(t, "maccolon", in, []string{"24:11:53:AB:CD:EF", "7C:1E:52:0A:9B:3D"}, "")
	mustKeep(t, "maccolon", scrubTwice(t, in), "failed for <mac-1>: Protocol not available\n", "hfp: <mac-2>: connection refused\n")
	mustKeepTwice(t, "fe80::1:2:3:4: up\n12:30:45: started\nat 0x12:34:56:78:9a:bc:de: x\n")
}

// Over-scrub: a Bluetooth device named after its owner without a
// possessive ("Device <address> Thabo Galaxy S23") learned "Galaxy" as
// Thabo's surname, and every "Samsung Galaxy S23" after lost the model's
// name. A device's or a maker's word after a learned first name is now no
// surname.
func TestProbe24DeviceNoSurname(t *testing.T) {
	in := "[NEW] Device 7C:1E:52:11:22:33 Thabo Galaxy S23\n[NEW] Device 7C:1E:52:11:22:34 Mariana Pixel 8\n" +
		"Samsung Galaxy S23 connected\nGoogle Pixel 8 battery 80%\nThabo Nkosi\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "devsurname", out, "Thabo", "Mariana", "Nkosi")
	mustKeep(t, "devsurname", out, "<user-1> Galaxy S23\n", "<user-2> Pixel 8\n", "Samsung Galaxy S23 connected\nGoogle Pixel 8 battery 80%\n")
}

// Leak: a Bluetooth list's "Device <address> Oluwaseun Buds Pro" (Samsung
// earbuds named after their owner, the possessive dropped) kept the name:
// "Buds" was no device word of btnames.go. It is now; "Galaxy Buds2 Pro"
// and "Pixel Buds Pro" stay, their first word a device's.
func TestProbe24BudsOwner(t *testing.T) {
	in := "[NEW] Device 7C:1E:52:11:22:33 Oluwaseun Buds Pro\n[NEW] Device 7C:1E:52:11:22:34 Ama Owusu Buds3 Pro\n" +
		"Connected to Kofi Buds2 (7C:1E:52:11:22:35)\n"
	checkAllEncodings(t, "buds", in, []string{"Oluwaseun", "Ama", "Owusu", "Kofi"}, "Oluwaseun and Owusu")
	mustKeep(t, "buds", scrubTwice(t, in), "> <user-1> Buds Pro\n")
	out := scrubTwice(t, "[NEW] Device 7C:1E:52:11:22:33 Galaxy Buds2 Pro\n[NEW] Device 7C:1E:52:11:22:34 Pixel Buds Pro\nConnected to Galaxy Buds Live (7C:1E:52:11:22:35)\n")
	mustKeep(t, "buds", out, "> Galaxy Buds2 Pro\n", "> Pixel Buds Pro\n", "to Galaxy Buds Live (<mac-3>)\n")
}

// Leak: an Android phone's name after its model and its owner,
// "Galaxy-S23-Thabo", "Pixel-7-Mariana" (a Bluetooth list's, a hotspot's
// client), was kept where no key named it a host. It is now a host name,
// replaced whole; a model's name alone ("Galaxy-S23-Ultra", "Pixel-7-Pro")
// stays.
func TestProbe24ModelDashName(t *testing.T) {
	in := "Connected to Galaxy-A54-Wanjiru\n[CHG] Device 7C:1E:52:11:22:33 Name: Galaxy-S23-Thabo\nPixel-7-Mariana joined the network\n" +
		"Galaxy-Tab-S9-Kofi\n"
	checkAllEncodings(t, "modeldash", in, []string{"Wanjiru", "Thabo", "Mariana", "Kofi"}, "")
	mustKeep(t, "modeldash", scrubTwice(t, in), "Connected to <host-1>\n")
	mustKeepTwice(t, "Galaxy-S23-Ultra\nGalaxy-Note-20\nPixel-7-Pro\nGalaxy-S23-Ultra-5G\nGalaxy-Buds2-Pro\nPixel-8a-Setup\nGalaxy-A54-Default\n")
}

// Leak: a calendar's event naming whose birthday it is after the event,
// "Birthday - Amaka", "SUMMARY:Birthday - Chukwuemeka Obi" (iCalendar),
// kept the name ("Amaka's Birthday" was read). One or two name words
// ending the name after a person's event that opens it are now the
// person's; a song's "Happy Birthday - Stevie Wonder" or "Birthday -
// Party Mix" stays.
func TestProbe24BirthdayAfter(t *testing.T) {
	in := "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260314\nSUMMARY:Birthday - Chukwuemeka Obi\nEND:VEVENT\nUpcoming events\nBirthday - Amaka\n"
	learnedEncodings(t, "bdayafter", in, []string{"Chukwuemeka", "Obi", "Amaka"})
	mustKeep(t, "bdayafter", scrubTwice(t, in), "SUMMARY:Birthday - <user-1>\n", "\nBirthday - <user-2>\n")
	mustKeepTwice(t, "Happy Birthday - Stevie Wonder\nBirthday - Party Mix\nBirthday - The Best Of\nSUMMARY:Birthday - Party Mix\n")
}

// Leak: an address spelled out against harvesters after a key naming an
// e-mail, "email me: kofi dot mensah at gmail dot com", lost only "kofi"
// (the key's value) and kept the rest; "kwame [dot] asante [at] gmail
// [dot] com" kept "kwame" (only the plain " dot " was read in the local
// part). The whole address is replaced now, as after other words.
func TestProbe24SpelledEmail(t *testing.T) {
	in := "Hi, please email me: kofi dot mensah at gmail dot com\nmy email is kwame [dot] asante [at] gmail [dot] com\n" +
		"or efua(dot)boateng(at)yahoo(dot)co(dot)uk thanks\n"
	learnedEncodings(t, "spelledmail", in, []string{"kofi", "mensah", "kwame", "asante", "efua", "boateng"})
	mustKeep(t, "spelledmail", scrubTwice(t, in), "email me: <email-1>\n", "my email is <email-2>\n")
	mustKeepTwice(t, "email: not set at startup\nEmail: none at the moment\n")
}

// Leak: "Birthday: Chukwuemeka Obi" (a calendar's or a contact's field
// naming whose birthday it is) took the first name as a date of birth
// and kept the surname. A full name there is now the person's; a date
// stays a date of birth.
func TestProbe24BirthdayName(t *testing.T) {
	in := "Birthday: Chukwuemeka Obi\nDOB: 12 March 1994\nBirthday: March 12, 1994\n"
	checkAllEncodings(t, "bdayname", in, []string{"Chukwuemeka", "Obi", "1994"}, "Chukwuemeka called")
	mustKeep(t, "bdayname", scrubTwice(t, in), "Birthday: <user-1>\nDOB: <birth-date-1>\nBirthday: <birth-date-2>\n")
	mustKeepTwice(t, "birthday: Not Set\n")
}

// Leak: a third person named in a support message after a weak cue, "Ask
// Kwame Mensah about it", "I spoke to Ama Owusu yesterday", "I asked
// Ngozi Eze", kept the name. A full name (two words at least) after
// "ask", "asked" or a verb of talking and "to" is now a person's; one
// word, a product's or a team's name ("Ask Apple Support", "spoke to
// Customer Service") stays.
func TestProbe24WeakCues(t *testing.T) {
	in := "Ask Kwame Mensah about it, he set it up.\nI spoke to Ama Owusu yesterday.\nI asked Ngozi Eze and she agreed\n" +
		"Please ask Tunde Bakare to look at it\n"
	checkAllEncodings(t, "weakcues", in, []string{"Kwame", "Mensah", "Ama", "Owusu", "Ngozi", "Eze", "Tunde", "Bakare"}, "Mensah and Owusu")
	mustKeep(t, "weakcues", scrubTwice(t, in), "Ask <user-1> about it", "I spoke to <user-2> yesterday.")
	keep := "Ask Apple Support about it\nask Serato DJ Pro for help\nI spoke to Customer Service yesterday\n" +
		"Talked to Native Instruments support\nAsk Google Assistant to play\nUpgrade to Serato DJ Pro 3.1\nGo to Settings Page now\n" +
		"Our DJ Booth Setup failed\n"
	mustKeepTwice(t, keep)
}

// Leak: a national number under a signature's or a form's short or
// foreign key, "Ph: 0803 123 4567", "Tel.: 020 7946 0958", "Fax:",
// "Cell:", "Mob.:", "Phone (work):", "Téléphone :", "Telefon:",
// "Teléfono:", "Handy:", was kept (only international numbers were read
// there). Those keys now name a phone number; a value of no number's
// shape stays.
func TestProbe24PhoneKeys(t *testing.T) {
	in := "Thanks,\nNgozi Adeyemi\nPh: 0803 123 4567\nTel.: 020 7946 0958\nFax: 020 7946 0959\nCell: 0803 765 4321\n" +
		"Mob.: 07700 900123\nPhone (work): 01 270 4455\nTéléphone : 06 12 34 56 78\nTelefon: 0151 23456789\n" +
		"Teléfono: 612 345 678\nHandy: 0151 98765432\n"
	checkAllEncodings(t, "phonekeys", in, []string{"123 4567", "7946 0958", "7946 0959", "765 4321", "900123", "270 4455",
		"06 12 34", "23456789", "612 345", "98765432"}, "")
	mustKeep(t, "phonekeys", scrubTwice(t, in), "Ph: <phone-1>\nTel.: <phone-2>\n")
	keep := "Cell: A1\ncell: 3\nTel: n/a\nFax: 2\nPh: 7.4\nCell: 2024-05-01 10:11:12\nTel: v1.2.3\nfax: disabled\n"
	mustKeepTwice(t, keep)
}

// Leak: a support message's "or my office line on 01 270 4455", "fax on
// 020 7946 0958" kept the national number (only "call me at", "my number
// is" and the like announced one). A phone's line or a fax before "is",
// "on" or "at" now announces it; "the line is 12 345 678 long" and a date
// and time after such words stay.
func TestProbe24PhoneLine(t *testing.T) {
	in := "You can call me on +234 803 123 4567 or my office line on 01 270 4455.\nfax on 020 7946 0958\nmy landline is 0171 555 0199\n"
	checkAllEncodings(t, "phoneline", in, []string{"803 123", "270 4455", "7946 0958", "555 0199"}, "")
	mustKeep(t, "phoneline", scrubTwice(t, in), "or my office line on <phone-2>.\n")
	mustKeepTwice(t, "the line is 12 345 678 long\nline at 12:30\nmy number is 2024-01-01 10:00\n")
}

// Leak: a form's or a contact card's "Name: Thabo Nkosi" beside "Email:"
// or "Phone:" kept the name ("Name:" alone names devices, processes,
// settings). A full name under "Name:" at a line's start, with a key of
// a person's details on the line before or after, is now a person's; a
// device's "Name:" beside its other keys stays.
func TestProbe24FormName(t *testing.T) {
	in := "Contact details\nName: Thabo Nkosi\nEmail: thabo@example.com\nPhone: 082 555 0142\n\nCompany: Lagos Beats Ltd\nName: Ngozi Adeyemi\n"
	checkAllEncodings(t, "formname", in, []string{"Thabo", "Nkosi", "Ngozi", "Adeyemi"}, "Nkosi and Adeyemi")
	mustKeep(t, "formname", scrubTwice(t, in), "Name: <user-1>\nEmail: <email-1>\n")
	mustKeepTwice(t, "Name: Realtek Audio\nManufacturer: Realtek\n\nName: Audio Engine\nStatus: OK\n\nName: Scarlett Solo\nAddress: 0x1f\n\nName: Deep House\nTitle: Mix\n")
}

// Leak: a postal address making a line of its own, as a signature or a
// form gives one ("14 Admiralty Way, Lekki Phase 1, Lagos 106104,
// Nigeria", "Apt 4B, 350 Fifth Avenue, New York, NY 10118", "12 rue de
// la Paix, 75002 Paris", "Storgatan 12, 114 51 Stockholm"), was kept (only one announced by "my address
// is", "ship to" or a key was read). A line of a house number (or a
// flat's word) and address words with a named street's kind before a
// comma is now a location; counts and lists of settings stay.
func TestProbe24AddressLine(t *testing.T) {
	in := "Thanks,\nNgozi Adeyemi\nHead of Music | Lagos Beats Ltd\n14 Admiralty Way, Lekki Phase 1, Lagos 106104, Nigeria\n" +
		"Apt 4B, 350 Fifth Avenue, New York, NY 10118\n221B Baker Street, London NW1 6XE\n12 rue de la Paix, 75002 Paris\n"
	in += "Storgatan 12, 114 51 Stockholm\nKerkstraat 5, 1017 GA Amsterdam\nCalle Mayor 5, 28013 Madrid\n"
	checkAllEncodings(t, "addressline", in, []string{"Admiralty", "Lekki", "Fifth Avenue", "Baker", "NW1", "Paix", "Storgatan",
		"Kerkstraat", "Mayor"}, "")
	mustKeep(t, "addressline", scrubTwice(t, in), "Lagos Beats Ltd\n<location-1>\n<location-2>\n")
	mustKeepTwice(t, "3 Main Street\n2 Track Road, then left\n4 Deck Mode, Sync, Quantize\n12 Tracks, 3 Crates, 1 Playlist\n2 Way, 3 Way, 4 Way\n12 channels, 48000 Hz\n"+
		"Dialog 2, Step 3\nCalle 5, 12\nString 12, 3\nMeeting 3, Room 2\nOffering 12, Sunday Service\n")
}

// Leak: a JSON export's device field naming the owner with a genitive
// without apostrophe, {"device":"Björns MacBook Pro"}, kept the name:
// ScrubJSON scans the string alone, where no quote or key comes before
// the word. A value that is a device's name whole, after such a
// genitive, now names the owner; a changelog's "Requires MacBook Pro"
// inside a longer text stays.
func TestProbe24GenitiveValue(t *testing.T) {
	js := `{"ticket":{"custom_fields":{"device":"Björns MacBook Pro","phone":"Åsas iPhone","os":"macOS 14.4"},"notes":"Fixes iPhone crash\nRequires MacBook Pro"}}`
	s := newSession(t, Config{})
	var buf bytes.Buffer
	if err := s.ScrubJSON(&buf, strings.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	mustNotContain(t, "genitivevalue", out, "Björn", "Åsa")
	mustKeep(t, "genitivevalue", out, `MacBook Pro","phone":"<user-2> iPhone"`, `"notes":"Fixes iPhone crash\nRequires MacBook Pro"`)
	mustKeepTwice(t, "Fixes iPhone crash\nRequires MacBook Pro\nShares iPhone\n")
}

// Leak: an app store's review pasted into a report, "App Store review by
// Sipho M.", "Google Play review by Oluwadamilare Ogunleye on …",
// "Reviewer: Priyanka Deshpande", kept the reviewer's name. A full name
// after "review by" or "reviewed by", and under "Reviewer:", is now a
// person's; a service or a team there stays.
func TestProbe24Reviewer(t *testing.T) {
	in := "App Store review by Sipho M. (2 stars): \"Crashes when I plug in my DDJ-400\"\n" +
		"Google Play review by Oluwadamilare Ogunleye on 2026-03-02\nReviewer: Priyanka Deshpande\nReviewed by Kalani Akana\n"
	checkAllEncodings(t, "reviewer", in, []string{"Sipho", "Oluwadamilare", "Ogunleye", "Priyanka", "Deshpande", "Kalani", "Akana"}, "Ogunleye and Deshpande")
	mustKeep(t, "reviewer", scrubTwice(t, in), "Google Play review by <user-2> on 2026-03-02\nReviewer: <user-3>\n")
	mustKeepTwice(t, "Review by Apple Music\nReviewer: Code Owners\nReview by App Store Team\nfeedback by Serato DJ Pro 3.1\n")
}

// Over-scrub: iOS's "AVAudioSession route change: BluetoothA2DPOutput"
// replaced the port type as a session token (a key holding "session" is
// a token's). Apple's audio session framework names its state there,
// no token; a session's id stays one.
func TestProbe24AudioSession(t *testing.T) {
	mustKeepTwice(t, "AVAudioSession route change: BluetoothA2DPOutput\nAVAudioSession category: AVAudioSessionCategoryPlayAndRecord mode: Default\n")
	out := scrubTwice(t, "AVAudioSession route change: BluetoothA2DPOutput \"Léa’s AirPods\"\naudioSessionID: 8f3a9b2c7d1e4f5a6b7c8d9e0f1a2b3c\n")
	mustNotContain(t, "audiosession", out, "Léa", "8f3a9b2c")
}

// Leak: closings in other languages that the list lacked kept the
// writer's name after them: "Merci d'avance,", "Vielen Dank und viele
// Grüße", "Grazie mille,", "Med vennlig hilsen", "Salam,",
// "Üdvözlettel,", and Russian's "С уважением," (capitalised: Cyrillic
// was not lowercased). They are closings now.
func TestProbe24MoreClosings(t *testing.T) {
	in := "Merci d'avance,\nAmélie Dubois\n\nVielen Dank und viele Grüße\nJürgen Weber\n\nGrazie mille,\nGiulia Rossi\n\n" +
		"Med vennlig hilsen\nIngrid Solberg\n\nSalam,\nAhmad Farouk\n\nÜdvözlettel,\nKovács Péter\n\nС уважением,\nИван Петров\n"
	checkAllEncodings(t, "closings", in, []string{"Amélie", "Dubois", "Jürgen", "Weber", "Giulia", "Rossi", "Ingrid", "Solberg",
		"Ahmad", "Farouk", "Kovács", "Péter", "Иван", "Петров"}, "Dubois and Solberg")
	mustKeep(t, "closings", scrubTwice(t, in), "Merci d'avance,\n<user-1>\n")
	mustKeepTwice(t, "Salam,\nTeam\nGrazie mille,\nSupport\n")
}

// Leak: a signature whose first name is a greeting's word too ("Ola
// Nordmann", Norwegian; "ola" greets in Portuguese) kept the first name:
// the name's reading stopped at it. Before a surname, such a word is the
// first name; "Thanks,\nHello World" stays.
func TestProbe24GreetingFirstName(t *testing.T) {
	in := "Med vennlig hilsen\nOla Nordmann\n\nRegards, Ola Haugen\n"
	checkAllEncodings(t, "greetname", in, []string{"Ola", "Nordmann", "Haugen"}, "")
	mustKeep(t, "greetname", scrubTwice(t, in), "Med vennlig hilsen\n<user-1>\n")
	mustKeepTwice(t, "Thanks,\nHello World\nCheers,\nHi There\n")
}

// Leak: Windows' name of an audio endpoint holding a Bluetooth device
// named after its owner without a possessive, "Headphones (Kofi AirPods
// Pro)", "Microphone (Wanjiru Galaxy Buds2 Pro Hands-Free)", kept the
// owner (only a possessive or a bare name alone was read in the
// parentheses). A bare owner before a device word there is now replaced;
// a maker, a side or "Original" stays.
func TestProbe24ParenBareOwner(t *testing.T) {
	in := "OK         AudioEndpoint   Headphones (Kofi AirPods Pro)     SWD\\MMDEVAPI\\{0.0.0.00000000}.{B3C4D5E6-AAAA-BBBB-CCCC-DDDDEEEEFFFF}\n" +
		"Microphone (Wanjiru Galaxy Buds2 Pro Hands-Free)\n"
	checkAllEncodings(t, "parenbare", in, []string{"Kofi", "Wanjiru"}, "Kofi and Wanjiru")
	mustKeep(t, "parenbare", scrubTwice(t, in), "Headphones (<user-1> AirPods Pro)")
	mustKeepTwice(t, "Headphones (Original AirPods)\nSpeakers (Apple AirPods Pro)\nHeadset (Left AirPods Pro)\nHeadset (Galaxy Buds2 Pro)\n")
}

// Leak: PipeWire's pw-dump giving a Bluetooth device named after its
// owner without a possessive, "node.description": "Kwabena Galaxy
// Buds2", kept the owner: ScrubJSON scans the value alone, where no
// Bluetooth list's line is. A value that starts with a bare owner before
// a device word is now read so.
func TestProbe24PipewireBareOwner(t *testing.T) {
	js := `[{"id":54,"info":{"props":{"node.name":"bluez_output.24_11_53_AB_CD_EF.1","node.description":"Kwabena Galaxy Buds2","device.nick":"Original AirPods","media.class":"Audio/Sink"}}}]`
	s := newSession(t, Config{})
	var buf bytes.Buffer
	if err := s.ScrubJSON(&buf, strings.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "pwbare", buf.String(), "Kwabena")
	mustKeep(t, "pwbare", buf.String(), `"node.description":"<user-1> Galaxy Buds2","device.nick":"Original AirPods"`)
	buf.Reset()
	if err := newSession(t, Config{}).ScrubJSON(&buf, strings.NewReader(`{"title":"Settings iPhone","b":"Photos iPad"}`)); err != nil {
		t.Fatal(err)
	}
	mustKeep(t, "pwbare", buf.String(), `{"title":"Settings iPhone","b":"Photos iPad"}`)
}
