package redact

import "testing"

// "Full name" as Turkish, Indonesian, Malay, Vietnamese, Swahili and
// Tagalog forms, profiles and account pages write it: the key was not
// read ("Ad Soyad: Emre Yılmaz", "Họ và tên: Nguyễn Văn An" went out).
func TestNames35FullNameKeys(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Ad Soyad: Emre Yılmaz\n", "Yılmaz"},
		{"Adı Soyadı: Ayşe Demir\n", "Demir"},
		{"ADI SOYADI: AYŞE DEMİR\n", "DEMİR"},
		{`{"profile":{"Ad Soyad":"Emre Yılmaz","Şehir":"İzmir"}}` + "\n", "Yılmaz"},
		{"Nama lengkap: Budi Santoso\n", "Santoso"},
		{"Nama penuh: Siti Aminah binti Yusof\n", "Aminah"},
		{"Họ và tên: Nguyễn Văn An\n", "Nguyễn Văn An"},
		{"Ho va ten: Tran Thi Lan\n", "Tran Thi Lan"},
		{"Jina kamili: Wanjiru Kamau\n", "Kamau"},
		{"Buong pangalan: Maria Santos\n", "Santos"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Nama lengkap wajib diisi\n",
		"Soy sauce: 2 tbsp\n",
		"Jinja2: 3.1.2\nhover: true\n",
		"Adı: 3 öğe\n",
	} {
		mustKeepTwice(t, keep)
	}
}
