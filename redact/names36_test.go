package redact

import (
	"strings"
	"testing"
)

// A learned name of three letters met again with a letter outside ASCII
// (zoe of "Zoë", "Léa" of lea), where a detector in prose ("Signed in
// as") finds it as a name of its own, is the same user: one pseudonym,
// as names of four letters and more already were ("José" of jose).
func TestShortNameSpellingsOnePseudonym(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"USER=zoe LOGNAME=zoe\nSigned in as Zoë\n", "Zoë"},
		{"USER=zoe\nSigned in as ZOË\n", "ZOË"},
		{"USER=zoë\nSigned in as Zoe\n", "Zoe"},
		{"USER=lea\nSigned in as Léa\n", "Léa"},
		{"login: Léa\nSigned in as lea\n", "lea"},
		{"USER=jose\nSigned in as José\n", "José"},
		{"USER=lukasz\nSigned in as Łukasz\n", "Łukasz"},
		{"USER=seyma\nSigned in as Şeyma\n", "Şeyma"},
		{"USER=nguyen\nSigned in as Nguyễn\n", "Nguyễn"},
		{"USER=mueller\nSigned in as Müller\n", "Müller"},
		{"USER=odegaard\nSigned in as Ødegaard\n", "Ødegaard"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		if n := strings.Count(out, "<user-1>"); n < 2 || strings.Contains(out, "<user-2>") {
			t.Errorf("%q: two users in %q", c.in, out)
		}
		s := newSession(t, Config{})
		s.Learn([]byte(c.in))
		if out := s.ScrubString(c.in); strings.Contains(out, "<user-2>") {
			t.Errorf("%q: two users after learning in %q", c.in, out)
		}
	}
	for _, keep := range []string{
		"Signed in as admin\n",
		"zoe: a Go package; lea: load effective address\n",
		"the Müller-Lyer illusion, p. 12; Signed in as guest\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A name learned in ASCII (USER=zoe, mueller) met with its letters
// outside ASCII in small letters ("zoë", "müller") or URL-encoded in a
// query's value ("name=Zo%C3%AB") is the same user's: squashedName read
// only words that start with a capital or a letter outside ASCII, and
// the URL-encoded ones only in a path's segments with %20 in them.
func TestFoldedNameSmallAndURLEncoded(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"USER=zoe\nlast edited by zoë at 10:42\n", "zoë"},
		{"USER=mueller\nshared with müller (read-only)\n", "müller"},
		{"USER=jose\n[chat] josé: hola, qué tal\n", "josé"},
		{"USER=odegaard\nowner=ødegaard group=staff\n", "ødegaard"},
		{"USER=zoe\nGET /api/v2/profile?name=Zo%C3%AB&lang=en HTTP/1.1\n", "Zo%C3%AB"},
		{"USER=lukasz\nGET /api/v2/profile?name=%C5%81ukasz&lang=pl HTTP/1.1\n", "%C5%81ukasz"},
		{"USER=mueller\nGET /search?owner=M%C3%BCller HTTP/1.1\n", "M%C3%BCller"},
		{"USER=seyma\nreferer: https://example.com/u?n=%C5%9Eeyma;tab=1\n", "%C5%9Eeyma"},
		{"USER=nguyen\nPOST /share?to=Nguy%E1%BB%85n+Th%E1%BB%8B+Mai&x=1\n", "Nguy%E1%BB%85n"},
		{"USER=jose\nurl=https://cal.example.com/invite?guest=jos%C3%A9\n", "jos%C3%A9"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		if strings.Contains(out, "<user-2>") {
			t.Errorf("%q: two users in %q", c.in, out)
		}
	}
	for _, keep := range []string{
		"USER=zoe\ncafé crème, naïve résumé; GET /wiki/Z%C3%BCrich?lang=de&q=caf%C3%A9\n",
		"USER=mueller\nGET /search?q=M%C3%BCnchen+Hbf HTTP/1.1 progress=100% done\n",
		"USER=jose\nfile:///Users/Shared/Se%C3%B1or%20Coconut/track.mp3\n",
	} {
		out := scrubTwice(t, keep)
		if want := strings.Replace(keep, keep[5:strings.IndexByte(keep, '\n')], "<user-1>", 1); out != want {
			t.Errorf("changed:\n in  %q\n out %q", keep, out)
		}
	}
}

// A CloudKit user record's name ('_' and 32 hex digits) written without
// a user key: in CloudKit's and an app's prose, and as a CKRecordID's
// recordName, which names any record (only a user's starts with '_').
func TestCloudKitUserRecordInProse(t *testing.T) {
	const id = "_4c9f0b1e2d3a4b5c6d7e8f90a1b2c3d4"
	for _, in := range []string{
		"default\t10:42:07.118\tcloudd\tFetched user record ID " + id + " for container iCloud.com.example.djmix\n",
		"[CloudSync] no share for record " + id + ".\n",
		"<CKRecordID: 0x600003a1c0c0; recordName=" + id + ", zoneID=_defaultZone:__defaultOwner__>\n",
		`{"owner":{"recordName":"` + id + `","zoneName":"_defaultZone"}}` + "\n",
		"CKShare participant userRecordID:" + id + " role=owner\n",
	} {
		out := checkBothPaths(t, in, id)
		if !strings.Contains(out, "<uid-1>") {
			t.Errorf("%q: no uid in %q", in, out)
		}
	}
	for _, keep := range []string{
		"zoneID=_defaultZone:__defaultOwner__ recordName=Track-0042\n",
		"symbol __4c9f0b1e2d3a4b5c6d7e8f90a1b2c3d4 and md5_4c9f0b1e2d3a4b5c6d7e8f90a1b2c3d4\n",
		"_00000000000000000000000000000000 _abcdefabcdefabcdefabcdefabcdefab\n",
		"build id _4c9f0b1e2d3a4b5c6d7e8f90a1b2c3d4e5f6 (40 digits)\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// icacls and Get-Acl name a domain account by the person's full name
// under a domain of letters only ("CORP\Thandeka Dlamini:(R)"), where a
// domain's groups are named alike ("CORP\Domain Users:(RX)"): two words
// that read as a given name and a surname, neither a group's word, are a
// person's.
func TestIcaclsFullNameUnderLettersDomain(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"D:\\Studio\\Sessions CORP\\Domain Users:(RX)\n                   CORP\\Oluwaseun Adeyemi:(OI)(CI)(M)\n                   BUILTIN\\Administrators:(OI)(CI)(F)\n", "Adeyemi"},
		{"                   CORP\\Thandeka Dlamini:(R)\nSuccessfully processed 1 files; Failed processing 0 files\n", "Dlamini"},
		{"                   CONTOSO\\Wanjiru Kamau:(DENY)(W)\n", "Kamau"},
		{"                   CORP\\Zhang Wei:(RX)\n", "Zhang Wei"},
		{"Access : CORP\\Kwabena Owusu Allow  FullControl\n         CORP\\Domain Admins Allow  FullControl\n", "Owusu"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"D:\\Sets CORP\\Domain Users:(RX)\n     CORP\\Studio Engineers:(OI)(CI)(M)\n     CORP\\Finance Share:(R)\n",
		"     CORP\\Backup Operators:(R)\n     CORP\\Mixing Room:(RX)\n     CORP\\Sound Designers:(R)\n",
		"     CORP\\Night Shift:(R)\n     CONTOSO\\All Staff:(M)\n     CORP\\Video Editors:(RX)\n",
		"Access : CORP\\Domain Admins Allow  FullControl\n         CORP\\Sales Team Allow  Read\n",
		"     NT AUTHORITY\\Authenticated Users:(M)\n     BUILTIN\\Remote Desktop Users:(R)\n",
	} {
		mustKeepTwice(t, keep)
	}
}
