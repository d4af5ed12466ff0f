package redact

import (
	"strings"
	"testing"
)

// "Logged in as iLok user ID kofi_m": the word between "as" and "user"
// (or "account") names the service, a product, and the account follows
// "user ID". The product word stays, here and everywhere else in the
// report; the account goes.
func TestServiceUserAfterLoggedInAs(t *testing.T) {
	for _, c := range []struct{ in, secret, keep string }{
		{"PACE iLok License Manager: Logged in as iLok user ID kofi_m\nThe iLok USB key is connected\n", "kofi_m", "iLok"},
		{"[2026-12-06 21:14:03] Logged in as iLok user chidinma.o\n", "chidinma", "iLok"},
		{"AdobeIPCBroker: Signed in as Adobe account thandi.nkosi\nAdobe Premiere Pro 2025 started\n", "thandi", "Adobe"},
		{"Native Access: Logged in as Native Instruments user ID wei.zhang88\n", "wei.zhang88", "Instruments"},
		{"Splice: logged in as Splice user ID: mateusz_k\n", "mateusz_k", "Splice"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		if !strings.Contains(out, c.keep) {
			t.Errorf("%q: one pass lost %q: %q", c.in, c.keep, out)
		}
		if out := scrubTwice(t, c.in); !strings.Contains(out, c.keep) {
			t.Errorf("%q: learn pass lost %q: %q", c.in, c.keep, out)
		}
	}
	for _, keep := range []string{
		"PACE iLok License Manager 5.9.1 started\nThe iLok USB key is connected\n",
		"Logged in as iLok user\n",
		"logged in as root\n",
		"Signed in as Adobe account\n",
		"connected to output as fallback\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A company under an owner key ("Owner: Apple Inc.", a file's or a
// package's owner, a device's) is no person: a maker's name stays, and
// another company goes as an organisation, not as an account whose words
// would go from every line. A person under the key still goes.
func TestCompanyUnderOwnerKey(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"owner: Kofi Mensah\n", "Mensah"},
		{`{"owner":"Adaeze Okafor","name":"Set 2026"}` + "\n", "Okafor"},
		{`{"owner":"Nguyen Trading Co.","user":"wei.zhang88"}` + "\n", "wei.zhang88"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// a company named after its owner goes where it is written whole
	mustNotContain(t, "owner's company", scrubTwice(t, "Owner: Owusu Sound Ltd\n"), "Owusu")
	for _, keep := range []string{
		"owner: Microsoft Corporation\n",
		`{"owner":"Microsoft Corporation","id":"Microsoft.WindowsTerminal"}` + "\n",
		"Owner: Apple Inc.\nApple Inc. Apple Music 1.4.5\n",
		"File owner: Google LLC\nGoogle Chrome 131.0.6778.86\n",
		"Device owner: Samsung Electronics Co. Ltd\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// macOS names a machine after its owner in the owner's language:
// "张伟的MacBook Pro", "田中太郎のMacBook Air", "민준의MacBook Pro". Under a
// computer-name key the owner and the particle go and the model stays,
// as for "Kofi’s MacBook Pro"; the owner goes elsewhere too.
func TestOwnerParticleComputerName(t *testing.T) {
	for _, c := range []struct{ in, secret, model string }{
		{"Computer Name: 张伟的MacBook Pro\nLocal Host Name: MacBook-Pro\n张伟 signed in\n", "张伟", "MacBook Pro"},
		{"Computer Name: 田中太郎のMacBook Air\n", "田中太郎", "MacBook Air"},
		{"ComputerName: 李娜的MacBook Pro\n", "李娜", "MacBook Pro"},
		{"  Computer Name: 민준의MacBook Pro\n", "민준", "MacBook Pro"},
		{"Computer Name: 阮文安的iMac\n", "阮文安", "iMac"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		if !strings.Contains(out, c.model) {
			t.Errorf("%q: one pass lost the model %q: %q", c.in, c.model, out)
		}
		if out := scrubTwice(t, c.in); !strings.Contains(out, c.model) {
			t.Errorf("%q: learn pass lost the model %q: %q", c.in, c.model, out)
		}
	}
	for _, keep := range []string{
		"Computer Name: MacBook Pro\n",
		"Model Name: MacBook Pro\nModel Identifier: Mac15,3\n",
		"Hardware Overview: MacBook Air (M2, 2022)\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// Slack's and Discord's room-wide mentions, "@here", "@channel" and
// "@everyone", are no accounts: learned, "here" and "channel" would go
// from every line. A person's handle after '@' still goes.
func TestRoomMentionsAreNoAccounts(t *testing.T) {
	checkBothPaths(t, "[12/06/26, 21:14:03:123] info: [MSG] draft: mention @here in #general, cc @kofi.m\n", "kofi.m")
	checkBothPaths(t, "2026-12-06 21:14:08 [notify] @channel from @ngozi_a in #release\n", "ngozi_a")
	for _, keep := range []string{
		"[12/06/26, 21:14:03:123] info: [MSG] draft: mention @here in #general\n",
		"notification: @channel message in #release (muted here)\n",
		"Discord: @everyone ping suppressed in channel 1048\n",
		"GNOME_SHELL_SESSION_MODE=ubuntu\nXDG_SESSION_DESKTOP=ubuntu\nXDG_CURRENT_DESKTOP=ubuntu:GNOME\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// Teams and Zoom write an account's kind after its display name: "Emeka
// Obi (Guest)", "(External)". The tag is no part of the name: it stays,
// and is not learned (then "External" would go from every line).
func TestDisplayNameKindTag(t *testing.T) {
	for _, c := range []struct{ in, secret, tag string }{
		{`{"id":"8:orgid:3f2a","displayName":"Emeka Obi (Guest)","role":"guest"}` + "\n", "Emeka", "(Guest)"},
		{`"displayName": "Ngozi Adaeze (External)",` + "\n", "Adaeze", "(External)"},
		{"displayName: Wanjiru Kamau (External)\n", "Wanjiru", "(External)"},
		{`{"displayName":"Trần Thị Mai (Unverified)"}` + "\n", "Trần", "(Unverified)"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		if !strings.Contains(out, c.tag) {
			t.Errorf("%q: one pass lost %q: %q", c.in, c.tag, out)
		}
		if out := scrubTwice(t, c.in); !strings.Contains(out, c.tag) {
			t.Errorf("%q: learn pass lost %q: %q", c.in, c.tag, out)
		}
	}
	for _, keep := range []string{
		"External display connected (DELL U2720Q)\n",
		"Guest access: disabled\nExternal sharing: enabled\n",
	} {
		mustKeepTwice(t, keep)
	}
}
