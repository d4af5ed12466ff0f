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
		{"/storage/emulated/0/DCIM/Đám Cưới Thu và Hùng/IMG_20231118_153012.jpg\n", "Thu", "Hùng"},
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
		"Cà phê và Trà Sữa\n",
		"Lan và Minh\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A device set up in Chinese, Japanese or Korean is named after its owner
// with a particle (的, の, 의) as "Kofi's iPhone" is with "'s"; an owner
// who typed a romanised name leaves it in ASCII before the particle
// ("Xiaoming的AirPods", Bluetooth's, AirDrop's, Find My's and an MDM's
// logs). A maker, a model or a product before it names no one.
func TestOcc37AsciiOwnerParticle(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"bluetoothd[312]: BluetoothDevice name=\"Xiaoming的AirPods\" address=3C:22:FB:11:22:33 connected\n", "Xiaoming"},
		{"sharingd[544]: AirDrop: discovered 'Kofi的MacBook Pro' (model MacBookPro18,3)\n", "Kofi"},
		{`{"deviceName":"Haruto的iPhone","model":"iPhone15,2","os":"17.4.1"}` + "\n", "Haruto"},
		{"Find My: YukiのiPhone last seen 2024-06-15 14:03\n", "Yuki"},
		{"DeviceName: Minsu의 iPad\n", "Minsu"},
		{"adb: device name=Ngozi的Galaxy S23\n", "Ngozi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Apple的iPhone 15 Pro销量\n",
		"Google的Pixel 8 发布\n",
		"Samsung的Galaxy S24\n",
		"Mac的AirPods连接问题\n",
		"Siri的iPhone设置\n",
		"我的iPhone\n",
		"Pro的iPad\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// One person's occasion spelled outside ASCII names the person after a
// dash as "Birthday - Amaka" does ("Doğum günü - Elif", "День рождения –
// Аня"), and after Vietnamese "bé" (a child's) or "của" (of): "Sinh nhật
// bé Na", "Thôi nôi bé Bống", a photo album's or a calendar's title. A
// word of the party's ("Kutlama", "Праздник") names no one.
func TestOcc37WideOwnOccasions(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"/Users/elif/Pictures/Photos Library.photoslibrary/Doğum günü - Elif/IMG_3301.HEIC\n", "Elif"},
		{`{"title":"День рождения – Аня","mediaItemsCount":"87"}` + "\n", "Аня"},
		{"D:\\Anh\\Sinh nhật bé Ngân 2024\\DSC_0042.JPG\n", "Ngân"},
		{"DCIM/Thôi nôi bé Bống/IMG_20240301_101500.jpg\n", "Bống"},
		{`{"summary":"Sinh nhật của Thảo","start":{"date":"2024-08-09"}}` + "\n", "Thảo"},
		{"Event: Doğum Günü - Zeynep Kaya\n", "Zeynep"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Doğum Günü - Kutlama\n",
		"Doğum günü partisi fikirleri\n",
		"День рождения - Праздник\n",
		"Sinh nhật - Ý tưởng tiệc\n",
		"Sinh nhật bé trai\n",
		"Юбилей компании\n",
	} {
		mustKeepTwice(t, keep)
	}
}
