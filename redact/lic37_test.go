package redact

import "testing"

// Music apps localized into German, French, Spanish, Portuguese, Italian,
// Polish, Dutch, Turkish and the Nordic languages write who a copy is
// licensed to, and a device's or a licence's serial, under keys of their
// own language ("Lizenznehmer:", "Licencié à :", "Número de série:"):
// none of them was a key, and the holder's full name and the serial
// stayed. A challenge-response activation's "Unlock code:" and
// "Challenge code:" (PACE, Waves, Sonnox) left codes of all-digit or
// all-letter groups, which no bare shape reads as a licence. When there
// is no holder the app writes so ("nicht registriert", "—"): learned as
// an account, "nicht" and every dash went from the report.
func TestLic37LocalizedLicenseHolder(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"[2026-12-07 15:01:08] Cubase Pro 14: Lizenziert für: Ayşe Yılmaz\n", "Yılmaz"},
		{"Lizenznehmer: Wanjiru Kamau\nProdukt: Kontakt 8 (com.native-instruments.Kontakt8)\n", "Wanjiru Kamau"},
		{"Registriert auf: Jürgen Oyelaran-Schmidt\n", "Oyelaran"},
		{"VirtualDJ 2025 - Licencié à : Mamadou Diallo (Pro Infinity)\n", "Diallo"},
		{"Titulaire de la licence : Amélie Nguyen-Trọng\n", "Amélie"},
		{"Serato DJ Pro 3.2.4 — Licenciado para: João Pereira da Silva\n", "Pereira"},
		{"Licenciado a: Valentina Quispe\n", "Quispe"},
		{"Concesso in licenza a: Giulia Esposito\n", "Esposito"},
		{"Licencjobiorca: Małgorzata Wiśniewska\n", "Wiśniewska"},
		{"Gelicentieerd aan: Daan de Boer-Mensah\n", "Mensah"},
		{"Lisans sahibi: Mehmet Öztürk\n", "Öztürk"},
		{"Licensierad till: Astrid Lindqvist\n", "Lindqvist"},
		{`{"Lizenznehmer":"Siddharth Iyer","Produkt":"Maschine 3"}` + "\n", "Siddharth"},
		{"<Lizenznehmer>Nomvula Dube</Lizenznehmer>\n", "Nomvula"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, c := range []struct{ in, secret string }{
		{"Número de série: 8877-6655-4433-2211\n", "8877-6655-4433-2211"},
		{"Nº de série : 4410-2290-7788-1356\n", "4410-2290-7788-1356"},
		{"N° de série : 5521-0098-4471-2200\n", "5521-0098-4471-2200"},
		{"Seri numarası: 7720-1184-5563-0091\n", "7720-1184-5563-0091"},
		{"Seri No: 3310-8892-1147-6620\n", "3310-8892-1147-6620"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// (a licence's code is replaced where it stands, not learned)
	for _, c := range []struct{ in, secret string }{
		{"12/07/2026 14:10:23 [PACE] Unlock code: 8765-4321-9876-1234\n", "8765-4321-9876-1234"},
		{"Challenge code: 1234-5678-ABCD-EFGH\n", "1234-5678-ABCD-EFGH"},
		{`{"unlockCode":"5520-1893-7764-0021"}` + "\n", "5520-1893-7764-0021"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Lizenznehmer: nicht registriert\nDas Plug-in ist nicht aktiviert.\n",
		"Licencié à : non enregistré\nLe plug-in n'est pas enregistré.\n",
		"Licenciado para: no registrado\n",
		"Lizenziert für: Testversion\n",
		"Registered to: —\nMassive X 1.4.5 — com.native-instruments.MassiveX — 48000 Hz\n",
		"Unlock code: none\n",
		"Kontakt 8.2.0 (com.native-instruments.Kontakt8), AU aumu Kt8S -NI-, VST3 {5653544E694B3870}\n",
		"Audio: 44100 Hz, 512 samples, MIDI note C#3 velocity 127\n",
		"Lizenzserver: license.native-instruments.com:443\n",
		"Referenz: Sequenz 4 (Frequenz 440 Hz)\n",
		"environment: production\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A music service's account as its API returns it and the desktop app
// logs it, in compact JSON (Splice, SoundCloud's /me, Beatport, Native
// Access): "name" beside the account's "username" or "email". With no
// blank after the ':' the name was none of personKeyName's; the first
// name, learned from the handle, went and the surname stayed
// ("<user-1> Okafor"). Compact JSON puts a person's object beside a
// product's on one line, so there the other key's value must hold a
// word of the name: a product's "name":"Massive X" beside an "email"
// stays.
func TestLic37CompactJSONAccountName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`2026-12-07 16:00:05 [Splice] GET /v2/user -> {"username":"oluwaseun_beats","name":"Oluwaseun Okafor","plan":"Sounds+"}` + "\n", "Okafor"},
		{`{"id":290175,"username":"kofi-mensah-music","name":"Kofi Mensah","country":"GH"}` + "\n", "Mensah"},
		{`[NTK] account: {"email":"thandiwe.nkosi@icloud.com","name":"Thandiwe Nkosi","products":[{"name":"Kontakt 8"}]}` + "\n", "Nkosi"},
		{`{"login":"nguyen_hoa","name":"Nguyen Thi Hoa","plan":"free"}` + "\n", "Nguyen Thi Hoa"},
		{`msg="{\"username\":\"wiktoria.z\",\"name\":\"Wiktoria Zielińska\"}"` + "\n", "Zielińska"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		`{"email":"<email-1>","products":[{"name":"Massive X","id":"com.native-instruments.MassiveX"},{"name":"Kontakt Player"},{"name":"Valhalla Room"}]}` + "\n",
		`{"username":"<user-1>","devices":[{"name":"Pioneer DDJ","rate":48000},{"name":"Focusrite Scarlett"}]}` + "\n",
		`{"user":"ci","name":"Run Tests","status":"passed"}` + "\n",
		`{"track":{"name":"Strobe","artist":"Deadmau5"},"username":"<user-1>"}` + "\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// Where an account would stand, apps write its kind or plan: OneDrive's
// "Account: Personal", a streaming service's "Account: Premium", Windows'
// "Account: Microsoft". Learned as an account, the word went from every
// line: "Serato DJ Pro" became "Serato DJ <user-1>", "Microsoft Edge"
// "<user-1> Edge". A person's account there still goes.
func TestLic37AccountPlanIsNoAccount(t *testing.T) {
	for _, keep := range []string{
		"[OneDrive] Account: Personal\nSyncing C:\\Users\\<user-1>\\OneDrive - Personal\\Music (Personal plan, 1 TB)\n",
		"[TIDAL] Account: Premium\nTIDAL Premium: 24-bit FLAC 96000 Hz unavailable\n",
		"[Spotify] Account: Family\nFamily Mix updated\n",
		"Account: Pro\nSerato DJ Pro 3.2.4 (build 512), Logic Pro 11.1\n",
		"Account: Business\nOneDrive for Business sync engine 24.201\n",
		"Account: Microsoft\nMicrosoft Edge WebView2 131.0.2903.86\n",
		"Account: Free\nFree space: 120 GB\n",
		"Account: Standard\nStandard MIDI File (.mid), Standard Edition\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"[OneDrive] Account: priya.sharma (Personal)\n", "priya.sharma"},
		{"[Splice] Account: oluwaseun_beats, plan: Sounds+\n", "oluwaseun_beats"},
		{"Account: Nomvula\n", "Nomvula"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}
