package redact

import "testing"

// A relation ending in 'w' ("my nephew Kwame Mensah") announces a name
// as the others do; the words after "new", "show", "now" stay.
func TestProse26NephewName(t *testing.T) {
	for _, c := range [][2]string{
		{"Feedback: my nephew Kwame Mensah said the app froze mid-set\n", "Mensah"},
		{"User comment: My nephew Thabo Nkosi set it up, now it crashes on launch\n", "Nkosi"},
		{"our nephew Siddharth Iyer tried the beta and it hung\n", "Iyer"},
	} {
		checkBothPaths(t, c[0], c[1])
	}
	for _, keep := range []string{
		"Click New Playlist, then Show Library\n",
		"Now Playing: Kwame Mensah mix\n",
		"new Bridge Mode enabled; show Devices window\n",
		"How To Mix: see the manual\n",
		"my nephew got a new Pioneer DDJ-400\n",
		"at main.(*Window).show Main.go:120\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// Android's WifiService names the network it joins in quotes before the
// access point's address.
func TestProse26AndroidWifiConnect(t *testing.T) {
	for _, c := range [][2]string{
		{`WifiService: connect to "Eze Family WiFi" bssid=a8:5e:45:12:34:56` + "\n", "Eze Family WiFi"},
		{`12-06 21:14:09.331  1402  1533 I WifiService: connect to "Okonkwo_Home_5G" bssid=f4:f2:6d:01:aa:3c` + "\n", "Okonkwo_Home_5G"},
	} {
		checkBothPaths(t, c[0], c[1])
	}
	for _, keep := range []string{
		`I WifiService: connect to "any" failed: no network` + "\n",
		`redirect to "https://example.com/login" status=302` + "\n",
		`set key to "Auto Gain" value=3` + "\n",
		`fallback to "Default Output" device` + "\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A call's or a message's party written as a directory's "Last, First"
// in quotes (Teams, Outlook) is a person.
func TestProse26QuotedLastFirstCaller(t *testing.T) {
	for _, c := range [][2]string{
		{`Incoming call from "Ogunleye, Adebola"` + "\n", "Ogunleye"},
		{`Message from "Mensah, Kwame"` + "\n", "Mensah"},
		{`2026-12-06T21:04:11.201Z Inf CallingService: Missed call from "Nakamura, Haruto Kenji"` + "\n", "Nakamura"},
		{`[Outlook] New message from "Fernández, Lucía" <lucia.fernandez@contoso.com>` + "\n", "Fernández"},
		{`Teams: meeting with "Okafor, Chidinma" started` + "\n", "Okafor"},
	} {
		checkBothPaths(t, c[0], c[1])
	}
	for _, keep := range []string{
		`Message from "Security, Alerts"` + "\n",
		`Incoming call from "Microsoft, Teams"` + "\n",
		`loaded from "Config, Defaults" section` + "\n",
		`call from "main.go, line 12"` + "\n",
		`Message from "System"` + "\n",
		`copy from "Documents, Music" failed` + "\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A title right after a JSON-escaped line break or tab
// (`"Ticket\nHerr. Torben Kasprzak called"`) announces a name as after a
// real one, in the raw JSON a scrub-only pass reads.
func TestProse26EscapedTitle(t *testing.T) {
	for _, c := range [][2]string{
		{`{"msg":"Ticket\nHerr. Torben Kasprzak called"}` + "\n", "Kasprzak"},
		{`{"note":"Callback requested\r\nMrs. Adaeze Nwosu called twice"}` + "\n", "Nwosu"},
		{`{"comment":"Support case 4471:\tDr. Haruto Nakamura wrote in"}` + "\n", "Nakamura"},
		{`"body": "Hallo,\nFrau Ewa Zielińska hat angerufen"` + "\n", "Zielińska"},
	} {
		s := newSession(t, Config{})
		out := s.ScrubString(c[0])
		mustNotContain(t, c[0]+"/scrub only", out, c[1])
		checkBothPaths(t, c[0], c[1])
	}
	for _, keep := range []string{
		`{"msg":"Done\nDrivers: 3 found\nMr. and Mrs. fields empty"}` + "\n",
		`printf("\nDr. Watson log written\n");` + "\n",
		`{"msg":"line\nNew Playlist created"}` + "\n",
		`{"msg":"Stack:\n\tat Mr.Parse(Mr.java:12)"}` + "\n",
		`{"msg":"Tip:\nTry Safe Mode first"}` + "\n",
		`{"msg":"done\nBy Default, the app saves"}` + "\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// Intros in Chinese and Japanese (no blank before the name) and in Hindi
// (no capitals) name the writer.
func TestProse26CJKHindiIntro(t *testing.T) {
	for _, c := range [][2]string{
		{"Feedback: 我叫张伟，软件崩溃了\n", "张伟"},
		{"Feedback: 用户反馈: 你好，我叫欧阳娜娜。软件一打开就闪退\n", "欧阳娜娜"},
		{"comment: 我的名字是李娜\n", "李娜"},
		{"Comment: 私の名前は田中太郎です。アプリが落ちます\n", "田中太郎"},
		{"Feedback: こんにちは。私の名前はマリアです\n", "マリア"},
		{"Feedback: मेरा नाम राहुल शर्मा है\n", "राहुल शर्मा"},
		{"Comment: नमस्ते, मेरा नाम प्रिया है और ऐप क्रैश हो गया\n", "प्रिया"},
	} {
		checkBothPaths(t, c[0], c[1])
	}
	for _, keep := range []string{
		"我叫了出租车，但是软件崩溃了\n",
		"错误：我的名字是必填项\n",
		"私の名前は表示されません\n",
		"私の名前は必須です\n",
		"मेरा नाम है\n",
		"मेरा नाम सही नहीं दिख रहा है, कृपया मदद करें\n",
		"设置 → 音频设备 → 输出\n",
		"ファイルを保存できませんでした\n",
	} {
		mustKeepTwice(t, keep)
	}
}
