package redact

import "testing"

// A couple's occasion spelled outside ASCII, one word or two, names the
// couple after it as "Wedding" does: a photo library's album, a video's
// folder, a calendar's event in Polish, Turkish, Vietnamese, Russian,
// Swedish ("Ślub Ani i Tomka", "Düğün Ayşe & Emre", "Đám cưới Lan &
// Minh", "Свадьба Ани и Ивана"); a wedding hall ("Düğün Salonu") and a
// wedding's kind ("Ślub Kościelny i Cywilny") name no one.
func TestOcc37WideCoupleOccasions(t *testing.T) {
	for _, c := range []struct{ in, a, b string }{
		{"/Users/kasia/Pictures/Photos Library.photoslibrary/originals/Ślub Ani i Tomka/IMG_0412.HEIC\n", "Ani", "Tomka"},
		{`{"title":"Düğün Ayşe & Emre","mediaItemsCount":"412","id":"AF1QipN"}` + "\n", "Ayşe", "Emre"},
		{"D:\\Video\\Đám cưới Lan & Minh 2024\\DSC_0001.MOV\n", "Lan", "Minh"},
		{`{"summary":"Đám Cưới Thảo & Quang","start":{"date":"2024-12-21"}}` + "\n", "Thảo", "Quang"},
		{"/storage/emulated/0/DCIM/Свадьба Ани и Ивана/IMG_20240615_141203.jpg\n", "Ани", "Ивана"},
		{"Imported album \"Bröllop Ingrid & Björn\" (214 items)\n", "Ingrid", "Björn"},
		{"Event: Ślub - Zuzanna i Bartek\n", "Zuzanna", "Bartek"},
		{"Movies/Kına Gecesi Zeynep & Elif.mov\n", "Zeynep", "Elif"},
		{"Photos/Mehmet & Büşra Düğün/DSC_0101.JPG\n", "Mehmet", "Büşra"},
	} {
		checkBothPaths(t, c.in, c.a)
		checkBothPaths(t, c.in, c.b)
	}
	for _, keep := range []string{
		"Ślub Kościelny i Cywilny\n",
		"Ślub i Wesele - poradnik.pdf\n",
		"Yıldız & Ay Düğün Salonu, Kadıköy\n",
		"Düğün Salonu\n",
		"Đám cưới: chi phí & thủ tục\n",
		"Свадьба и Похороны\n",
		"Salt & Pepper\n",
	} {
		mustKeepTwice(t, keep)
	}
}
