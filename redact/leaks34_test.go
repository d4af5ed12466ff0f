package redact

import "testing"

// net user NAME in Windows' other languages: the account and the full
// name stand after a column of blanks as in English, under the
// language's labels.
func TestNetUserLocalizedRows(t *testing.T) {
	for _, c := range []struct{ in, user, name string }{
		{"C:\\>net user kofi.m\nBenutzername                 kofi.m\nVollständiger Name           Kofi Mensah\nBeschreibung\nBenutzerkommentar\nLändercode                   000 (Standard des Systems)\nKonto aktiv                  Ja\n", "kofi.m", "Mensah"},
		{"Nom d'utilisateur                          ngozi_a\nNom complet                                Ngozi Adeyemi\nCommentaire\nCompte : actif                             Oui\n", "ngozi_a", "Adeyemi"},
		{"Nombre de usuario                          thiago.s\nNombre completo                            Thiago Souza\nComentario\nCuenta activa                              Sí\n", "thiago.s", "Souza"},
		{"Nome de usuário                            thiago.s\nNome completo                              Thiago Souza\nConta ativa                                Sim\n", "thiago.s", "Souza"},
		{"命令成功完成。\n用户名                 wang.wei\n全名                   王伟\n注释\n帐户启用               Yes\n", "wang.wei", "王伟"},
		{"Vollständiger Name           Ayşe Yılmaz\nKommentar\n", "Ayşe", "Yılmaz"},
	} {
		checkBothPaths(t, c.in, c.user)
		checkBothPaths(t, c.in, c.name)
	}
	for _, keep := range []string{
		"Benutzername: Administrator",
		"Benutzername                 Administrator\nVollständiger Name\n",
		"Nom complet du fichier : rapport.pdf",
		"Nombre de archivos: 12",
		"Benutzername und Passwort eingeben",
		"用户名或密码错误",
		"全名字段为空",
		"Nom d'utilisateur ou mot de passe incorrect.",
		// (a single word after the key is read as the account, as after
		// English "Full name:", which "Nombre completo:" now is too)
		"Nombre completo del archivo: informe.pdf",
	} {
		mustKeepTwice(t, keep)
	}
}

// A user key's localized "(none)" is no value: learned, "(нет" became a
// user and the pseudonym swallowed the parenthesis.
func TestUserKeyLocalizedNone(t *testing.T) {
	for _, keep := range []string{
		"Имя пользователя: (нет)",
		"Nom d'utilisateur : (aucun)",
		"Benutzername: (keine)",
		"用户名: (无)",
		"Nombre de usuario: (ninguno)",
		"Nome de usuário: (nenhum)",
		"Kullanıcı adı: (yok)",
	} {
		mustKeepTwice(t, keep)
		checkBothPaths(t, keep+"\nUsername: kwabena.o\n", "kwabena.o")
	}
	checkBothPaths(t, "Имя пользователя: (kofi.m)\n", "kofi.m")
}

// Turkish writes the owner's genitive after an apostrophe: "Emre'nin
// iPhone'u" is Emre's iPhone, as macOS and iOS name the device.
func TestTurkishOwnerASCIIName(t *testing.T) {
	for _, c := range []struct{ in, name string }{
		{"Bluetooth: \"Emre'nin iPhone'u\" bağlandı\n", "Emre"},
		{"ComputerName: Ahmet'in MacBook Air'i\n", "Ahmet"},
		{"Cihaz adı: Onur'un iPad'i\n", "Onur"},
		{"AirPlay hedefi: Burak'ın iPhone'u\n", "Burak"},
		{"device_name=\"Deniz’in AirPods Pro’su\"\n", "Deniz"},
	} {
		checkBothPaths(t, c.in, c.name)
	}
	for _, keep := range []string{
		"Apple'ın iPhone'u 2007'de tanıtıldı.",
		"Emre'nin kodu derlendi",
		"Il l'a vu d'un iPhone à l'autre.",
		"l'un des iPhone les plus vendus",
		"It's a user's iPhone",
	} {
		mustKeepTwice(t, keep)
	}
}

// "iPhone de NAME" read the owner's name up to a surname with an
// apostrophe and left it: "iPhone de Anne-Marie O'Neil" kept "O'Neil".
func TestDeviceOwnerApostropheSurname(t *testing.T) {
	for _, c := range []struct{ in, name string }{
		{"Bluetooth: connecté à « iPhone de Anne-Marie O'Neil »\n", "O'Neil"},
		{"device_name=\"AirPods de Lucas D'Souza\"\n", "D'Souza"},
		{"AirPlay: iPhone de Siobhan O'Brien\n", "O'Brien"},
	} {
		checkBothPaths(t, c.in, c.name)
	}
	for _, keep := range []string{
		"iPhone de l'école",
		"iPhone de L'Oréal",
		"Copie de l'iPhone de test",
	} {
		mustKeepTwice(t, keep)
	}
}
