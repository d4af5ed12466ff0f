package redact

import "testing"

// A localized app or Windows writes "User:", "User name:" and Event
// Viewer's "Account Name:" / "Account Domain:" in the user's language.
// Only the systeminfo's "Registered Owner" rows were read in other
// languages: "Benutzer: kofi.mensah" and a German or French security
// event's account went out as they were.
func TestLocalizedUserKeys(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Benutzer: kofi.mensah\n", "kofi.mensah"},
		{"Benutzer: Jörg Müller\n", "Müller"},
		{"Benutzername: thabo_n\n", "thabo_n"},
		{"Antragsteller:\n\tSicherheits-ID:\t\tS-1-5-21-3623811015-3361044348-30300820-1013\n\tKontoname:\t\tkwabena\n\tKontodomäne:\t\tKWABENA-PC\n\tAnmelde-ID:\t\t0x3E7\n", "kwabena"},
		{"Sujet :\n\tNom du compte :\t\tngozi\n\tDomaine du compte :\t\tNGOZI-PC\n", "ngozi"},
		{"Nom d'utilisateur : amelie.dubois\n", "amelie.dubois"},
		{"Utilisateur : amelie.dubois\n", "amelie.dubois"},
		{"Nombre de usuario: jose.garcia\n", "jose.garcia"},
		{"Usuário: joao.silva\n", "joao.silva"},
		{"Nome utente: giulia.rossi\n", "giulia.rossi"},
		{"Gebruikersnaam: daan.devries\n", "daan.devries"},
		{"Nazwa użytkownika: zofia.k\n", "zofia.k"},
		{"Kullanıcı adı: ayse.yilmaz\n", "ayse.yilmaz"},
		{"Användarnamn: elin.karlsson\n", "elin.karlsson"},
		{"Brugernavn: mads.nielsen\n", "mads.nielsen"},
		{"Käyttäjä: aino.virtanen\n", "aino.virtanen"},
		{"Uživatel: jan.novak\n", "jan.novak"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// the machine's accounts, and words that only start like the keys
	mustKeepTwice(t, "Benutzer: Administrator\nBenutzer: SYSTEM\nUtilisateur : root\nUsuario: Invitado\nBenutzer: Gast\nUtilisateur : Administrateur\n"+
		"benchmark: 12.5 ms\nutility: fsck\nnominal: 48000 Hz\nkonto: 3\nbruteforce: off\n")
}

// Settings' "Device name" and System's "Computer name" in other
// languages: the machine, named after its owner.
func TestLocalizedHostKeys(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Nom de l'appareil : DESKTOP-AMELIE\n", "DESKTOP-AMELIE"},
		{"Nom de l’ordinateur : PC-AMELIE\n", "PC-AMELIE"},
		{"Nombre del dispositivo: PC-JOSE\n", "PC-JOSE"},
		{"Nome do dispositivo: NOTE-JOAO\n", "NOTE-JOAO"},
		{"Nazwa urządzenia: LAPTOP-ZOFII\n", "LAPTOP-ZOFII"},
		{"Cihaz adı: AYSE-PC\n", "AYSE"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "ordinateur: off\nappareil: 2\nrecord: 5\nlogger: main\nbilling: on\n")
}
