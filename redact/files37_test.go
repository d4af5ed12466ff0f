package redact

import (
	"strings"
	"testing"
)

// A home folder's account is a first name; a folder or a document named
// for its owner holds a middle name and the surname after it, filling the
// path's segment ("/Users/kofi/Documents/Kofi Kwame Mensah/", "Dissertation
// - Fatima Al-Zahra Haddad.pages"): both go, in every encoding.
func TestFiles37MiddleNameInPath(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"lsof: Finder 412 kofi cwd DIR 1,4 256 8812 /Users/kofi/Documents/Kofi Kwame Mensah/\n", "Kwame"},
		{"lsof: Finder 412 kofi cwd DIR 1,4 256 8812 /Users/kofi/Documents/Kofi Kwame Mensah/\n", "Mensah"},
		{`<bookmark href="file:///home/kofi/Documents/Kofi%20Kwame%20Mensah/notes.odt" added="2024-03-03T10:12:00Z"/>` + "\n", "Mensah"},
		{`<bookmark href="file:///home/kofi/Documents/Kofi%20Kwame%20Mensah/notes.odt" added="2024-03-03T10:12:00Z"/>` + "\n", "Kwame"},
		{"2024-03-03 10:12:00.118 Pages[812:1a2b] Opened /Users/fatima/Documents/Dissertation - Fatima Al-Zahra Haddad.pages\n", "Haddad"},
		{"2024-03-03 10:12:00.118 Pages[812:1a2b] Opened /Users/fatima/Documents/Dissertation - Fatima Al-Zahra Haddad.pages\n", "Al-Zahra"},
		{`{"recent":["C:\\Users\\ngozi\\Music\\Ngozi Adaeze Okafor - Live at Ozone.als"]}` + "\n", "Okafor"},
		{"Item 2  REG_SZ  [F00000000][T01DA3B2C4E5F6A70]*C:\\Users\\thabo\\Documents\\Thabo Sipho Nkosi\\Budget 2024.xlsx\n", "Nkosi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// the account goes, the words after it stay
	for _, c := range []struct{ in, keep string }{
		{"/Users/max/Max Buffer Size/readme.txt\n", " Buffer Size/"},
		{"/Users/kofi/Documents/Kofi Photo Archive/\n", " Photo Archive/"},
		{"/Users/deploy/Deploy Keys Rotation/\n", " Keys Rotation/"},
		{"/Users/ana/Music/Ana Live Sessions/\n", " Live Sessions/"},
		{"/Users/ama/Pictures/Ama Vacation Ghana/x.jpg\n", " Vacation Ghana/"},
		{"/Users/kofi/Projects/Kofi Backend Service/main.go\n", " Backend Service/"},
	} {
		keepAfterScrub(t, c.in, c.keep)
	}
	mustKeepTwice(t, "/home/u/Documents/Project Final Version/\n")
}

// keepAfterScrub: keep is still in in after a learn pass and a scrub
// (scrubTwice) and after the one pass.
func keepAfterScrub(t *testing.T, in, keep string) {
	t.Helper()
	if out := scrubTwice(t, in); !strings.Contains(out, keep) {
		t.Errorf("%q lost %q: %q", in, keep, out)
	}
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if out := string(m.b); !strings.Contains(out, keep) {
		t.Errorf("one pass: %q lost %q: %q", in, keep, out)
	}
}

// A Vietnamese contract ("hợp đồng") is saved under the name of its
// party, a surname first: "Hợp_đồng_Trần_Văn_Minh.pdf", without its
// diacritics too ("hop_dong_nguyen_thi_lan.docx"). The contract's kind
// ("hợp đồng lao động", "hop dong thue nha") names no one.
func TestFiles37VietnameseContract(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`HKCU\Software\Microsoft\Office\16.0\Word\User MRU\ADAL_1\File MRU  Item 1  REG_SZ  [F00000000][T01DA3B2C4E5F6A70][O00000000]*C:\Users\lan\Documents\Hợp_đồng_Trần_Văn_Minh.pdf` + "\n", "Minh"},
		{`HKCU\Software\Microsoft\Office\16.0\Word\User MRU\ADAL_1\File MRU  Item 1  REG_SZ  [F00000000][T01DA3B2C4E5F6A70][O00000000]*C:\Users\lan\Documents\Hợp_đồng_Trần_Văn_Minh.pdf` + "\n", "Trần"},
		{"soffice.b 4711 u 31u REG 259,2 48213 1311021 /home/u/Documents/Hop_dong_Tran_Van_Minh.pdf\n", "Minh"},
		{"upload ok: hop_dong_nguyen_thi_lan.docx (182 KB)\n", "nguyen_thi_lan"},
		{`{"name":"Hợp đồng Phạm Thu Hà.pdf","size":18211}` + "\n", "Phạm"},
		{`<bookmark href="file:///home/u/Documents/Hop%20dong%20Le%20Quang%20Huy.pdf" added="2024-03-03T10:12:00Z"/>` + "\n", "Huy"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"/home/u/Documents/Hop_dong_lao_dong_2024.pdf\n",
		"/home/u/Documents/Hợp đồng thuê nhà.docx\n",
		"/home/u/Documents/hop_dong_mua_ban_dat.pdf\n",
		"/home/u/Documents/Hop_Dong_Lao_Dong.pdf\n",
		"/home/u/Pictures/Hop_on_Hop_off.pdf\n",
		"Loaded hop_dong_template.docx\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A photo or a clip named for the two people in it ("Yousef and Layla at
// the beach.jpg"), in a recent-files list, GNOME's recently-used.xbel
// (URL-encoded), an upload log or a JSON list: two given names joined by
// "and", '&', "und", "y", "e" or "et" that open the name, then the
// photo's extension or a place or a time after a preposition.
func TestFiles37PhotoCouple(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`<bookmark href="file:///home/yousef/Pictures/Yousef%20and%20Layla%20at%20the%20beach.jpg" added="2024-07-03T10:12:00Z" modified="2024-07-03T10:12:00Z">` + "\n", "Layla"},
		{"lrwx------ 1 u u 64 Jul  3 10:12 23 -> /home/u/Pictures/Yousef and Layla at the beach.jpg\n", "Yousef"},
		{`{"recent":["C:\\Users\\u\\Pictures\\Chidi & Amara in Lagos 2023.jpg"]}` + "\n", "Amara"},
		{"2024-07-03 10:12:00 upload ok: \"Ana e Pedro em Lisboa.jpg\" (3.1 MB)\n", "Pedro"},
		{"Item 4  REG_SZ  C:\\Users\\u\\Videos\\Anna und Jonas am Strand.mp4\n", "Jonas"},
		{"file:///Users/u/Pictures/Mehmet%20%26%20Elif.JPG\n", "Elif"},
		{"kMDItemPath = \"/Users/u/Pictures/Mehmet & Elif.HEIC\"\n", "Mehmet"},
		{"file:///Users/u/Pictures/Lucia%20y%20Mateo%20en%20Madrid.jpeg\n", "Mateo"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// "Tom and Jerry S01E01.mkv" is an episode, no photo: it stays
	for _, keep := range []string{
		"/home/u/Videos/Tom and Jerry S01E01.mkv\n",
		"/home/u/Music/Rock and Roll.mp3\n",
		"/home/u/Pictures/Salt and Pepper.png\n",
		"/home/u/Pictures/Black and White.jpg\n",
		"/home/u/Pictures/Before and After.jpg\n",
		"/home/u/Pictures/Cats and Dogs at home.jpg\n",
		"/home/u/Pictures/Friends and Family at the beach.jpg\n",
		"/home/u/Documents/Project_Final_v2.docx\n",
		"/home/u/Documents/Hop_on_Hop_off.pdf\n",
		"/home/u/src/site/release-notes-wedding-theme.css\n",
		"/home/u/Pictures/Van_Gogh_Starry_Night.jpg\n",
		"file:///home/u/Pictures/Sun%20and%20Sea%20at%20dusk.jpg\n",
		"Reading Pride and Prejudice.epub\n",
		"icons/Search and Replace.png\n",
		"share/help/C/Copy and Paste.png\n",
		"docs/img/Drag and Drop.png\n",
		"tutorials/Rise and Fall.mp4\n",
	} {
		mustKeepTwice(t, keep)
	}
}
