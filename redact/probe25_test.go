package redact

import "testing"

// Leak: a notification's sender ("Message from Rudo Chikwanha"), a
// calendar event's guest ("Dinner with Samira Khalil") and the contact
// a messenger shows beside a number ("from +44 7700 900123 (Noor)")
// kept the person: "from" named a caller only after "call", "with" a
// party only after "call" or "meeting", and nothing read the bracket
// after a number.
func TestProbe25MessagesAndMeetings(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Dec 01 21:10:11 tendai-xps gnome-shell[1901]: Notification from Signal: \"Message from Rudo Chikwanha\"\n", "Chikwanha"},
		{"2026-12-01 21:10:09.001 CalendarAgent: Event \"Dinner with Samira Khalil\" starts 20:00\n", "Khalil"},
		{"2026-12-01 21:10:08.001 Messages: Incoming iMessage from +44 7700 900123 (Noor)\n", "Noor"},
		{"WhatsApp: missed voice call from +233 24 555 0199 (Kwabena Owusu)\n", "Owusu"},
		{"Voicemail from Ngozi Adeyemi, 0:42\n", "Adeyemi"},
		{"notify: New email from Lucía Fernández\n", "Fernández"},
		{"Lunch with Tavita Leota\n", "Leota"},
		{"calendar: \"Interview with Aigerim Bekova\" moved to 14:00\n", "Bekova"},
		{"INFO wallet: received payment from Thabo Nkosi\n", "Nkosi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	keep := "Message from Windows Defender\nNotification from Google Play Services\nEmail from Apple Support\n" +
		"Message from System Administrator\nText from Unknown Sender\nMessage from Crash Reporter\n" +
		"Mail from Mail Delivery Subsystem\nLunch with Product Team\nMeeting with Google Meet\nCall from Main Thread\n" +
		"Message from Audio Engine\nReply from Exchange Server\nDinner with Family\nEmail from Microsoft Store\n" +
		"message from the server\nPayment from PayPal\nCoffee with Friends\n" +
		"Invite from Apple Music\nMessage from Serato DJ Pro\nsms from Google Voice\n"
	mustKeepTwice(t, keep)
	// a kind of number in the bracket is no contact
	mustKeep(t, "phone labels", scrubTwice(t, "Call +1 415 555 0134 (Mobile)\nHotline: +44 20 7946 0958 (Work)\nSupport +49 30 901820 (WhatsApp)\n"),
		" (Mobile)\n", " (Work)\n", " (WhatsApp)\n")
}

// Leak in the daemon's single pass only: a machine named after its owner
// taught the owner's name in the learn pass, which looks at every dashed
// word, but not where a key's value or a syslog field took the machine's
// name whole ("Computer name: SBU-LAPTOP"), so "Sbu" earlier in the log
// stayed. Learning a machine's name now teaches its owner's on every path.
func TestProbe25HostOwnerOnePass(t *testing.T) {
	for _, c := range []struct{ in, owner string }{
		{"[22:01:05] Track \"Entrance (Edit by Sbu).wav\" analyzed\n[22:01:06] Computer name: SBU-LAPTOP, user: SBU-LAPTOP\\sbusiso\n", "Sbu"},
		{"Playlist \"Mix for Kwesi\" saved\nhostname=KWESI-PC\n", "Kwesi"},
		{"Playlist \"Mix for Tendai\" saved\nDec 01 21:10:01 tendai-ThinkPad-T480s sudo[4412]: session opened\n", "Tendai"},
	} {
		checkBothPaths(t, c.in, c.owner)
	}
}

// Leak: a user's comment that opens with a greeting and "it's" ("Hi,
// it's Nomsa from Soweto") kept the writer's name, which "this is" after
// a greeting gave away. A day, a month or an app there is no name.
func TestProbe25ItsName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"User comment: Hi, it's Nomsa from Soweto. The deck stops when I load tracks from my USB.\n", "Nomsa"},
		{"Feedback: Hello! It's Kwame Mensah here, the app crashed at the gig\n", "Mensah"},
		{"Hey there, it’s Aroha, the sampler is silent\n", "Aroha"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "Hi, it's me again\nHello, it's January.\nHi team, it's Friday!\nHi, it's Dropbox.\nHi, it's Windows 11.\n"+
		"Hi, it's Traktor.\nHi, it's Monday again and the app crashed.\nHi, it's Apple Music.\nit's Kwame\n")
}

// Leak: a portable speaker or headphones listed under the name its owner
// gave them, the owner in brackets after the maker and model ("JBL Flip
// 6 (Emeka)"); only phones, tablets, watches and earbuds were read so
// (a speaker is named after its maker there as often: the maker named
// first, the bracket holds no maker). Rooms, channels, colours stay.
func TestProbe25SpeakerOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"12-01 21:30:02.100  1200  1300 D BluetoothDevice: connected: JBL Flip 6 (Emeka) [F4:4E:FD:12:34:56]\n", "Emeka"},
		{"bluetoothd[877]: Bose SoundLink Flex (Ama Owusu) paired\n", "Owusu"},
		{"Output device: UE Boom 3 (Chidinma)\n", "Chidinma"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "JBL Flip 6 (Stereo)\nBose QuietComfort 45 (Hands-Free)\nJBL Charge 5 (Kitchen)\nUE Boom 3 (Living Room)\n"+
		"JBL Quantum 800 (Realtek)\nMarshall Emberton II (Black)\nSony WH-1000XM4 (Headphones)\nJabra Evolve2 65 (USB)\n"+
		"Beats Studio Buds (Left)\nBose Home Speaker 500 (Office)\n")
}

// Leak: a learned name between a wildcard's stars ("Get-PnpDevice
// -FriendlyName \"*Folasade*\"", "find / -name *folasade*") stayed: no
// name started after a '*', which same-length scrubbing pads a
// pseudonym with. Only that padding stops a name now.
func TestProbe25WildcardName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"PS C:\\Users\\Folasade> Get-PnpDevice -FriendlyName \"*Folasade*\"\n", "Folasade"},
		{"$ ls /home/folasade\n$ find / -name *folasade* -print\n", "folasade"},
		{"Username: DESKTOP-7QK2M1R\\Folasade\ndir C:\\Backups\\*Folasade\n", "Folasade"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// Leak: a meeting app's "started by host Adebola Ogunleye" and "Webinar
// hosted by Nkechi Obi." kept the host. Over-scrub: "Created by Task
// Scheduler." learned "Task" and "Scheduler" as a person's name parts
// (each then replaced everywhere): a name after "created by" holds no
// role or service word now, as a caller's does not.
func TestProbe25HostedBy(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026-12-01 22:16:03 [zoom] Meeting 845 2231 9901 started by host Adebola Ogunleye\n", "Ogunleye"},
		{"[webinar] Webinar hosted by Nkechi Obi.\n", "Nkechi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "Created by Task Scheduler.\nStarted by host process.\nlaunched by host Windows Explorer\n"+
		"Hosted by Microsoft Azure.\nPresented by Serato DJ.\nModified by Windows Update.\nScheduled by Task Manager.\n")
}

// Leak: a device named for its owner in Hindi ("राहुल का iPhone"), Thai
// ("iPhone ของ สมชาย") or Hebrew ("Galaxy S23 של יוסי"): the particle was
// no owner particle, and a name without capitals no name.
func TestProbe25CaselessOwners(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"bluetoothd[877]: Bluetooth: राहुल का iPhone connected\n", "राहुल"},
		{"12-01 21:30:02.001  1200  1300 I BluetoothAdapter: getName() = iPhone ของ สมชาย\n", "สมชาย"},
		{"device name: Galaxy S23 של יוסי\n", "יוסי"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "iPhone ของ ฉัน\nGalaxy S23 של אבא\nBluetooth: iPhone von der Firma\n")
}

// Leak: a comment giving its writer's name in Russian, Ukrainian, Greek,
// Indonesian, Czech, Slovak, Vietnamese, Swedish, Norwegian, Danish,
// Finnish, Hungarian, Romanian or Tagalog ("Меня зовут Дмитрий Иванов",
// "Nama saya Budi Santoso", "Jmenuji se Jana Nováková"): those intros
// were not in the table.
func TestProbe25Intros(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Комментарий: Меня зовут Дмитрий Иванов\n", "Иванов"},
		{"Коментар: Мене звати Олена Коваль.\n", "Коваль"},
		{"Σχόλιο: Με λένε Γιώργος Παπαδόπουλος\n", "Παπαδόπουλος"},
		{"Komentar: Nama saya Budi Santoso\n", "Santoso"},
		{"Poznámka: Jmenuji se Jana Nováková\n", "Nováková"},
		{"Ghi chú: Tôi tên là Minh Anh, ứng dụng bị treo\n", "Minh"},
		{"Kommentar: Hej, jag heter Astrid Lindqvist.\n", "Lindqvist"},
		{"Kommentar: Jeg heter Kari Nordmann.\n", "Nordmann"},
		{"Kommentti: Nimeni on Aino Virtanen.\n", "Virtanen"},
		{"Megjegyzés: A nevem Kovács Péter.\n", "Kovács"},
		{"Comentariu: Mă numesc Andrei Popescu.\n", "Popescu"},
		{"Komento: Ako si Juan Santos.\n", "Santos"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "Tôi là Người dùng mới\nJeg heter ikke noe\nnama saya tidak penting\n")
}

// Leak: a couple's feast or rite named by its own word ("Layla & Omar
// Walima", "Zainab & Idris Nikah.crate", "Sbu & Nandi Umembeso", "Priya &
// Arjun Sangeet") kept the couple: the occasions were Western weddings.
func TestProbe25CoupleRites(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026-12-01 21:10:07.001 djay Pro AI: Loaded playlist \"Layla & Omar Walima\"\n", "Layla"},
		{"Crate: Zainab & Idris Nikah.crate\n", "Idris"},
		{"[2026-12-01 22:01:02.000] Remix Set \"Sbu & Nandi Umembeso\" loaded\n", "Nandi"},
		{"Saved /Users/dj/Music/Priya & Arjun Sangeet/set.wav\n", "Arjun"},
		{"Playlist: Thandeka & Sipho Lobola\n", "Thandeka"},
		{"gnome-shell[1901]: Window \"Mixxx - Muthoni & Kamau Ruracio\" has no WM_CLASS\n", "Muthoni"},
		{`"asi" : {"libsystem_c.dylib":["Crate load failed: \/Users\/x\/Music\/_Serato_\/Subcrates\/Nomsa & Sizwe Umabo.crate"]}` + "\n", "Nomsa"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// Leak: a gig or a recording made for a person ("2026-12-01 Gig for Ama
// Serwaa.wav", "Recording for Kofi Mensah.wav"): made-for things were a
// DJ's sets and mixes, nine letters at most, after a label or a path.
func TestProbe25GigFor(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Recording saved: C:\\Users\\Public\\Recordings\\2026-12-01 Gig for Ama Serwaa.wav\n", "Serwaa"},
		{"Saved: Recording for Kofi Mensah.wav\n", "Mensah"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "Remix for Radio\nEdit for Friday.wav\n2024-01-01 Set for Tomorrow.m3u\nRecording for 2 minutes\n")
}

// Leak: a party named by its person and a milestone age alone
// ("Crates/Tatenda 21st.crate", "Playlist: Kagiso 30th"): an age named
// someone only after a possessive or before the occasion's word.
func TestProbe25AgeNamed(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Dec 01 21:10:08 tendai-xps mixxx[5120]: Warning [Main]: Could not open \"/media/tendai/Backup/Crates/Tatenda 21st.crate\"\n", "Tatenda"},
		{"Playlist: Kagiso 30th\n", "Kagiso"},
		{"Loaded C:\\Music\\Crates\\Lerato 40th\\set.m3u\n", "Lerato"},
		{"Playlist: Marcus 30th\n", "Marcus"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "Date: March 21st\nCrates/Monday 21st.crate\nPlaylist: The 21st\nCrates/Sweet 16th.crate\n"+
		"Playlist: Golden 50th\nCrates/Happy 30th.crate\nCentury 21st\n")
}

// Leak: a track's comment in a DJ library ("Request from Efia Mensah -
// play after speeches", "recorded at Kofi&apos;s house"): a request
// named no sender, an escaped apostrophe no owner, and a house, a home
// or a party no owned thing.
func TestProbe25LibraryComments(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`<TRACK TrackID="1" Name="Adonai" Artist="Sarkodie" Comments="Request from Efia Mensah - play after speeches"/>` + "\n", "Efia"},
		{`<TRACK TrackID="3" Name="Intro" Comments="recorded at Kofi&apos;s house"/>` + "\n", "Kofi"},
		{`<li>Kwesi&#39;s iPhone</li>` + "\n", "Kwesi"},
		{"Comments: recorded at Adwoa's place\n", "Adwoa"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "at the Queen's house\nApple's home app\nMcDonald&apos;s party\nRequest from Main Thread\n"+
		"Request from Google Chrome\nrequest from Audio Engine failed\n")
}

// Leak: a name in single quotes ("Button 'Share with Chinedu Okeke'
// tapped", a Sentry breadcrumb) kept the person: a closing single quote
// did not end a name.
func TestProbe25SingleQuotedName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`{"category":"ui.click","message":"Button 'Share with Chinedu Okeke' tapped"}` + "\n", "Okeke"},
		{"ui: menu item 'Call with Ama Owusu' selected\n", "Owusu"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "label 'Created by Task Scheduler' set\nI'm fine\nit's Kwame's\n")
}

// Leak: a list of people under a key naming people ("Collaborators: Ama
// Owusu, Kofi Mensah", "Invitees: …, … and …", "Shared with: …; …") kept
// all but the first. A directory's "Last, First" there holds no roles.
func TestProbe25ListedNames(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"project: Collaborators: Ama Owusu, Kofi Mensah\n", "Mensah"},
		{"[calendar] Invitees: Ama Owusu, Kofi Mensah and Yaw Boateng\n", "Boateng"},
		{"Shared with: Lucía Fernández; Mateo García\n", "García"},
		{"Invitees: Thabo Nkosi & Zanele Dube\n", "Dube"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "Collaborators: none\nAttendee: Everyone, Staff\nparticipant: Host, Guest\n")
	mustKeep(t, "list ends", scrubTwice(t, "Registered Owner: Lena Bergström, Acme Audio Ltd\nAuthor: Kai Okonkwo, Support Team\n"),
		", Acme Audio Ltd\n", ", Support Team\n")
}

// Leak: a meeting's people listed under a plural key ("Participants: Ama
// Owusu, Kofi Mensah, Yaw Boateng", "Attendees: …; …", "Guests: …"):
// those keys named no people. As a ticket's people, only full names
// are taken, none of a role's or a team's words.
func TestProbe25MeetingPeople(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"[zoom] Participants: Ama Owusu, Kofi Mensah, Yaw Boateng\n", "Boateng"},
		{"Attendees: Lucía Fernández; Mateo García\n", "García"},
		{"Guests: Thabo Nkosi, Zanele Dube\n", "Dube"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "Guests: Allowed\nParticipants: 4\nAttendees: Everyone, Staff\nPanelists: Audio Engine Team\n"+
		"Participants: Microsoft Teams Room\nDialogue: Main Menu\n")
}
