package redact

import "testing"

// The user and computer names as Windows' Settings and System, an app's
// About box or a localized tool write them in the commonest UI
// languages: a key in a script normKey drops with a spaced '=' or a
// full-width colon (U+FF1A, as Chinese and Japanese text writes it), and
// the labels of vi, id, th, hi, uk, fa and the "Computer name" rows of
// zh, ko, nl, sv, cs went out with their values.
func TestKeys33LocalizedKeys(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"用户名 = wang.wei\n", "wang.wei"},
		{"[账户]\n用户名 = li.na\n密码 = Xq7!pLm2\n", "li.na"},
		{"用户名：wang.wei\n", "wang.wei"},
		{"登录信息 用户名：zhang.min 状态：已连接\n", "zhang.min"},
		{"ユーザー名：tanaka.k\n", "tanaka.k"},
		{"ユーザー名： sato.yui\n", "sato.yui"},
		{"用户名 ： chen.jie\n", "chen.jie"},
		{"计算机名：WANGWEI-STUDIO\n", "WANGWEI-STUDIO"},
		{"计算机名: liuyang-mbp\n", "liuyang-mbp"},
		{"计算机全名: liuyang-mbp.local\n", "liuyang-mbp"},
		{"電腦名稱: chen-yating\n", "chen-yating"},
		{"使用者名稱: chen.yating\n", "chen.yating"},
		{"コンピューター名: yamada-pc\n", "yamada-pc"},
		{"ホスト名： yamada-pc\n", "yamada-pc"},
		{"컴퓨터 이름: minjun-laptop\n", "minjun-laptop"},
		{"Tên người dùng: nguyen.v\n", "nguyen.v"},
		{"Tên người dùng: Nguyễn Thị Mai\n", "Nguyễn Thị Mai"},
		{"Tên máy tính: nguyenvan-pc\n", "nguyenvan-pc"},
		{"Tên đăng nhập: tran.hung\n", "tran.hung"},
		{"ชื่อผู้ใช้: somchai.p\n", "somchai.p"},
		{"ชื่อคอมพิวเตอร์: somchai-nb\n", "somchai-nb"},
		{"उपयोगकर्ता नाम: rahul.sharma\n", "rahul.sharma"},
		{"कंप्यूटर का नाम: rahul-laptop\n", "rahul-laptop"},
		{"Nama pengguna: budi.santoso\n", "budi.santoso"},
		{"Nama komputer: budi-laptop\n", "budi-laptop"},
		{"Nome do usuário: joao.silva\n", "joao.silva"},
		{"Nome de utilizador: ines.costa\n", "ines.costa"},
		{"Nome do computador: ines-portatil\n", "ines-portatil"},
		{"Nome computer: giulia-mbp\n", "giulia-mbp"},
		{"Computernaam: daan-werkplek\n", "daan-werkplek"},
		{"Datornamn: elin-dator\n", "elin-dator"},
		{"Název počítače: novak-nb\n", "novak-nb"},
		{"Ім'я користувача: taras.shevchuk\n", "taras.shevchuk"},
		{"Ім'я комп'ютера: taras-pc\n", "taras-pc"},
		{"Ім’я користувача: oksana.k\n", "oksana.k"},
		{"Имя компьютера: sergey-home\n", "sergey-home"},
		{"Όνομα υπολογιστή: nikos-pc\n", "nikos-pc"},
		{"שם המחשב: yossi-laptop\n", "yossi-laptop"},
		{"نام کاربری: reza.mohammadi\n", "reza.mohammadi"},
		{"نام رایانه: reza-pc\n", "reza-pc"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// a password is not learned (nor is it in English)
	for _, in := range []string{"パスワード = Hik4ri!2024\n", "パスワード：Hik4ri!2024\n", "新しいパスワード：Hik4ri!2024\n"} {
		checkAllEncodings(t, in, in, []string{"Hik4ri!2024"}, "")
		mustNotContain(t, in+"/one pass", onePass29(t, in), "Hik4ri!2024")
	}
	// the machine's accounts, and text with the same words that is no key
	mustKeepTwice(t, "用户名: 管理员\n用户名：管理员\nユーザー名: 管理者\nBenutzer: Administrator\nUser name: (none)\n"+
		"错误：无法连接到服务器\n提示：请重新启动应用程序\n版本：2.4.1\n状态 = 已连接\n"+
		"設定：既定値\nエラー：ファイルが見つかりません\n"+
		"dng: 3\ngpu_name: NVIDIA GeForce RTX 4070\nnamespace: default\ndatamodel: v2\n"+
		"Tên máy tính: DESKTOP\n")
}

// A local account Windows created with the person's full name: after
// DOMAIN\ the account has a blank in it, and only its first word was
// read as the account ("account: AMA-STUDIO\Ngozi Okafor" gave
// "<host-1>\<user-1> Okafor"), JSON-escaped too.
func TestKeys33DomainDisplayName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`account: AMA-STUDIO\\Ng\u1ecdzi Okafor` + "\n", "Okafor"},
		{`{"account": "AMA-STUDIO\\Ngọzi Okafor", "event": "session_start"}` + "\n", "Okafor"},
		{"account: AMA-STUDIO\\Ngozi Okafor\n", "Okafor"},
		{"user: KWAME-PC\\Kwame Mensah\n", "Mensah"},
		{"Benutzer: STUDIO-ZB\\Zofia Bąk\n", "Zofia Bąk"},
		{"2026-03-02 10:11:12 INFO Signed in as DESKTOP-8KQ2M1\\Thandeka Mokoena (local)\n", "Mokoena"},
		{"account: NGUYEN-LAPTOP\\Nguyen Van Hoang, session 2\n", "Hoang"},
		{"C:\\Users\\Ngozi Okafor>whoami\r\nama-studio\\ngozi okafor\r\n", "okafor"},
		{"AMA-STUDIO\\Ngozi Okafor\n", "Okafor"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "NT AUTHORITY\\Authenticated Users\nBUILTIN\\Remote Desktop Users\nNT SERVICE\\TrustedInstaller\n"+
		"HKLM\\Software Microsoft\n"+
		"Loaded Windows\\System32 Kernel Module\nCORP\\Enterprise Admins\nSTUDIO\\Remote Desktop Users\n")
}
