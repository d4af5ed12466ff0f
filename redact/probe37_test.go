package redact

import "testing"

// A letter is saved under whom it is to: "Letters to Adwoa Boateng.odt",
// "Carta para Beatriz Souza.pdf", "Brief an Jan Kowalski.docx". Such a
// file's path shows in a journal's MESSAGE, an .ips report's notes, a
// Sentry breadcrumb (in a JSON string, an escaped quote after it: a
// résumé's too, "Yaw Mensah CV.docx\""). The letter's word and the "to"
// after it mark the name, which is replaced where it stands (an office
// or a company may be written there too), in one pass as after a learn
// pass.
func TestProbe37LetterToName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`{"_HOSTNAME":"kwabena-thinkpad","SYSLOG_IDENTIFIER":"org.gnome.Nautilus","MESSAGE":"Error opening \"/home/kwabena.asante/Documents/Letters to Adwoa Boateng.odt\": Permission denied"}` + "\n", "Boateng"},
		{`{"_HOSTNAME":"kwabena-thinkpad","SYSLOG_IDENTIFIER":"org.gnome.Nautilus","MESSAGE":"Error opening \"/home/kwabena.asante/Documents/Letters to Adwoa Boateng.odt\": Permission denied"}` + "\n", "Adwoa"},
		{`  "reportNotes" : ["Opening \/Users\/jose.da.silva\/Desktop\/Carta para Beatriz Souza.pdf"]` + "\n", "Beatriz"},
		{`  "reportNotes" : ["Opening \/Users\/jose.da.silva\/Desktop\/Carta para Beatriz Souza.pdf"]` + "\n", "Souza"},
		{"2023-12-07 12:00:02.000000+0100  Wanjirus-MBP mds_stores[321]: (Metadata) [com.apple.spotlight:Index] Indexing /Users/wanjiru.kamau/Desktop/Letter to Njeri Otieno.docx\n", "Otieno"},
		{"soffice.b 4711 u 31u REG 259,2 48213 1311021 /home/u/Dokumente/Brief an Jan Kowalski.docx\n", "Kowalski"},
		{`{"category":"console","level":"error","message":"Failed to load file:///Users/adaeze/Documents/Reference%20Letter%20for%20Emeka%20Obi.pdf"}` + "\n", "Emeka"},
		{`{"_HOSTNAME":"kwabena-thinkpad","SYSLOG_IDENTIFIER":"org.gnome.Nautilus","MESSAGE":"Error opening \"/home/kwabena.asante/Downloads/Yaw Mensah CV.docx\": Permission denied"}` + "\n", "Mensah"},
		{"MESSAGE=Could not process 'file:///home/ravi/Documents/Letter_to_Meera_Iyer.pdf': Error extracting\n", "Meera"},
	} {
		fuzz34Both(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Opened /Users/a/Desktop/Letter to the Editor.pdf\n",
		"Opened /Users/a/Desktop/Thank You Letter to Teacher.docx\n",
		"Opened /Users/a/Desktop/Letter to Home Office.pdf\n",
		"Opened /Users/a/Desktop/Letter Template.docx\n",
		"Opened /Users/a/Desktop/Open Letter to Congress.pdf\n",
		"Opened /Users/a/Desktop/Sample Letter to Employer.docx\n",
		"Opened /Users/a/Desktop/Cover Letter for Software Engineer.pdf\n",
		"Opened /Users/a/Desktop/Brief an die Eltern.pdf\n",
		"Opened /Users/a/Desktop/Letter to Parents.pdf\n",
		"Opened /Users/a/Desktop/letter_to_landlord.pdf\n",
		"Loaded template letter_for_print.docx\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// sysadminctl's "Secure token is ENABLED for user Kofi Mensah" names the
// account's owner in full at the end of its line; `log show --style json`
// and `journalctl -o json` write that line as a JSON string, which the
// '"' closes: the name goes there too, in one pass as after a learn pass.
func TestProbe37ForUserNameInJSONString(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`{"eventMessage" : "Secure token is ENABLED for user Kofi Mensah",` + "\n" + `  "processImagePath" : "\/usr\/sbin\/sysadminctl"}` + "\n", "Mensah"},
		{`[{"timestamp" : "2023-12-07 12:00:00.123456+0100", "eventMessage" : "Secure token is DISABLED for user Nguyễn Văn Minh.", "subsystem" : "com.apple.sysadminctl"}]` + "\n", "Minh"},
		{`{"_HOSTNAME":"studio-mini","SYSLOG_IDENTIFIER":"sysadminctl","MESSAGE":"Secure token is ENABLED for user Zanele Dlamini","_PID":"812"}` + "\n", "Dlamini"},
		{`{"exception":{"values":[{"type":"TypeError","value":"Cannot read properties of undefined (reading 'avatar') for user Tunde Bakare","stacktrace":{"frames":[]}}]}}` + "\n", "Bakare"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		`{"msg":"Permission denied for user Default Account"}` + "\n",
		`{"msg":"Preferences loaded for user Local System"}` + "\n",
		`{"msg":"Cache cleared for user Settings Sync","n":1}` + "\n",
		`{"msg":"waiting for user Input Method Editor"}` + "\n",
		`{"msg":"No home directory for user Network Service"}` + "\n",
		`{"msg":"Token refreshed for user Microsoft Account"}` + "\n",
		`{"msg":"Secure token is ENABLED for user Administrator"}` + "\n",
		`{"msg":"Secure token is DISABLED for user Apple Remote Desktop"}` + "\n",
		`{"msg":"Creating keychain for user Mobile Device"}` + "\n",
		`{"msg":"Waiting for user Approval"}` + "\n",
	} {
		mustKeepTwice(t, keep)
	}
}
