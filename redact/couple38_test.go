package redact

import (
	"strings"
	"testing"
)

// A couple's occasion, a preposition and two full names ("Wedding of
// Priya Nair and Arjun Menon"), and a calendar's SUMMARY before the
// occasion, name the couple in every language occasionPreps knows.
func TestCouple38PrepCouple(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"Wedding of Priya Nair and Arjun Menon\n", []string{"Priya", "Nair", "Arjun", "Menon"}},
		{"BEGIN:VEVENT\r\nSUMMARY:Wedding of Priya Nair and Arjun Menon\r\nEND:VEVENT\r\n", []string{"Priya", "Nair", "Arjun", "Menon"}},
		{"SUMMARY:Wedding of Priya and Arjun\n", []string{"Priya", "Arjun"}},
		{"SUMMARY:Birthday of Priya Nair\n", []string{"Priya", "Nair"}},
		{"Hochzeit von Anna Schmidt und Lukas Weber\n", []string{"Anna", "Schmidt", "Lukas", "Weber"}},
		{"Mariage de Léa Martin et Hugo Bernard\n", []string{"Léa", "Martin", "Hugo", "Bernard"}},
		{"Boda de Lucía García y Pablo Ruiz\n", []string{"Lucía", "García", "Pablo", "Ruiz"}},
		{"Wedding of Priya Nair & Arjun.mp4\n", []string{"Priya", "Nair", "Arjun"}},
	} {
		checkEncodingsOnePass(t, c.in, c.secrets...)
		out := scrubTextTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secrets...)
	}
	for _, keep := range []string{
		"Wedding of Salt and Pepper\n",
		"Anniversary of Rock and Roll\n",
		"Wedding Dress & Shoes\n",
		"SUMMARY:Wedding of the Year and More\n",
		"Wedding Mix Vol 2\n",
	} {
		keepOnePass(t, keep)
	}
}

// A couple's names that open a slug before their occasion, in lower
// case as often as not ("kapoor-sharma-wedding.mp4",
// "priya-and-arjun-wedding"), in a file's name, a folder's, a URL's,
// go; a theme's or a place's words ("beach-house-wedding",
// "black-and-white-wedding") and a business's engagement stay.
func TestCouple38Slug(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"Exported kapoor-sharma-wedding.mp4\n", []string{"kapoor", "sharma"}},
		{"open priya-and-arjun-wedding\n", []string{"priya", "arjun"}},
		{"Loaded priya_arjun_wedding_mix.mp3\n", []string{"priya", "arjun"}},
		{"GET https://vimeo.com/showcase/kapoor-sharma-wedding-highlights\n", []string{"kapoor", "sharma"}},
		{"/Users/dj/Videos/kapoor-sharma-wedding/final.mp4\n", []string{"kapoor", "sharma"}},
		{"saved anna_und_lukas_hochzeit.mov\n", []string{"anna", "lukas"}},
		{"Kapoor-Sharma-Wedding\n", []string{"Kapoor", "Sharma"}},
	} {
		checkEncodingsOnePass(t, c.in, c.secrets...)
		out := scrubTextTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secrets...)
	}
	for _, keep := range []string{
		"rock-and-roll-wedding.mp3\n", "black-and-white-wedding.jpg\n", "bride-and-groom-wedding\n",
		"mr-and-mrs-wedding\n", "beach-house-wedding.mp4\n", "rustic-barn-wedding\n", "las-vegas-wedding.mp4\n",
		"new-york-wedding\n", "big-fat-wedding\n", "country-club-wedding\n", "summer-garden-wedding\n",
		"wedding-dj-template\n", "birthday-song.mp3\n", "pre-wedding-shoot.mp4\n", "my-big-fat-greek-wedding.mp4\n",
		"same-sex-wedding\n", "user-customer-engagement-report\n", "rustic-barn-birthday\n",
	} {
		keepOnePass(t, keep)
	}
}

// A person's occasion in a language that names the person right after it
// ("Urodziny Zosi 2024", "Geburtstag Anna", "День рождения Ани"), after
// a calendar's SUMMARY too, names them; a thing or a relative after it
// ("Geburtstag Feier", "Urodziny Mamy") and English's ("Birthday Girl")
// stay.
func TestCouple38NamedAfter(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Urodziny Zosi 2024\n", "Zosi"},
		{"Imieniny Zosi\n", "Zosi"},
		{"Geburtstag Anna.mp4\n", "Anna"},
		{"Verjaardag Sanne\n", "Sanne"},
		{"Playlist: Anniversaire Léa\n", "Léa"},
		{"SUMMARY:Geburtstag Anna\n", "Anna"},
		{"Sinh nhật Lan\n", "Lan"},
	} {
		checkBothPaths(t, c.in, c.secret)
		out := scrubTextTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secret)
	}
	// (Cyrillic in UTF-16 is read by no shape of the binary scan)
	in := "День рождения Ани\n"
	mustNotContain(t, in, scrubTextTwice(t, in), "Ани")
	mustNotContain(t, in+"/json", scrubJSONMessage(t, in), "Ани")
	for _, keep := range []string{
		"Geburtstag Feier 2024\n", "Urodziny Mamy\n", "Geburtstag Party\n", "Birthday Girl\n",
		"Birthday Party Pack\n", "Happy Birthday\n", "День рождения Мамы\n", "Sinh Nhật Vui Vẻ\n",
		"Geburtstag Anna und mehr\n",
	} {
		keepOnePass(t, keep)
	}
}

// A Chinese occasion names the couple or the person right after it
// ("婚礼 李娜 王伟", "结婚典礼 李娜&王伟") or right before it ("李娜的生日",
// "照片/李娜&王伟婚礼.jpg"): two or three ideographs a common surname opens.
// What follows an occasion and names no one ("生日 快乐", "婚礼 视频",
// "高中毕业典礼", "妈妈的生日") stays.
func TestCouple38CJK(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"婚礼 李娜 王伟\n", []string{"李娜", "王伟"}},
		{"李娜的生日\n", []string{"李娜"}},
		{"结婚典礼 李娜&王伟\n", []string{"李娜", "王伟"}},
		{"D:\\视频\\婚礼-李娜-王伟.mp4\n", []string{"李娜", "王伟"}},
		{"照片/李娜&王伟婚礼.jpg\n", []string{"李娜", "王伟"}},
		{"SUMMARY:婚禮 張偉 陳靜\n", []string{"張偉", "陳靜"}},
	} {
		out := scrubTextTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secrets...)
		mustNotContain(t, c.in+"/json", scrubJSONMessage(t, c.in), c.secrets...)
		mustNotContain(t, c.in+"/one pass", scrubOnePass(t, c.in), c.secrets...)
	}
	for _, keep := range []string{
		"生日 快乐\n", "婚礼 视频\n", "婚礼 高清.mp4\n", "高中毕业典礼\n", "妈妈的生日\n", "我们的婚礼\n",
	} {
		keepOnePass(t, keep)
	}
}

// scrubOnePass is the daemon's one pass (ScrubTextRewind) over in.
func scrubOnePass(t *testing.T, in string) string {
	t.Helper()
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	return string(m.b)
}
