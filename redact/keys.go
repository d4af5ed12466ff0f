package redact

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key classes beyond the summary classes.
const (
	keyNone = ""
	keyKeep = "keep" // debug-id context: keep the value
	// PWD/OLDPWD: the working directory (a path: the path detectors scrub
	// its user part), unless the value is no path (then a password).
	keyPwd = "pwd"
	// HOME: a home folder anywhere in the tree; its last folder is the
	// user name.
	keyHome = "home"
	// proxy settings (http_proxy, NO_PROXY, AUTO_PROXY, PAC URLs): every
	// host in them is a site identifier.
	keyProxy = "proxy"
	// "id" or "name" inside a JSON user object (Sentry's user.id): a
	// number is a uid, anything else a user name. Only ScrubJSON sees the
	// nesting (the text pass that learns before it does not), so the value
	// is replaced where it is and not learned: what it learned here would
	// reach the rest of the document only in a second pass.
	keyUserID = "user_id"
	// a filesystem or partition id (fstab's UUID=, PARTUUID=, udev's
	// ID_FS_UUID): a UUID names the disk as a UUID does anywhere; a
	// shorter one (a FAT volume serial, 8A4F-1C2B) is a serial.
	keyVolume = "volume"
	// keyChannelID: a YouTube channel id's key; other ids under it stay
	keyChannelID = "channel_id"
	// a numeric user id in an app's or service's log ("user.id=48213377",
	// "userId: 48213377", "user_id" as Sentry's user interface writes
	// it): a number names the account, as Sentry scrubs it; anything
	// else is left to the other detectors (a name under "userid" is rare,
	// a SID or a placeholder common).
	keyNumID = "num_id"
	// a Unix uid ("uid=48213377", id(1), audit's auid=): replaced only
	// from 65536 up. Below that it is a system account (0 root, 33
	// www-data) or a local one numbered from 1000, the same on millions of
	// machines and part of what a permission error means; directory
	// uids (SSSD, AD, LDAP, systemd-homed) are larger and name a person.
	// 4294967295 and 4294967294 mean "unset" (auid of a daemon).
	keyUnixUID = "unix_uid"
	// serialPhrase's "activation id X": an id shaped as an account's,
	// replaced as a license
	keyActivation = "activation_id"
	// a Microsoft account's CID, 16 hex digits (OneDrive's "?cid=",
	// "cid=" of its sync logs): replaced when the value has that shape,
	// as "cid" names other things elsewhere
	keyMSCID = "ms_cid"
	// "Domain:" in a column-aligned listing (systeminfo, Get-ComputerInfo's
	// CsDomain): the Active Directory domain when dotted, WORKGROUP when
	// not; elsewhere (a cookie's domain) a public site's
	keyDomain = "domain"
	// a bare "address": a street's when its value has a street's shape
	// (streetValue); an IP, MAC or host is found by its shape, and a
	// memory address ("address: 0x7ff…") stays
	keyAddress = "address"
)

// metaKey reports whether class is a key class that valueSpan resolves
// from the value rather than a summary class.
func metaKey(class string) bool {
	return class == keyPwd || class == keyHome || class == keyProxy || class == keyUserID || class == keyVolume ||
		class == keyNumID || class == keyUnixUID || class == keyMSCID || class == keyDomain || class == keyAddress
}

// proxyKeyTail reports whether what follows "proxy" in a normalised key
// names a proxy's address ("http.proxyHost", "ProxyServer", Firefox's
// "network.proxy.http", "no_proxy"): a key that only holds the word
// ("HALC_ProxyIOContext: device ...", a class named in a log's prefix;
// ipconfig's "WINS Proxy Enabled"; "proxyUser") is none.
func proxyKeyTail(t string) bool {
	switch t {
	case "", "s", "ies", "host", "hosts", "hostname", "server", "servers", "url", "uri", "urls",
		"address", "addr", "ip", "override", "bypass", "bypassrules", "rules", "list", "exceptions",
		"http", "https", "ssl", "socks", "socks5", "ftp", "pac", "endpoint", "settings", "config":
		return true
	}
	return false
}

// classifyKey maps a normalized key (lowercase letters and digits only) to
// the class its value belongs to.
func classifyKey(k string) string { return keyClass(k, true) }

// keyClass is classifyKey; without parts it reads only the keys it
// names whole, not the words keys end or start with (about forty
// substring tests: most of its cost).
func keyClass(k string, parts bool) string {
	if len(k) < 2 || len(k) > 48 {
		return keyNone
	}
	switch k {
	case "uuid", "debugid", "codeid", "buildid", "imageuuid", "dsymuuid", "debugidentifier",
		"moduleuuid", "binaryuuid", "gnubuildid", "debuguuid", "codeidentifier", "lcuuid",
		"imageid", "sliceuuid", "mainuuid", "pdbguid", "pdbsignature", "debugfile", "codefile", "moduleid", "buildversion",
		// macOS crash reports: the dyld shared cache's UUID names its build
		"sharedcache",
		// .NET's publicKeyToken="30ad4fe6b2a6aeed": the hash of an
		// assembly's public signing key, the same on every machine
		"publickeytoken",
		// macOS kernel panics (.ips bug_type 210, the panic string's
		// "Kernel UUID:" and "Fileset Kernelcache UUID:" lines): the
		// kernel's build, needed to symbolicate. The boot session,
		// sleep/wake and hardware UUIDs stay machine ids (suffix "uuid").
		"kerneluuid", "kernelcacheuuid", "filesetkernelcacheuuid",
		// vulkaninfo's driverUUID and pipelineCacheUUID: the driver's
		// build, the same on every machine that runs it (deviceUUID,
		// the GPU's own, stays a machine id)
		"driveruuid", "pipelinecacheuuid",
		// WinDbg's !analyze "FAILURE_ID_HASH: {…}": a hash of the
		// failure bucket's name, the same on every machine that hits
		// the bug
		"failureidhash":
		return keyKeep
	case "user", "username", "usr", "login", "loginname", "logname", "sudouser", "account",
		// PuTTY's and a terminal's prompt: "login as: ifeoma"
		"loginas",
		"accountname", "owner", "author", "realname", "fullname", "displayname",
		// dscacheutil -q user's "gecos:" (a passwd row's comment field):
		// the person's full name
		"gecos",
		"signedinas", "loggedinas", "loggedin", "signedin", "useraccount", "usernamefull", "windowsuser", "osuser",
		"currentuser", "localuser", "appuser", "accountid", "userprincipalname", "upn", "nickname", "profilename",
		// Discord's display name of an account (beside its "username")
		"globalname",
		// who a copy of the software is licensed to: "Registered to: Kai Okonkwo"
		"registeredto", "licensedto", "licensee", "licenseowner", "licenseholder", "licensename", "registereduser",
		// (in British spelling: "Licence owner: …")
		"licencedto", "licencee", "licenceowner", "licenceholder", "licencename",
		// (in the apps' other languages, normKey dropping the letters
		// outside ASCII: "Lizenziert für", "Licencié à", "Licenciado
		// para", "Concesso in licenza a", "Gelicentieerd aan", "Lisans
		// sahibi", "Licensierad till")
		"lizenziertfr", "lizenziertauf", "registriertfr", "registriertauf", "lizenznehmer", "lizenzinhaber",
		"licenci", "licenciataire", "enregistraunomde", "titulairedelalicence",
		"licenciadoa", "licenciadopara", "registradopara", "registradoanombrede", "licenciatario",
		"titulardelalicencia", "titulardalicena", "concessoinlicenzaa", "licenziatario", "registratoa",
		"intestatariodellalicenza", "licencjobiorca", "licencjadla", "waciciellicencji", "gelicentieerdaan",
		"geregistreerdopnaamvan", "licentiehouder", "lisanssahibi", "licensieradtill", "licensinnehavare",
		"lisensierttil", "licenserettil", "licencovnopro",
		"registeredname", "customername", "purchasedby", "ownername",
		// whose account or card it is; who to contact
		"accountholder", "holdername", "cardholder", "cardholdername", "billingname", "contactname",
		"contactperson", "contact", "purchaser", "subscribername", "membername",
		// who a project is shared with (a collaboration app's event data)
		"collaborator", "collaborators", "sharedwith", "sharedby", "invitee", "invitees", "invitedby",
		// a meeting app's log of its call ("Participant joined: Ama Owusu")
		"participant", "participantjoined", "participantleft", "participantname", "attendee", "organizer", "organiser",
		"meetinghost", "presenter",
		// macOS Contacts' own card: "Me card: Kwame Mensah"
		"mecard",
		// whom a copy is licensed to: "Licensed user: Aigerim Bekova"
		"licenseduser", "licenceduser",
		// who used the machine or the app last: Winlogon's values (reg
		// query), an app's settings ("lastUser = tavita.l")
		"lastuser", "lastusername", "previoususer", "lastloginuser", "lastloggedinuser", "defaultusername",
		"lastloggedonuser", "lastloggedondisplayname", "lastusedusername", "altdefaultusername",
		// "Steam user: x"; PipeWire/PulseAudio client properties
		"steamuser", "applicationprocessuser",
		// libpq's environment: the database role ("PGUSER=ngozi_a")
		"pguser",
		// the account a Windows service runs as: sc qc's
		// "SERVICE_START_NAME : CORP\\svc_backup", Win32_Service's StartName
		"servicestartname", "startname",
		// Steam's name of an account shown to friends (the Web API's
		// "personaname", the client's SetPersonaName)
		"personaname", "setpersonaname",
		// ioreg's IOConsoleUsers: the console user's short and long names
		"kcgssessionusernamekey", "kcgsessionusernamekey", "kcgsessionlongusernamekey", "kcgssessionlongusernamekey",
		// PACE/iLok, Splice, Native Access: the account at the vendor
		"ilokid", "ilokuserid", "ilokaccount", "ilokuser", "spliceuser", "nativeaccessuser",
		// git commit trailers: "Signed-off-by: First Last <mail>"
		"signedoffby", "coauthoredby", "reviewedby", "ackedby", "reportedby",
		// systeminfo's "Registered Owner" in other languages (normKey
		// drops the accents): de, fr, es, it, pt, nl, pl, sv, da, nb, fi, cs
		"registrierterbenutzer", "propritaireenregistr", "propiedadde", "proprietarioregistrato",
		"proprietrioregistrado", "geregistreerdeeigenaar", "zarejestrowanywaciciel", "registreradgare",
		"registreretejer", "registrerteier", "rekisteritomistaja", "registrovanvlastnk",
		// "User", "User name" and Event Viewer's "Account Name" as a
		// localized app or Windows writes them (normKey drops the letters
		// outside ASCII: "Użytkownik" is "uytkownik"): de, fr, es, pt, it,
		// nl, pl, tr, sv, da, nb, fi, cs
		"benutzer", "benutzername", "kontoname", "anmeldename", "utilisateur", "nomdutilisateur", "nomducompte",
		"usuario", "nombredeusuario", "nombredecuenta", "usurio", "nomedeusurio", "nomedaconta", "utente",
		"nomeutente", "gebruiker", "gebruikersnaam", "accountnaam", "uytkownik", "nazwauytkownika", "nazwakonta",
		"kullanc", "kullancad", "hesapad", "anvndare", "anvndarnamn", "brugernavn", "bruger", "bruker", "brukernavn",
		"kyttj", "kyttjtunnus", "uivatel", "uivatelskjmno",
		// and in vi ("Tên người dùng", "Người dùng", "Tên đăng nhập"), id
		// ("Nama pengguna"), pt-BR and pt-PT ("Nome do usuário", "Nome de
		// utilizador"), fi ("Käyttäjänimi"), hu ("Felhasználónév"), ro
		// ("Nume utilizator")
		"tnngidng", "ngidng", "tnngnhp", "namapengguna", "pengguna", "nomedousurio", "nomedeutilizador",
		"utilizador", "kyttjnimi", "felhasznlnv", "numeutilizator",
		// "Full name" (net user, an account's profile, a form) in de, fr,
		// es, pt and it, it, nl, pl, sv, da, nb, cs, fi, hu, ro
		"vollstndigername", "nomcomplet", "nombrecompleto", "nomecompleto", "nomeecognome", "volledigenaam",
		"imiinazwisko", "penanazwa", "fullstndigtnamn", "fuldenavn", "fulltnavn", "celjmno",
		"kokonimi", "teljesnv", "numecomplet",
		// and in tr ("Ad Soyad", "Adı Soyadı"), id ("Nama lengkap"), ms
		// ("Nama penuh"), vi ("Họ và tên"), sw ("Jina kamili") and tl
		// ("Buong pangalan")
		"adsoyad", "adisoyadi", "namalengkap", "namapenuh", "hvtn", "hovaten", "jinakamili", "buongpangalan":
		return ClassUser
	case "host", "hostname", "computername", "computer", "machinename", "nodename",
		"localhostname", "devicename", "netbiosname", "userdomain", "fqdn", "workstation",
		"clientname", "servername", "dnsname", "dnshostname", "applicationprocesshost",
		// Windows event XML: a local account's domain is the machine
		"domainname", "targetdomainname", "subjectdomainname", "workstationname", "callercomputername",
		// Event Viewer's text: a local account's "Account Domain" is the machine
		"accountdomain", "logondomain", "userdomainname",
		// ("Account Domain" in de, fr, es)
		"kontodomne", "domaineducompte", "dominiodecuenta",
		// Settings' and System's "Device name" and "Computer name" in fr,
		// es, pt, it, pl, tr
		"nomdelappareil", "nomdelordinateur", "appareil", "ordinateur", "nombredeldispositivo", "nombredelequipo", "nomedodispositivo",
		"nomedispositivo", "nomedocomputador", "nazwaurzdzenia", "nazwakomputera", "cihazad", "bilgisayarad",
		// and in vi ("Tên máy tính", "Tên thiết bị"), id, it, nl, de, sv,
		// da, nb, cs, fi, hu, ro, es
		"tnmytnh", "tnthitb", "namakomputer", "namaperangkat", "nomecomputer", "nomedelcomputer", "computernaam",
		"apparaatnaam", "gertename", "datornamn", "enhetsnamn", "computernavn", "enhedsnavn", "datamaskinnavn",
		"nzevpotae", "nzevzazen", "tietokoneennimi", "laitteennimi", "szmtgpneve", "numelecomputerului",
		"numeledispozitivului", "nombredeequipo",
		// msinfo32's report header and System Summary row
		"systemname",
		// Get-ComputerInfo's computer name (Win32_ComputerSystem's Name, Caption)
		"csname", "cscaption",
		// systeminfo's "Host Name" in fr, es, it, pt, nl, pl
		"nomdelhte", "nombredehost", "nomehost", "nomedohost", "hostnaam", "nazwahosta",
		// ipconfig /all: the domain of the organisation's network (and
		// in de, fr, es: letters outside ASCII dropped)
		"primarydnssuffix", "connectionspecificdnssuffix", "dnssuffixsearchlist",
		"primresdnssuffix", "verbindungsspezifischesdnssuffix", "dnssuffixsuchliste",
		"suffixednsprincipal", "suffixednsproprelaconnexion", "listederecherchedusuffixedns",
		"sufijodnsprincipal", "sufijodnsespecficoparalaconexin", "listadebsquedadesufijosdns":
		return ClassHost
	case "searchdomains", "searchdomain", "dnsdomain", "dnsdomains", "dnssearchdomains", "dnssearch",
		// nmcli's IP4.DOMAIN[1] (the index is no part of the key);
		// Windows' USERDNSDOMAIN (the AD domain's DNS name)
		"ip4domain", "ip6domain", "userdnsdomain":
		// macOS system_profiler's "Search Domains: obriain.ie", resolvectl's
		// "DNS Domain: fritz.box boateng.family": a list of the home's or
		// the organisation's domains, as a proxy list is one of hosts
		return keyProxy
	case "sid", "jsessionid", "phpsessid", "aspsessionid", "auth", "sig", "apikey", "xapikey",
		"csrf", "xsrf", "nonce", "otp", "pin", "dsn":
		return ClassToken
	case "city", "geocity", "postalcode", "zipcode", "postcode", "latitude", "longitude", "lng", "geolat", "geolng",
		"homeaddress",
		// a street address under a form's or a payment's keys (Sentry's
		// request.data, a store's customer record)
		"street", "streetaddress", "addressline1", "addressline2", "billingaddress", "shippingaddress",
		"postaladdress", "mailingaddress", "deliveryaddress":
		// where the person is (Sentry's user.geo, a billing address)
		return ClassLocation
	case "dob", "dateofbirth", "birthdate", "birthday", "birthdt", "userbirthday", "userdob":
		// a profile's or a form's date of birth: with a name or a place,
		// it tells who the person is
		return ClassBirthDate
	case "ssid", "essid", "wifissid", "wlanssid", "networkssid", "currentssid", "wifiname", "wifinetwork",
		"wifinetworkname", "wirelessnetwork", "wlanname", "airportnetwork", "currentnetworkname",
		// networksetup -getairportnetwork; netsh wlan show profiles: the
		// profiles are named after the networks ("All User Profile :
		// Dom Agnieszki"), and show profile names the SSID again
		"currentwifinetwork", "alluserprofile", "currentuserprofile", "ssidname",
		// Windows (Tcpip\Parameters\Interfaces): the SSID in hex
		"dhcpnetworkhint",
		// ioreg's AirPort interface; nmcli's profile, named after the network
		"io80211ssid", "generalconnection", "connectionid",
		// macOS's Wi-Fi preferences (plists): the known networks' names
		"ssidstr", "ssidstring":
		return ClassNetwork
	case "pwd", "oldpwd":
		return keyPwd
	case "home", "homedir", "homedirectory", "homepath", "homeshare", "userprofile":
		return keyHome
	case "pass", "pw", "passwd", "passcode",
		// Wi-Fi keys: NetworkManager keyfiles, wpa_supplicant.conf;
		// netsh wlan show profile key=clear's "Key Content"
		"psk", "wpapsk", "wepkey0", "wepkey1", "wepkey2", "wepkey3", "keycontent",
		// netsh wlan export profile key=clear's <keyMaterial>
		"keymaterial":
		return ClassPassword
	case "partuuid", "fsuuid", "idfsuuid", "idfsuuidenc", "idfsuuidsub", "idfsuuidsubenc", "idpartentryuuid",
		"idparttableuuid", "volumeuuid", "volumeid", "volumeserialnumber", "volumeserial", "volsn":
		return keyVolume
	case "idwwn", "idwwnwithextension", "wwn", "wwid":
		return ClassSerial // a disk's world-wide name (0x5002538e40a1b2c3)
	case "sn", "udid", "imei", "meid", "iccid", "esn", "assettag", "ecid",
		// "Seriennummer", "Numéro de série" (normKey drops the accents),
		// "Número de serie", "numero di serie", "numer seryjny", "sarjanumero"
		"seriennummer", "serienummer", "seriennr", "serienr", "numrodesrie", "numerodeserie", "nmerodeserie",
		"numerodiserie", "numerseryjny", "sarjanumero",
		// "Número de série", "Nº de série", "N. di serie", "Seri
		// numarası", "Seri No"
		"nmerodesrie", "ndesrie", "ndeserie", "ndiserie", "serinumaras", "serino",
		// Dell's service tag and its decimal form
		"servicetag", "expressservicecode",
		// Get-ComputerInfo's BIOS serial (its property is misspelt so)
		"biosseralnumber",
		// ideviceinfo's IMEI, MEID, IMSI, ICCID and ECID, spelt out
		"internationalmobileequipmentidentity", "mobileequipmentidentifier", "internationalmobilesubscriberidentity",
		"integratedcircuitcardidentity", "uniquechipid",
		// ioreg's USB device: its ids and serial number as data (hexSerial)
		"usbdevicesignature":
		return ClassSerial
	case "firstname", "lastname", "givenname", "familyname", "surname", "middlename", "forename",
		"vorname", "nachname":
		// a person's name in parts (an account's profile: "firstName",
		// "family_name" as OpenID Connect writes it)
		return ClassUser
	case "phone", "phonenumber", "telephone", "telephonenumber", "mobile", "mobilephone", "mobilenumber",
		"cellphone", "msisdn", "phonemobile", "contactphone", "userphone",
		// a signature's and a form's short and foreign keys: "Ph:", "Tel.:",
		// "Fax:", "Cell:", "Mob.:", "Phone (work):", "Téléphone :",
		// "Telefon:", "Teléfono:", "Handy:" (normKey drops the accents)
		"ph", "tel", "fax", "cell", "mob", "phonework", "workphone", "phonehome", "homephone", "officephone",
		"tlphone", "telefon", "telefone", "telefono", "telfono", "telefoon", "handy", "tlf", "faxnumber":
		// checked for a number's shape (phoneValue): "Mobile: yes" is none
		return ClassPhone
	case "tenant", "tenantname", "tenantdisplayname",
		// dsregcmd /status: the tenant of a work account added to Windows
		"workplacetenantname",
		// systeminfo's "Registered Organization" in de, fr, es, it, pt,
		// nl, pl, sv, cs
		"registrierteorganisation", "organisationenregistre", "organizacinregistrada", "organizzazioneregistrata",
		"organizaoregistrada", "geregistreerdeorganisatie", "zarejestrowanaorganizacja", "registreradorganisation",
		"registrovanorganizace",
		// Slack's workspace subdomain and Enterprise Grid name (slash
		// commands' and interactions' payloads); an MDM enrollment's enterprise
		"teamdomain", "enterprisename":
		// OneDrive for Business, Teams, Azure AD: the organisation the
		// account belongs to ("Tenant: Adeyemi Sound Ltd")
		return ClassOrg
	case "regcode",
		// a challenge-response activation (PACE, Waves, Sonnox): the
		// code the machine shows, and the one that unlocks it
		"unlockcode", "challengecode",
		// one activation of a license on one machine (iZotope, Native
		// Access, iLok): names the copy and the machine
		"activationid":
		return ClassLicense
	case "hostid":
		// FlexLM's HOSTID (a MAC address or a disk serial), hostid(1)
		return ClassMachineID
	case "altdsid",
		// MobileMeAccounts' (defaults read MobileMeAccounts)
		"accountalternatedsid":
		// Apple's alternate DSID ("001234.a1b2….1234"): the Apple Account
		return keyUserID
	case "userid", "useridentifier", "customerid", "memberid", "playerid", "accountnumber",
		// CloudKit's id of the iCloud account's user record ("_" and 32
		// hex digits, the same in every log of the app)
		"userrecordid", "userrecordname", "ckuserrecordid",
		// Apple's Directory Services id of an Apple Account (iCloud,
		// App Store logs: "dsid", "dsPersonId", "dsPrsID")
		"dsid", "dspersonid", "dsprsid", "accountdsid",
		// OneDrive's "UserCid": the Microsoft account's id
		"usercid",
		// AWS's sso_account_id / aws_account_id: the account's number
		"ssoaccountid", "awsaccountid",
		// Dropbox's account, team member and team ids in its logs
		// ("dbid:AAD…", "dbmid:AAB…", "dbtid:AAB…"), read as keys
		"dbid", "dbmid", "dbtid",
		// Twitch chat's tags: the account a moderator acted on, a gift's
		// recipient, the channel's (its broadcaster's account)
		"targetuserid", "msgparamrecipientid", "roomid",
		// Chromium's id of a Google account ("gaia_id=1082…" in its logs,
		// a sign-in)
		"gaiaid":
		return keyNumID
	case "cid":
		return keyMSCID
	case "domain", "csdomain", "csworkgroup",
		// systeminfo's "Domain" in de (normKey drops the "ä"), fr, es, it, pl
		"domne", "domaine", "dominio", "domena":
		return keyDomain
	case "address":
		return keyAddress
	case "uid", "euid", "ruid", "suid", "fsuid", "auid", "loginuid", "ouid":
		return keyUnixUID
	case "channelid", "youtubechannelid", "ytchannelid", "authorchannelid":
		// a YouTube channel's id is its account's (youTubeChannel); an
		// audio or a chat channel's number or name is none
		return keyChannelID
	case "kuvoid", "beatportid", "beatsourceid", "deezerid", "twitchid", "appleid":
		// a music or social service's numeric account id ("KUVO ID:
		// 1029384756"); an address there is left to the e-mail detector.
		// (Discord, SoundCloud, Mixcloud, Spotify, Tidal: their trigrams
		// are those of common keys, "display", "source", "mixer",
		// "response", "tid", which would reach classify)
		return keyNumID
	case "steamid", "steamid64", "steamid32", "steamuserid", "steamaccountid":
		// a Steam account: its 64-bit id or account number names a person
		return ClassUID
	case "androidid", "ssaid", "settingssecureandroidid",
		// Google Services Framework's id, AppsFlyer's install id: one
		// per device or install
		"gsfid", "androidgsfid", "appsflyerid", "afuid":
		// Settings.Secure.ANDROID_ID: one per device (and app signer)
		return ClassMachineID
	case "oauthverifier", "codeverifier":
		return ClassToken
	case "passwort", "kennwort", "contrasena", "contrasea", "motdepasse", "senha", "wachtwoord", "passord",
		"losenord", "lsenord", "salasana", "haslo", "haso", "adgangskode", "jelszo", "jelsz", "heslo", "geslo", "lozinka":
		// "password" in other languages (normKey drops ñ, ö, ł, ó)
		return ClassPassword
	case "macaddress", "macaddr", "hwaddr", "hwaddress", "networkaddress", "permanentaddress", "physicaladdress",
		"bssid", "wifiaddress", "ethernetaddress", "bluetoothaddress", "btaddress", "ethernetid", "ethaddr",
		// mac=..., ioreg's Bluetooth "BD_ADDR" = <f02f4b998877>
		"mac", "bdaddr", "btaddr", "btmac", "bluetoothmac", "wifimac", "ethmac", "lladdr":
		// the registry and WMI write a MAC as 12 bare hex digits, which
		// no shape detector can tell from a number ("bdaddr" is all hex
		// digits: classify lets it through)
		return ClassMAC
	case "key", "privatekey", "secretkey", "accesskey", "signingkey", "encryptionkey", "masterkey",
		// a Bluetooth LE pairing's keys (BTHPORT\Parameters\Keys\…\…)
		"ltk", "irk", "centralirk":
		return ClassKeyValue
	case "clientkeydata":
		// kubeconfig: the client's private key, PEM in base64
		return ClassPrivateKey
	case "hotkey", "keycode", "keyboard", "keyframe", "keyword", "keys", "keychain", "monkey",
		"keyequivalent", "primarykey", "foreignkey", "sortkey", "registrykey", "regkeypath", "keytype",
		"keysize", "keylength", "keyname", "keyid", "keypath", "tokentype", "tokens", "maxtokens",
		"tokenizer", "tokencount", "authtype", "authmethod", "authscheme", "passes", "passed",
		"useragent", "userinterface", "userdata", "userland", "usermode", "usertime",
		"hostarch", "hosttype", "hostos", "hostcpu", "hostport", "machinetype", "machinearch",
		"desktopsession", "gdmsession", "xdgsessiondesktop", "xdgsessiontype", "xdgsessionclass",
		"proxyport", "proxytype", "proxymode", "proxyenabled", "noproxyport",
		"sessiontype", "sessionstate", "sessionkind", "licensetype", "licensestate", "serialport",
		"serialization", "serializer", "bypass", "passthrough", "compass", "encoding", "byteordermark", "cookiepolicy",
		"consentkey", "sortkey2", "eventkey", "hashkey", "cachekey", "mapkey", "keyboardlayout",
		// DxDiag: the device's path under Enum (PCI\VEN_…&DEV_…): the path
		// detector finds a serial in its instance part
		"devicekey", "driverkey",
		// git's credential.helper: the helper's name (store, manager)
		"credentialhelper",
		// Windows event 4624's logon data: the authentication package
		// (Negotiate, NTLM, Kerberos), no credential
		"authenticationpackagename", "lmpackagename", "authenticationpackage",
		// systeminfo's "Logon Server" in French: a UNC name, no session
		"serveurdouverturedesession",
		// D-Bus's bus addresses (unix:path=/run/user/1000/bus): a socket
		// path holding a uid, no session secret
		"dbussessionbusaddress", "dbussystembusaddress", "sessionbusaddress", "systembusaddress",
		// a login session's D-Bus object path (/org/freedesktop/
		// DisplayManager/Session0), Upstart's session bus address
		"xdgsessionpath", "upstartsession",
		// a Wi-Fi profile's (netsh wlan) and interface's security: a
		// method ("WPA2PSK", "WPA2-Personal"), no credential
		"authentication", "authencryption":
		return keyNone
	}
	if len(k) < 3 || !parts {
		// registers ("x0", "sp", "lr"): every word below has three
		// letters or more
		return keyNone
	}
	switch {
	case len(k) >= 6 && k[len(k)-1] == 'd' && (strings.HasSuffix(k, "tossid") || strings.HasSuffix(k, "withssid") || strings.HasSuffix(k, "joinedssid")):
		// a phrase before the key: Android's "Connected to SSID:
		// \"HomeNet\"", "Associated with SSID: x"
		return ClassNetwork
	case len(k) > 5 && k[len(k)-1] == 'd' && strings.HasSuffix(k, "ssid") && !strings.HasSuffix(k, "bssid") && !strings.HasSuffix(k, "sessid") &&
		!strings.HasSuffix(k, "cessid"):
		// a word before the key: "Connected SSID: x", "Current Wi-Fi
		// SSID: x", a component's "WifiMonitor SSID: x" (a BSSID is a MAC;
		// "processID", "accessId" are none)
		return ClassNetwork
	case len(k) > 10 && k[len(k)-1] == 'o' && (strings.HasSuffix(k, "licensedto") || strings.HasSuffix(k, "registeredto") ||
		strings.HasSuffix(k, "authorizedto") || strings.HasSuffix(k, "authorisedto")):
		// an app's banner before the key: "VirtualDJ 2025 b8342 -
		// Licensed to: x" (no license, as "license" would say),
		// Ableton's "Live is authorized to: x"
		return ClassUser
	case (strings.Contains(k, "password") || strings.Contains(k, "passwd") || strings.Contains(k, "passphrase") ||
		strings.HasSuffix(k, "pwd") || passSuffix(k) || strings.Contains(k, "secret")) && !passwordMetaKey(k):
		return ClassPassword
	case strings.Contains(k, "cookie"):
		return ClassCookie
	case strings.Contains(k, "license") || strings.Contains(k, "licence") || strings.Contains(k, "productkey") ||
		strings.Contains(k, "activationkey") || strings.Contains(k, "activationcode") || strings.Contains(k, "registrationkey") ||
		strings.Contains(k, "registrationcode") || strings.Contains(k, "serialkey") || strings.Contains(k, "cdkey") ||
		// Windows' DigitalProductId (and …4): the product id and key, encoded
		strings.Contains(k, "digitalproductid"):
		return ClassLicense
	case strings.Contains(k, "audiosession") && !strings.HasSuffix(k, "id"):
		// Apple's AVAudioSession ("AVAudioSession route change:
		// BluetoothA2DPOutput", "AVAudioSession category: …"): the
		// audio framework's state, no session token
		return keyNone
	case strings.Contains(k, "session") && sessionMeasure(k):
		return keyNone
	case strings.HasPrefix(k, "session") || strings.HasPrefix(k, "networksession"):
		// "SessionHost", "Session User", Audio MIDI Setup's
		// "NetworkSessionHost": a session's machine or account, no
		// session token
		switch k[strings.Index(k, "session")+7:] {
		case "host", "hostname", "computer", "computername", "machine", "machinename":
			return ClassHost
		case "user", "username", "owner":
			return ClassUser
		}
		return ClassToken
	case strings.Contains(k, "token") || strings.Contains(k, "apikey") || strings.Contains(k, "accesskey") ||
		strings.Contains(k, "authorization") || strings.Contains(k, "bearer") || strings.Contains(k, "session") ||
		strings.Contains(k, "csrf") || strings.Contains(k, "xsrf") || strings.Contains(k, "signature") ||
		strings.HasSuffix(k, "auth") || strings.HasPrefix(k, "auth") && !strings.HasPrefix(k, "author") ||
		strings.Contains(k, "credential") || strings.HasSuffix(k, "dsn"):
		return ClassToken
	case strings.HasSuffix(k, "proxyuser"):
		// Java's -Dhttp.proxyUser=kai: the account at the proxy
		return ClassUser
	case strings.Contains(k, "proxy") && proxyKeyTail(k[strings.LastIndex(k, "proxy")+5:]) ||
		k == "pacurl" || k == "pacfile" || strings.Contains(k, "autoconfigurl"):
		return keyProxy
	case strings.Contains(k, "serial") && !strings.Contains(k, "serializ") || strings.Contains(k, "udid") || strings.Contains(k, "imei") || strings.Contains(k, "assettag") ||
		// WMI's Win32_ComputerSystemProduct / Win32_BIOS: the serial
		// number (a Dell service tag, a Lenovo serial)
		strings.Contains(k, "identifyingnumber"):
		// an asset tag is the owner's inventory label ("dmi.chassis.asset.tag:
		// SEAN-OBRIEN-LAPTOP")
		return ClassSerial
	case strings.Contains(k, "machineid") || strings.Contains(k, "hwid") || strings.Contains(k, "hardwareid") ||
		strings.Contains(k, "hardwareuuid") || strings.Contains(k, "deviceid") || strings.Contains(k, "deviceuuid") ||
		strings.Contains(k, "deviceidentifier") || strings.Contains(k, "crashreporterkey") || strings.Contains(k, "installid") ||
		strings.Contains(k, "installationid") || strings.Contains(k, "advertisingid") || strings.Contains(k, "idfa") ||
		strings.Contains(k, "idfv") || strings.Contains(k, "uniqueid") || strings.Contains(k, "clientid") ||
		strings.Contains(k, "bootid") || strings.Contains(k, "platformuuid") || strings.Contains(k, "systemuuid") ||
		strings.Contains(k, "anonymousid") || strings.Contains(k, "trackingid") ||
		// an analytics SDK's id of a device or person (Mixpanel's
		// distinct_id)
		strings.Contains(k, "distinctid") ||
		// the journal's sequence number id (journalctl -o json's
		// __SEQNUM_ID, --header's "Sequential number ID"): made with
		// the machine's journal, kept by every file after it
		k == "seqnumid" || k == "sequentialnumberid" ||
		// iTunes' and Music's "Library Persistent ID": the library's
		// random id, made when it was (a track's persistent id is none)
		k == "librarypersistentid" ||
		// Native Instruments' Service Center: "Computer ID: 0x3A9F1C7E2B4D"
		strings.Contains(k, "computerid") ||
		// Sentry's device_app_hash: one device with one app
		strings.HasSuffix(k, "apphash") || strings.Contains(k, "devicehash") || strings.HasSuffix(k, "uuid") && k != "uuid" ||
		// a DHCPv6 DUID ("DHCPv6 Client DUID", NetworkManager's
		// ipv6.dhcp-duid) names the machine; DUID-LL and DUID-LLT end
		// with its MAC address
		strings.HasSuffix(k, "duid"):
		return ClassMachineID
	case strings.HasSuffix(k, "fingerprint") && len(k) > 11 && !publicFingerprint(k):
		// "machine_fingerprint", "deviceFingerprint", "hostkeyfingerprint":
		// a license manager's hash of the hardware or an SSH id of this
		// machine (a certificate's or an OS build's is public)
		return ClassMachineID
	case strings.HasSuffix(k, "macaddress") || strings.HasSuffix(k, "macaddr"):
		// ioreg's IOMACAddress, NetworkManager's cloned-mac-address
		return ClassMAC
	case strings.Contains(k, "email") || strings.HasSuffix(k, "mail"):
		return ClassEmail
	case strings.HasSuffix(k, "username") || strings.HasSuffix(k, "loginname") || strings.HasSuffix(k, "accountname") ||
		strings.HasSuffix(k, "logonname") || strings.HasPrefix(k, "sudouser") || strings.HasSuffix(k, "owner") ||
		// Win32_ComputerSystem's PrimaryOwnerName
		strings.HasSuffix(k, "ownername") ||
		(strings.HasSuffix(k, "fullname") || strings.HasSuffix(k, "realname") || strings.HasSuffix(k, "displayname")) &&
			!thingNameKey(k) ||
		// git's GIT_AUTHOR_NAME / GIT_COMMITTER_NAME, "author_name"
		strings.HasSuffix(k, "authorname") || strings.HasSuffix(k, "committername") ||
		// a service's account: "dj.account", "beatport_account"
		strings.HasSuffix(k, "account") && !strings.HasSuffix(k, "serviceaccount") && len(k) > 7 ||
		// "NI Account ID: 0012AB34CD56EF78", as "Account ID" is
		strings.HasSuffix(k, "accountid") && !strings.HasSuffix(k, "serviceaccountid") && len(k) > 9:
		return ClassUser
	case strings.HasSuffix(k, "hostname") || strings.HasSuffix(k, "computername") || strings.HasSuffix(k, "machinename"):
		return ClassHost
	case k == "registeredorganization" || k == "registeredorganisation" || k == "registeredcompany" ||
		// Get-ComputerInfo's names of the same (Win32_OperatingSystem's
		// Organization is its "OsOrganization")
		k == "windowsregisteredorganization" || k == "osorganization":
		// Windows' RegisteredOrganization: a small company or a family
		// (a PE file's CompanyName names the vendor and stays)
		return ClassOrg
	case strings.HasSuffix(k, "privatekey") || strings.HasSuffix(k, "secretkey") || strings.HasSuffix(k, "apikey"):
		return ClassToken
	case strings.HasSuffix(k, "key") && !strings.HasSuffix(k, "hotkey") && !strings.HasSuffix(k, "monkey") && !strings.HasSuffix(k, "regkey") &&
		// an Objective-C selector's part ("objectForKey:AppleLanguages",
		// "setObject:x forKey:kLastProjectPath"): a defaults key's name
		!strings.HasSuffix(k, "forkey") && !strings.HasSuffix(k, "forundefinedkey"):
		return ClassKeyValue
	}
	return keyNone
}

// thingPrefixes name things, not people, before "fullname",
// "realname" or "displayname": a service's, a product's or a device's
// name ("serviceFullName": "Amazon Redshift", "productDisplayName").
// (What a person named a device is the possessive detectors'.)
var thingPrefixes = wordSet(`service product app application device model vendor manufacturer company
	organization plugin package module class type file track song album playlist artist font driver printer
	network adapter interface process program game category region zone country city language locale timezone
	feature item field object resource endpoint server project channel brand volume disk drive partition
	controller port camera monitor screen audio midi bluetooth usb event task job queue cluster node instance
	image build release certificate cert issuer provider protocol codec format effect preset instrument library
	collection crate`)

// thingEnds end a longer thing's prefix ("Faulting package full name" of
// Windows' event 1000: the crashed app's package).
var thingEnds = []string{"package", "application", "product", "service", "device", "module", "plugin", "driver",
	"printer", "adapter", "process", "program", "font", "track", "playlist", "album", "certificate"}

// thingNameKey: k (normalized) is a thing's full or display name: a word
// of thingPrefixes, or one ending with a word of thingEnds, then the
// suffix.
func thingNameKey(k string) bool {
	for _, suf := range []string{"fullname", "realname", "displayname"} {
		if p, ok := strings.CutSuffix(k, suf); ok {
			if thingPrefixes[p] {
				return true
			}
			for _, t := range thingEnds {
				if strings.HasSuffix(p, t) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// normKey lowercases and keeps letters and digits, into buf.
func normKey(buf []byte, raw []byte) []byte {
	buf = buf[:0]
	if len(raw) > 3 && raw[0] == '-' && raw[1] == 'D' && raw[2]-'a' < 26 {
		raw = raw[2:] // a Java system property's name: -Dapp.user=kwesi
	}
	if len(raw) <= cap(buf) {
		// (every key: written in place, without a branch a byte)
		d := buf[:len(raw)]
		n := 0
		for _, c := range raw {
			l := normByte[c]
			d[n] = l
			n += int(uint(l)+0xff) >> 8 // 1 where l != 0
		}
		return d[:n]
	}
	for _, c := range raw {
		if l := normByte[c]; l != 0 {
			buf = append(buf, l)
		}
	}
	return buf
}

// normByte: what normKey keeps of a byte, lowered, or 0.
var normByte = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			t[c] = byte(c)
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c + 32)
		}
	}
	return t
}()

// isKeyChar: a letter, digit, '_', '-' or '.' (one lookup: ctab gives
// each of them a class bit of its own).
func isKeyChar(c byte) bool { return ctab[c]&(cAlpha|cDigit|cUnder|cDash|cDot) != 0 }

// nextKVSep returns the first index in [q, j) holding a '=' or ':' that
// may end a key, or j: not one of "==", "::", "://" or "C:\", nor one
// after the same byte. Most of a word holds neither byte: it is read eight
// bytes at a time (past j where b goes on; what lies there is not looked
// at).
func nextKVSep(b []byte, q, j int) int {
	for q < j {
		if q+8 > len(b) {
			if c := b[q]; c != '=' && c != ':' {
				q++
				continue
			}
		} else {
			m := kvSepBytes(binary.LittleEndian.Uint64(b[q : q+8]))
			if m == 0 {
				q += 8
				continue
			}
			if q += bits.TrailingZeros64(m) >> 3; q >= j {
				break
			}
		}
		c := b[q]
		if q+1 < len(b) && (b[q+1] == c || c == ':' && (b[q+1] == '/' || b[q+1] == '\\' && !escapedPair(b, q))) {
			q += 2 // "==", "::", "://", "C:\"
			continue
		}
		if q > 0 && b[q-1] == c {
			q++
			continue
		}
		return q
	}
	return j
}

// kvSepBytes returns x's bytes that are '=' or ':', each as its high bit
// (the lowest set bit is exact: a borrow only reaches the bytes above a
// zero).
func kvSepBytes(x uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	e, c := x^(lo*'='), x^(lo*':')
	return ((e-lo)&^e | (c-lo)&^c) & hi
}

// escapedPair: the ':' at q stands between an escaped quote and another,
// a key's and its value's in a JSON string's JSON ("{\"user\":\"ngozi_a\"}"
// as a log line writes an object it was given as a string), no "C:\".
func escapedPair(b []byte, q int) bool {
	return q >= 2 && q+2 < len(b) && b[q+2] == '"' && b[q-1] == '"' && b[q-2] == '\\'
}

// keyValues handles key=value, key: value and "key": "value" in a word
// holding ':' or '='. It returns where scanning resumes.
func (sc *scanner) keyValues(i, j int) int {
	b := sc.b
	_ = b[i] // (0 <= i: the loop reading a key back needs no bounds test)
	next := j
	valueEnd := i // a key inside the value of one before it is no key
	url := -1     // whether the word holds "://" and an '@' (inUserinfo; -1: not asked yet)
	for q := i; q < j; q++ {
		// a key inside the value of one before it is no key: skip the value
		q = nextKVSep(b, max(q, valueEnd), j)
		if q >= j {
			break
		}
		c := b[q]
		// the key: inside the word, or a phrase before a trailing ':'
		k := q
		for ; k > i && isKeyChar(b[k-1]); k-- {
		}
		var key []byte
		if k == q || (c == ':' && k == i && (q+1 >= len(b) || b[q+1] == ' ' || b[q+1] == '\t')) || k > i && b[k-1] >= 0x80 && letterBefore(b[i:k]) {
			// (a letter outside ASCII in the key: "contraseña:")
			key = sc.keyPhrase(q)
			if q-i >= 3 && k > i && b[k-1] >= 0x80 && url != 0 && inUserinfo(b[i:j], q-i, &url) {
				// the ':' of "://mAil\xfb:0@0uuid=…", "://contraseña:0@…"
				// (a byte outside ASCII in or before the key): a URL's
				// userinfo, as below
				continue
			}
		} else if gluedToPseudonym(b, k) {
			// ".user" of "<ip-1>.user=": the rest of a longer key that
			// the first pass read whole ("fe80::1.user")
			continue
		} else if k-i >= 3 && url != 0 && inUserinfo(b[i:j], k-i, &url) {
			// "mAil:" of "0://0@mAil:AA.AA@host": a URL's userinfo, which
			// emails replaces whole (urlCred); read as a key, its value
			// would hide the keys after it until a second pass. (From
			// the third byte: "://mAil:0@0uuid=…", with no scheme, is one
			// too.)
			continue
		} else {
			key = b[k:q]
			if k > 0 && b[k-1] == ']' && (eqLower(key, ".key") || eqLower(key, ".name")) {
				// WER's "OsInfo[16].Key=locale", "Sig[1].Name=Application
				// Version": the value names the next line's value
				sc.werName(k, q)
				continue
			}
			if k > 0 && b[k-1] == ']' && eqLower(key, ".value") {
				if e := sc.werValue(k, q); e > q {
					valueEnd = max(valueEnd, e)
					next = max(next, e)
				}
				continue
			}
		}
		if len(key) == 1 && key[0]|0x20 == 'n' && k >= i+2 && b[k-1] == '/' && b[k-2]|0x20 == 's' && (k-2 == 0 || !isAlnum(b[k-3])) {
			key = b[k-2 : q] // "S/N: …" (a serial number)
		}
		if len(key) == 0 || len(key) > 64 {
			continue
		}
		if c == ':' && k == i && q+5 < len(b) && b[q+2] == 'T' && string(b[q+1:q+6]) == " TTY=" && bytes.IndexByte(key, ' ') < 0 {
			// sudo's log line: "sudo[8]:   kai : TTY=pts/0 ; PWD=… ;
			// USER=root ; COMMAND=…": who ran it
			ks := cap(b) - cap(key)
			sc.accountSpan(ks, ks+len(key))
			continue
		}
		if c == '=' && (len(key) == 7 || len(key) == 12) && b[q-1] == '"' {
			// .reg: "Company"="…" under Office's UserInfo (userinfo.go)
			if ks := cap(b) - cap(key); sc.officeRegValue(ks, ks+len(key), q) > q {
				continue
			}
		}
		if len(key) >= 5 && len(key) <= 9 && personValueFirst[key[0]] && (c == '=' || c == ':') && personValueKey(key) {
			// "customer=Kofi Mensah", "Buyer: Kofi Mensah"
			if e := sc.personKeyValue(q); e > q {
				valueEnd = max(valueEnd, e)
				next = max(next, e)
				continue
			}
		}
		// the keys of the cases below: id, name, code, device, guid, key,
		// value (most keys are none: one test for all of them)
		if c0 := key[0] | 0x20; len(key) <= 6 && (c0 == 'i' || c0 == 'n' || c0 == 'c' || c0 == 'd' || c0 == 'g' || c0 == 'k' || c0 == 'v') {
			if len(key) == 2 && c == ':' && eqLower(key, "id") && userObjectBefore(b, cap(b)-cap(key)) {
				// {"user":{"id":"u_8f3a2b1c"}} printed in a log line: the
				// account's id in the vendor's database, as ScrubJSON reads it
				e := sc.keyValueAt(q+1, keyUserID, true, false)
				valueEnd = max(valueEnd, e)
				next = max(next, e)
				continue
			}
			if len(key) == 2 && c == '=' && eqLower(key, "id") && userPairBefore(b, k) {
				// "READY user=ngozi.dj#0 id=483920174856392704" (Discord's
				// gateway): the id of the account the pair before names
				e := sc.keyValueAt(q+1, keyUserID, false, false)
				valueEnd = max(valueEnd, e)
				next = max(next, e)
				continue
			}
			if len(key) == 2 && c == '=' && eqLower(key, "id") && connUserBefore(b, k) {
				// a connection string's "User ID=kmbonsu@djlib;": the
				// database login, often the person's own name
				e := sc.keyValueAt(q+1, ClassUser, false, false)
				valueEnd = max(valueEnd, e)
				next = max(next, e)
				continue
			}
			if len(key) == 4 && c == ':' && eqLower(key, "name") && userObjectBefore(b, cap(b)-cap(key)) {
				// {"user":{"name":"Kai Okonkwo"}} printed in a log line (a
				// Sentry event's user): the person's name
				e := sc.keyValueAt(q+1, ClassUser, true, false)
				valueEnd = max(valueEnd, e)
				next = max(next, e)
				continue
			}
			if len(key) == 4 && c == '=' && k > 0 && (b[k-1] == '?' || b[k-1] == '&') && eqLower(key, "name") && queryPersonName(b, q+1) {
				// a URL's ?name=Efua%20Boateng: a person (urlname.go)
				e := sc.keyValueAt(q+1, ClassUser, false, false)
				valueEnd = max(valueEnd, e)
				next = max(next, e)
				continue
			}
			if len(key) == 4 && eqLower(key, "name") && (c == '=' || c == ':' && q+1 < len(b) && (b[q+1] == ' ' || jsonNameKey(b, k, q))) {
				// logfmt's and a profile's name="Kofi Mensah" beside the
				// person's other keys (email=, user_id=): the person (in
				// compact JSON too: Splice's and SoundCloud's account,
				// {"username":"oluwaseun_beats","name":"Oluwaseun Okafor"},
				// and so escaped in a JSON string)
				if e := sc.personKeyName(k, q); e > q {
					valueEnd = max(valueEnd, e)
					next = max(next, e)
					continue
				}
			}
			if len(key) == 4 && c == '=' && k > 0 && (b[k-1] == '?' || b[k-1] == '&') && eqLower(key, "code") && authCode(b, q+1) {
				// an OAuth redirect's ?code=: it buys the account's tokens
				e := sc.keyValueAt(q+1, ClassToken, false, false)
				valueEnd = max(valueEnd, e)
				next = max(next, e)
				continue
			}
			if len(key) == 6 && c == '=' && k > 0 && (b[k-1] == '?' || b[k-1] == '&') && eqLower(key, "device") {
				// a URL's ?device=8c1d2e3f…: the device's id (ALSA's
				// device=hw:0,0 and device=0 are no query parameters)
				if e := sc.queryDeviceID(q + 1); e > q {
					valueEnd = max(valueEnd, e)
					next = max(next, e)
				}
				continue
			}
			if len(key) == 4 && eqLower(key, "guid") {
				// Crashpad's "guid" annotation (guid=4f3c...: 32 hex digits)
				// is the install's client id; a GUID written with dashes is
				// found by its shape, and public ones stay (knownGUID)
				if vs, ve := hex32At(b, q+1); ve > vs {
					// learned: a minidump holds it again as a bare string
					sc.learnLiteral(ClassMachineID, string(b[vs:ve]), string(b[vs:ve]), false)
					sc.add(vs, ve, ClassMachineID, string(b[vs:ve]))
					valueEnd = max(valueEnd, ve)
					next = max(next, ve)
				}
				continue
			}
			if len(key) <= 5 && len(key) >= 3 && q+1 < len(b) && (b[q+1] == '"' || b[q+1] == '\'') && (len(key) < 5 && (c == '=' || c == ':') && (eqLower(key, "key") || eqLower(key, "name"))) {
				// .NET's <add key="Password" value="…"/>, <Property
				// Name="Token" Value="…"/>: the quoted name says what the
				// value after it holds, and is no value itself
				if e := sc.namedValue(q + 1); e > q {
					valueEnd = max(valueEnd, e)
					next = max(next, e)
					continue
				}
			}
			if c == '=' && len(key) == 5 && q+1 < len(b) && (b[q+1] == '"' || b[q+1] == '\'') && eqLower(key, "value") {
				// Ableton Live's XML, <UserName Value="kai" />: the element
				// names what its Value holds
				if e := sc.elementValue(q); e > q {
					valueEnd = max(valueEnd, e)
					next = max(next, e)
					continue
				}
			}
		}
		// (what rawKeyword, normKey and classify say of the key, memoized
		// by its bytes: logs repeat their keys)
		m := sc.rawKeySlot(key)
		n, hit := int(m.n), m.hit
		if n >= 3 && !hit {
			if n == 4 && c == ':' && len(key) == 4 {
				if e := sc.formName(key, q); e > q { // a form's "Name: Thabo Nkosi" (ticket.go)
					valueEnd = max(valueEnd, e)
					next = max(next, e)
				}
			} else if n == len(key) && n <= 7 && c == ':' && q+2 < len(b) && b[q+1] == ' ' && b[q+2]-'A' < 26 && roomEndpointKey(key) {
				sc.roomPairValue(q + 2) // "Output: Bedroom Kofi" (rooms.go)
			}
			continue // classify would say keyNone
		}
		var kb [64]byte // here: most words stop before they need it
		nk := m.normKey(kb[:0], key)
		if len(nk) < 2 && n == 0 && len(key) >= 6 && key[0] >= 0x80 {
			// a key in a script normKey drops: "パスワード:", "Пароль:"
			if e := sc.foreignKey(key, q, c == ':' || k == i); e > q {
				valueEnd = max(valueEnd, e)
				next = max(next, e)
			}
			continue
		}
		if len(nk) < 2 || isDigit(nk[0]) && isDigit(nk[len(nk)-1]) {
			continue
		}
		class := m.classify(sc, nk)
		vp := q + 1
		if c == ':' && k >= 2 && b[k-1] == '{' && b[k-2] == '$' && vp < len(b) && (b[vp] == '-' || b[vp] == '=') {
			vp++ // "${REMOTE_USER:-ama}": the default is the value
		}
		if class == keyNone && compoundUserNK(nk) && (compoundUserKey(key) && wordValueAt(b, vp) || envUserKey(key) && lowerWordAt(b, vp)) {
			class = ClassUser // "StreamingUser=djchidi_ng", "sc_user=zola_dj", "POSTGRES_USER: ngozi_a" (the value is checked as any user's)
		}
		if class == ClassPhone && len(nk) == 3 && q+1 < len(b) && b[q+1] != ' ' && nk[0] == 't' {
			continue // a tel: URI, "tel:0241234567": telURI reads it (chat.go)
		}
		if class == keyNone && c == ':' {
			// (read from the slot before the calls below, which may fill another)
			f := m.colonFacts(key, nk)
			class = f.svc
			if string(nk) == "lastlogin" {
				sc.lastLoginFrom(q + 1) // "Last login: Tue May  2 10:11:12 2026 from studio-nas"
			}
			if f.ticket {
				if e := sc.ticketPerson(nk, q+1); e > q { // "Submitted by: Mateus Oliveira" (ticket.go)
					valueEnd = max(valueEnd, e)
					next = max(next, e)
					continue
				}
			}
			if f.social {
				if e := sc.socialHandle(nk, q); e > q { // "IG: @djkwabena" (social.go)
					valueEnd = max(valueEnd, e)
					next = max(next, e)
					continue
				}
			}
		}
		if class == keyNone && (c == ':' || c == '=') && (len(nk) == 2 || len(nk) == 7 || len(nk) == 6) {
			if e := sc.ownerValue(nk, k, q); e > q { // winver, Office's "Company:", a DN's CN= (userinfo.go)
				valueEnd = max(valueEnd, e)
				next = max(next, e)
				continue
			}
		}
		if class == keyNone && c == ':' && string(nk) == "machine" && psTranscriptMachine(b, q+1) {
			class = ClassHost
		}
		if class == keyNone && c == ':' && len(nk) >= 7 && strings.HasSuffix(string(nk), "network") && string(nk) != "virtualnetwork" {
			// (libvirt's "Virtual network: vnet0 (open)" names a VM's)
			if e := sc.securedNetwork(q + 1); e > q { // "Found network: Okafor-Home-2.4 (WPA2)" (wlan.go)
				valueEnd = max(valueEnd, e)
				next = max(next, e)
				continue
			}
		}
		if class == keyNone && c == ':' && q+2 < len(b) && b[q+1] == ' ' && b[q+2] >= 'A' && b[q+2] <= 'Z' {
			sc.roomPairValue(q + 2) // "AirPlay device: Kofi Bedroom" (rooms.go)
		}
		if class == keyNone && c == '=' && string(key) == "NETWORK" && envNetworkValue(b, q+1) {
			class = ClassNetwork // "NETWORK=Okafor Home" (wlan.go)
		}
		if class == keyNone && string(nk) == "team" && slackTeamLine(b, q) {
			class = ClassOrg // Slack's auth.test: the workspace's name (chat.go)
		}
		if class == keyNone {
			continue
		}
		if ks := cap(b) - cap(key); class == keyKeep && sc.maxEnd > ks && sc.covered(ks) {
			// a key that a finding holds ("DB\xe1ID:0:UUID: sID:00A", where
			// the line read in cp1252 (escapedLine) took "0:UUID:" as the
			// value of "DBáID"): a second pass reads a pseudonym there, no
			// key, and keeps no value after it
			continue
		}
		if class == keyKeep && c == '=' && k > 0 && (b[k-1] == '?' || b[k-1] == '&') && eqLower(key, "uuid") {
			continue // a URL's ?uuid=: a device's or account's, no build's; its shape decides
		}
		if class == keyKeep && c == '=' && string(key) == "UUID" {
			// fstab, root=UUID=, blkid: a filesystem's id (debug ids
			// are written "uuid", "UUID:" or under another name)
			class = keyVolume
		}
		if class == ClassKeyValue && c == ':' && string(key) == "Key" && windbgKeyRow(b, q+1) {
			// WinDbg's !analyze KEY_VALUES_STRING rows ("Key  :
			// Analysis.CPU.mSec" over "Value: 1421"): an analysis
			// figure's name, no key's secret
			continue
		}
		if class == ClassHost && string(nk) == "host" && publicServiceAt(b, q+1) {
			// HTTPSConnectionPool(host='sync.serato.com'): the server
			// connected to, as public as the URL it came from
			continue
		}
		if (class == ClassPassword || class == ClassUser) && c == ':' && k > 0 && b[k-1] == '(' && pamGroup(b, q+1) {
			// pam_unix(gdm-password:session), pam_unix(login:auth): a PAM
			// service and the management group, no password nor account
			continue
		}
		if class == keyKeep && c == ':' && string(nk) == "uuid" && machineUUIDLine(b, cap(b)-cap(key), q) {
			// dmidecode's System Information, PowerShell's
			// Win32_ComputerSystemProduct: "UUID: 4C4C4544-..." opening a
			// line is the board's (a Dell's encodes its service tag)
			class = ClassMachineID
		}
		if class == keyKeep && string(nk) == "uuid" {
			class = uuidOwner(b, cap(b)-cap(key), class) // wpa_cli's, a user's (systools.go)
		}
		if class == ClassHost && string(nk) == "devicename" && bytes.IndexByte(key, '.') >= 0 && pipewireObjectAt(b, q+1) {
			// PipeWire's "device.name = alsa_card.usb-Pioneer_DJ_…":
			// a sound card's object, named after its vendor, model and
			// serial (the serial and address detectors see those)
			continue
		}
		if class == ClassSerial && (string(nk) == "idserial" || string(nk) == "deviceserial") && udevVendorModel(b, q+1) {
			// "ID_SERIAL=Pioneer_DDJ-FLX4": the device has no serial
			continue
		}
		if class == ClassHost && string(nk) == "devicename" && sc.deviceProductAt(q+1) {
			// "Device Name: Scarlett 2i2 USB", DxDiag's DirectInput
			// "Device Name: Mouse": a product, no machine (learned, its
			// first word would go from the whole report)
			continue
		}
		if class == ClassHost && string(nk) == "nodename" && bytes.IndexByte(key, '.') >= 0 {
			// PipeWire's "node.name = bluez_output.AC_80_0A_11_22_33.1":
			// an audio node, no machine (the address detectors see it)
			continue
		}
		if class == ClassPassword && c == ':' && (string(nk) == "passwd" || string(nk) == "shadow") && nssSourcesAt(b, q+1) {
			// nsswitch.conf: "passwd:   files systemd" names where
			// accounts are looked up
			continue
		}
		if class == ClassUser && c == '=' && string(nk) == "author" && vdjTagsBefore(b, cap(b)-cap(key)) {
			// VirtualDJ's database.xml, <Tags Author="Tarkan" Title=…>:
			// a track's artist, as public as its title (the owner's
			// account is in the song's FilePath, read as a path)
			continue
		}
		if class == ClassUser && string(nk) == "logname" && !bytes.Equal(key, []byte("LOGNAME")) && !bytes.Equal(key, []byte("logname")) {
			// "Log Name: Application" (wevtutil, Get-WinEvent): an event
			// log channel; $LOGNAME is spelled as the variable
			continue
		}
		if class == ClassUser && string(nk) == "displayname" && windowsServiceAround(b, cap(b)-cap(key)) {
			// sc query's and sc qc's "DISPLAY_NAME: Windows Update", Get-Service's
			// and wmic service's "DisplayName : Backup Agent": a service's
			// name, no person's
			continue
		}

		if (class == ClassPassword || class == ClassToken || class == ClassUser) && secretRef(b, q+1) > 0 {
			// password=os.environ["DB_PASS"], secret: process.env.SECRET:
			// code or a shell reading the secret from elsewhere, no
			// secret (a literal default in it is one)
			sc.refDefault(q+1, secretRef(b, q+1), class)
			continue
		}
		if c == ':' && class != keyNone && sourcePosition(key, b, q+1) {
			// a compiler's or a traceback's "./internal/auth/token.go:88:14:",
			// "secret.go:12:", "session.c:120:": a source file and its line,
			// no key
			continue
		}
		if c == '=' && q > 0 && b[q-1] == ' ' && q+2 < len(b) && b[q+1] == ' ' && codeValue(b, q+2) {
			// "    user = cache[key]" of a traceback: code, no value
			continue
		}
		if pkgVersionClass(class) && pkgName(key) {
			// "google-auth": "2.23.0", next-auth = "^4.24": a package and
			// its version, no secret (see versionSpec)
			if e := sc.versionValue(q+1, class, nk); e > q {
				valueEnd = max(valueEnd, e)
				next = max(next, e)
				continue
			}
		}

		if (class == ClassSerial || class == ClassMachineID) && firmwarePlaceholder(b, q+1) {
			// "Serial Number: Default string": the board has none
			continue
		}

		if class == ClassMachineID && (pnpPathAt(b, q+1) || win32DevicePath(b, q+1)) {
			// "Hardware ID: USB\VID_1235&PID_8210\SERIAL" (DxDiag,
			// Get-PnpDevice): vendor and product ids are for support; the
			// path detector scrubs the instance part when the value is left
			// to it as a word of its own. "DeviceID : \\.\PHYSICALDRIVE0"
			// (Win32_DiskDrive) names a disk by its number, nobody's
			continue
		}
		// "psk=Sn0fjell&Hytte 1994" on a line of its own (keyfiles,
		// .ini, .conf): the value is the rest of the line
		ks := cap(b) - cap(key)
		// A network name may hold blanks wherever "ssid=" stands.
		whole := c == '=' && (ks == 0 || lineBreak(b[ks-1])) && class == ClassPassword || c == '=' && (class == ClassNetwork || class == ClassOrg)
		v := q + 1
		if class == ClassUser {
			v = serviceHandleStart(b, v) // "contact: insta @kwabena.mixes": the handle, not the service
		}
		if c == ':' && k >= 2 && b[k-1] == '{' && b[k-2] == '$' && v < len(b) && (b[v] == '-' || b[v] == '=') {
			v++ // a shell's "${USER:-kwabena}": the default is the value, not "-kwabena"
		}
		if c == '=' && v+len(key) < len(b) && b[v+len(key)] == '@' && gdbEntryValue(b, key, v) {
			v += len(key) + len("@entry=") // gdb's "sig=sig@entry=6", "user=user@entry=0x…": the value at entry follows
		}
		if class == ClassPassword && c == '=' && keywordArgSelf(b, key, v) {
			// a call's keyword argument passing a variable of the same
			// name, as a traceback quotes the code ("authenticate(request,
			// username=username, password=password)"): no password
			continue
		}
		e := sc.keyValueAt(v, class, c == ':' || k == i, whole)
		valueEnd = max(valueEnd, e)
		next = max(next, e)
	}
	return next
}

// inUserinfo reports whether w[k] lies in the userinfo of a URL in the
// word w (userinfoStart). *url caches whether w holds "://" and an '@' at
// all (-1: unknown).
func inUserinfo(w []byte, k int, url *int) bool {
	if *url < 0 {
		*url = 0
		if bytes.IndexByte(w, '@') > 0 && bytes.Contains(w, []byte("://")) {
			*url = 1
		}
	}
	if *url == 0 {
		return false
	}
	at := bytes.IndexByte(w[k:], '@')
	if at <= 0 {
		return false
	}
	us := userinfoStart(w, 0, k+at)
	return us >= 0 && us <= k
}

// queryDeviceID replaces the value at p of a URL query's "device"
// parameter when it reads as an id: 8 bytes or more of letters, digits,
// '-', '_' and '.', a digit among them, up to the next parameter. It
// returns where the value ends, or -1.
func (sc *scanner) queryDeviceID(p int) int {
	b := sc.b
	e := p
	digit := false
	for e < len(b) && e-p <= 128 && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_' || b[e] == '.') {
		digit = digit || isDigit(b[e])
		e++
	}
	if e-p < 8 || e-p > 128 || !digit || e < len(b) && !(b[e] == '&' || b[e] == '#' || b[e] <= ' ' || b[e] == '"' || b[e] == '\'' || b[e] == ')' || b[e] == ',' || b[e] == ';') {
		return -1
	}
	if e-p == 36 && b[p+8] == '-' && b[p+23] == '-' || pseudonymAt(b, e) || sc.s.allowed(string(b[p:e])) {
		return -1 // (a UUID is found by its shape, as everywhere)
	}
	sc.add(p, e, ClassMachineID, string(b[p:e]))
	return e
}

// firmwarePlaceholders are the texts firmware vendors leave in DMI
// serial, UUID and asset-tag fields that were never filled in: shared by
// millions of boards, they name no machine and tell support the board
// has no serial.
var firmwarePlaceholders = wordSet(strings.Join([]string{
	"default_string", "not_specified", "not_applicable", "not_available", "not_present", "not_settable",
	"to_be_filled_by_o.e.m.", "to_be_filled_by_oem", "system_serial_number", "chassis_serial_number",
	"base_board_serial_number", "type2_-_board_serial_number", "type1productconfigid", "no_asset_tag",
	"no_asset_information", "asset-1234567890", "0123456789", "1234567890", "serial_number", "none", "oem", "o.e.m.",
	"invalid", "empty", "unspecified", "default", "0", "00000000", "xxxxxxxx",
}, " "))

// firmwarePlaceholder reports whether the value at p (blanks first) up to
// the end of its line is a firmware placeholder.
func firmwarePlaceholder(b []byte, p int) bool {
	for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	e := p
	for e < len(b) && e-p <= 32 && !lineBreak(b[e]) {
		e++
	}
	if e-p > 32 {
		return false
	}
	for e > p && (b[e-1] == ' ' || b[e-1] == '\t' || b[e-1] == '"' || b[e-1] == ',') {
		e--
	}
	if p < e && b[p] == '"' {
		p++
	}
	if p >= e {
		return false
	}
	var buf [32]byte
	v := buf[:0]
	for _, c := range b[p:e] {
		if c == ' ' {
			c = '_'
		}
		v = append(v, lower(c))
	}
	return firmwarePlaceholders[string(v)]
}

// publicServiceAt reports whether the value at p (after blanks or a
// quote) is a public service's DNS name: lowercase dotted labels ending
// in a letters-only top-level label, in no private zone, whose first
// label reads as no machine's name (machineLabel).
func publicServiceAt(b []byte, p int) bool {
	for p < len(b) && (b[p] == ' ' || b[p] == '\'' || b[p] == '"') {
		p++
	}
	e := p
	for e < len(b) && e-p <= 253 && (b[e] >= 'a' && b[e] <= 'z' || isDigit(b[e]) || b[e] == '-' || b[e] == '.') {
		e++
	}
	if e < len(b) && (isAlnum(b[e]) || b[e] == '_' || b[e] >= 0x80) {
		return false // more follows: capitals, '_', another script
	}
	v := string(b[p:e])
	d := strings.IndexByte(v, '.')
	t := strings.LastIndexByte(v, '.')
	if d <= 0 || t == len(v)-1 || len(v)-t-1 < 2 {
		return false
	}
	for _, c := range []byte(v[t+1:]) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return !machineLabel(v[:d], v)
}

// pamGroup reports whether a PAM management group and ')' come at p.
func pamGroup(b []byte, p int) bool {
	for _, g := range []string{"auth)", "account)", "session)", "password)"} {
		if matchFold(b, p, g) > 0 {
			return true
		}
	}
	return false
}

// machineUUIDLine reports whether the key "UUID" at ks, with its ':' at
// q, opens a line (after blanks) that does not read like dwarfdump's
// "UUID: <id> (arm64) /path/to/binary", the one tool that prints a build
// id that way; elsewhere a build id comes as "<id>" or under a longer key.
func machineUUIDLine(b []byte, ks, q int) bool {
	k := ks
	for k > 0 && (b[k-1] == ' ' || b[k-1] == '\t') {
		k--
	}
	if k > 0 && !lineBreak(b[k-1]) {
		return false
	}
	// the value, then what follows it: a word in parentheses (the
	// architecture: "UUID: E1A2… (arm64) /path") makes it a build's. Only
	// right after the value: a '(' further on starts another key's value
	// ("session: (000"), which a first pass may replace; a '(' glued to a
	// word may go with a value a pseudonym replaces
	e := q + 1
	for e < len(b) && (b[e] == ' ' || b[e] == '\t') {
		e++
	}
	for e < len(b) && b[e] > ' ' {
		e++
	}
	for e < len(b) && (b[e] == ' ' || b[e] == '\t') {
		e++
	}
	return !(e < len(b) && b[e] == '(' && (b[e-1] == ' ' || b[e-1] == '\t'))
}

// headerPair handles a header or field of a request that a log line
// prints as JSON: a [name, value] pair (`["Authorization","Basic ..."]`,
// as Sentry's request interface writes headers and cookies) or a
// {"name": ..., "value": ...} object (HAR files). The word [i, j) is the
// quoted name; its value is scrubbed as ScrubJSON scrubs it (headerClass).
// It returns where the value ends, or -1.
func (sc *scanner) headerPair(i, j int) int {
	b := sc.b
	k := i - 2
	for k > 0 && b[k] == ' ' {
		k--
	}
	obj := false
	switch {
	case b[k] == '[':
	case b[k] == ':':
		// "name": "Authorization"
		k--
		for k > 0 && b[k] == ' ' {
			k--
		}
		if k < 5 || b[k] != '"' || !eqLower(b[k-4:k], "name") || b[k-5] != '"' {
			return -1
		}
		obj = true
	default:
		return -1
	}
	class := headerClass(b[i:j])
	if class == "" {
		return -1
	}
	p := j + 2
	for p < len(b) && b[p] == ' ' {
		p++
	}
	if obj {
		e := matchFold(b, p, `"value"`)
		if e < 0 {
			return -1
		}
		for e < len(b) && b[e] == ' ' {
			e++
		}
		if e >= len(b) || b[e] != ':' {
			return -1
		}
		p = e + 1
		for p < len(b) && b[p] == ' ' {
			p++
		}
	}
	if p >= len(b) || b[p] != '"' {
		return -1
	}
	return sc.keyValueAt(p, class, false, false)
}

// letterBefore: b ends with a letter outside ASCII (no stray byte of
// binary data).
func letterBefore(b []byte) bool {
	r, n := utf8.DecodeLastRune(b)
	return n > 1 && unicode.IsLetter(r)
}

// foreignPasswordKeys: "password" in scripts normKey drops.
var foreignPasswordKeys = []string{"パスワード", "密码", "密碼", "пароль", "Пароль", "ПАРОЛЬ", "비밀번호", "كلمة المرور", "סיסמה", "κωδικός"}

// foreignKeys: serial numbers and user names in scripts normKey drops
// (compared in lower case).
var foreignKeys = map[string]string{
	"シリアル番号": ClassSerial, "シリアルナンバー": ClassSerial, "製造番号": ClassSerial, "序列号": ClassSerial,
	"序列號": ClassSerial, "序號": ClassSerial, "시리얼 번호": ClassSerial, "일련번호": ClassSerial,
	"серийный номер": ClassSerial, "серійний номер": ClassSerial, "σειριακός αριθμός": ClassSerial,
	"ユーザー名": ClassUser, "用户名": ClassUser, "用戶名": ClassUser, "使用者名稱": ClassUser, "사용자 이름": ClassUser,
	"имя пользователя": ClassUser, "пользователь": ClassUser, "користувач": ClassUser, "اسم المستخدم": ClassUser,
	"שם משתמש": ClassUser, "όνομα χρήστη": ClassUser,
	// "Full name" in ru, uk, zh, ja, ko, ar, he, el, hi, th, fa
	"полное имя": ClassUser, "повне ім'я": ClassUser, "повне ім’я": ClassUser, "全名": ClassUser, "姓名": ClassUser,
	"氏名": ClassUser, "フルネーム": ClassUser, "성명": ClassUser, "전체 이름": ClassUser, "الاسم الكامل": ClassUser,
	"שם מלא": ClassUser, "πλήρες όνομα": ClassUser, "पूरा नाम": ClassUser, "ชื่อเต็ม": ClassUser, "نام کامل": ClassUser,
	// systeminfo's "Registered Owner", "Registered Organization" and "Host
	// Name" in ru, uk, ja, zh, ko
	"зарегистрированный владелец": ClassUser, "зареєстрований власник": ClassUser, "登録されている所有者": ClassUser,
	"注册的所有人": ClassUser, "등록된 소유자": ClassUser,
	"зарегистрированная организация": ClassOrg, "зареєстрована організація": ClassOrg, "登録されている組織": ClassOrg,
	"注册的组织": ClassOrg, "등록된 조직": ClassOrg,
	"имя узла": ClassHost, "ім'я вузла": ClassHost, "ホスト名": ClassHost, "主机名": ClassHost, "호스트 이름": ClassHost,
	// "User name" and "Computer name" or "Device name" as Windows'
	// Settings, System and an app's About box write them in zh-CN, zh-TW,
	// ja, ko, th, hi, uk, ru, el, he, fa, ar
	"用戶名稱": ClassUser, "使用者名称": ClassUser, "ชื่อผู้ใช้": ClassUser, "उपयोगकर्ता नाम": ClassUser,
	"उपयोगकर्ता का नाम": ClassUser, "ім'я користувача": ClassUser, "ім’я користувача": ClassUser,
	"نام کاربری": ClassUser, "نام کاربر": ClassUser,
	"计算机名": ClassHost, "计算机名称": ClassHost, "计算机全名": ClassHost, "完整的计算机名称": ClassHost, "设备名称": ClassHost,
	"電腦名稱": ClassHost, "完整電腦名稱": ClassHost, "裝置名稱": ClassHost, "コンピューター名": ClassHost,
	"コンピュータ名": ClassHost, "フル コンピューター名": ClassHost, "デバイス名": ClassHost, "컴퓨터 이름": ClassHost,
	"전체 컴퓨터 이름": ClassHost, "장치 이름": ClassHost, "ชื่อคอมพิวเตอร์": ClassHost, "ชื่ออุปกรณ์": ClassHost,
	"कंप्यूटर का नाम": ClassHost, "कंप्यूटर नाम": ClassHost, "डिवाइस का नाम": ClassHost, "имя компьютера": ClassHost,
	"имя устройства": ClassHost, "ім'я комп'ютера": ClassHost, "ім’я комп’ютера": ClassHost, "ім'я пристрою": ClassHost,
	"ім’я пристрою": ClassHost, "όνομα υπολογιστή": ClassHost, "όνομα συσκευής": ClassHost, "שם המחשב": ClassHost,
	"שם מחשב": ClassHost, "שם ההתקן": ClassHost, "نام رایانه": ClassHost, "نام کامپیوتر": ClassHost, "نام دستگاه": ClassHost,
	"اسم الكمبيوتر": ClassHost, "اسم الجهاز": ClassHost,
}

// foreignKey handles a key written in a script normKey drops; q is its
// separator's last byte; spaced: blanks may come before the value (after
// a ':', or a '=' standing alone: "用户名 = wang.wei"). It returns where
// the value ends, or -1.
func (sc *scanner) foreignKey(key []byte, q int, spaced bool) int {
	for _, w := range foreignPasswordKeys {
		if string(key) == w {
			return sc.keyValue(q+1, ClassPassword, spaced)
		}
	}
	if class := foreignClass(strings.ToLower(string(key))); class != "" {
		return sc.keyValue(q+1, class, spaced)
	}
	if ks := cap(sc.b) - cap(key); ks >= 2 && sc.b[ks-1] == '\'' && sc.b[ks-2] >= 0x80 {
		// an apostrophe in the key, where keyPhrase stops: Ukrainian's
		// "Ім'я користувача", "Ім'я комп'ютера" (up to 48 bytes back)
		b := sc.b
		s := ks - 1
		for s > 0 && ks-s < 48 && (b[s-1] >= 0x80 || b[s-1] == '\'' || b[s-1] == ' ') {
			s--
		}
		if class := foreignClass(strings.ToLower(string(b[s : ks+len(key)]))); class != "" {
			return sc.keyValue(q+1, class, spaced)
		}
	}
	return -1
}

// foreignClass returns the class of the key lk (lower case) of
// foreignKeys or foreignPasswordKeys, or of the key it ends with after a
// character: the end of a longer phrase ("登录信息 用户名：x",
// "新しいパスワード：x"), or of a binary string's bytes before the key
// (up to 24 starts tried). It returns "" for none.
func foreignClass(lk string) string {
	for p, n := 0, 0; p < len(lk) && n < 24; p++ {
		if utf8.RuneStart(lk[p]) && lk[p] != ' ' && lk[p] != '\'' {
			n++
			if class, ok := foreignKeys[lk[p:]]; ok {
				return class
			}
			if slices.Contains(foreignPasswordKeys, lk[p:]) {
				return ClassPassword
			}
		}
	}
	return ""
}

// wideColon is U+FF1A, the full-width colon Chinese and Japanese text
// writes after a key.
var wideColon = []byte("\uff1a")

// wideColonKey handles a key in CJK before a full-width colon, as
// Chinese and Japanese UIs and logs write it: "用户名：wang.wei",
// "ホスト名： studiobox", "パスワード：x". The word [i, j) starts with the
// key; the colon is in it, or right after it (trimPunct cut it off the
// word when nothing followed), or after a blank. It returns where the
// value ends, or -1.
func (sc *scanner) wideColonKey(i, j int) int {
	b := sc.b
	k := bytes.Index(b[i:min(j+3, len(b), i+64)], wideColon)
	if k < 0 && j+4 <= len(b) && b[j] == ' ' && b[j+1] == 0xef && b[j+2] == 0xbc && b[j+3] == 0x9a {
		k = j + 1 - i // alone between blanks: "用户名 ： wang.wei"
	}
	if k < 6 {
		return -1
	}
	q := i + k
	key := sc.keyPhrase(q)
	if len(key) < 6 || len(key) > 64 || key[0] < 0x80 {
		return -1
	}
	return sc.foreignKey(key, q+2, true)
}

// secretOptions are command-line options (normalized) whose next
// argument is a secret: "--password S3cret", keytool's "-storepass x".
// Not "pass" or "pw": ffmpeg's "-pass 2" is no password.
var secretOptions = map[string]string{
	"password": ClassPassword, "passwd": ClassPassword, "passphrase": ClassPassword,
	"storepass": ClassPassword, "keypass": ClassPassword, "srcstorepass": ClassPassword,
	"deststorepass": ClassPassword, "dbpassword": ClassPassword, "adminpassword": ClassPassword,
	"token": ClassToken, "apikey": ClassToken, "apitoken": ClassToken, "authtoken": ClassToken,
	"accesstoken": ClassToken, "secret": ClassToken, "clientsecret": ClassToken,
	"secretkey": ClassToken, "accesskey": ClassToken, "secretaccesskey": ClassToken,
}

// secretOption returns the class of the argument after w when w is a
// secret option ("--password", "-storepass"), or "".
func secretOption(w []byte) string {
	if len(w) < 3 || len(w) > 26 || w[0] != '-' {
		return ""
	}
	o := 1
	if w[1] == '-' {
		o = 2
	}
	if bytes.IndexByte(w, '=') >= 0 {
		return ""
	}
	var kb [24]byte
	return secretOptions[string(normKey(kb[:0], w[o:]))]
}

// nextElementArg handles the argument of a secret option written as the
// next element of a list, the option's own element ending at p: an argv
// printed as a list (["--password", "S3cret"], ['--token', 'x']) or a
// launchd plist's ProgramArguments (<string>--password</string>
// <string>S3cret</string>). It returns where the value ends, or -1.
func (sc *scanner) nextElementArg(p int, class string) int {
	b := sc.b
	vs, ve := -1, -1
	switch {
	case p+3 < len(b) && (b[p] == '"' || b[p] == '\''):
		q := b[p]
		k := p + 1
		for k < len(b) && k-p < 8 && (b[k] == ' ' || b[k] == ',') {
			k++
		}
		if k == p+1 || k >= len(b) || b[k] != q {
			return -1
		}
		vs = k + 1
		ve = vs
		for ve < len(b) && ve-vs < 256 && b[ve] != q && !lineBreak(b[ve]) {
			if b[ve] == '\\' {
				ve++
			}
			ve++
		}
		if ve >= len(b) || b[ve] != q {
			return -1
		}
	case p+9 < len(b) && b[p] == '<' && bytes.HasPrefix(b[p:], []byte("</string>")):
		k := p + 9
		for k < len(b) && k-p < 64 && (b[k] == ' ' || b[k] == '\t' || b[k] == '\n' || b[k] == '\r') {
			k++
		}
		if !bytes.HasPrefix(b[k:], []byte("<string>")) {
			return -1
		}
		vs = k + 8
		ve = vs
		for ve < len(b) && ve-vs < 256 && b[ve] != '<' && !lineBreak(b[ve]) {
			ve++
		}
		if ve >= len(b) || b[ve] != '<' {
			return -1
		}
	default:
		return -1
	}
	v := b[vs:ve]
	if len(v) == 0 || v[0] == '-' || v[0] == '<' || skipValue(v, class) || metavar(v) {
		return -1
	}
	if !sc.s.allowed(string(v)) {
		sc.add(vs, ve, class, string(v))
	}
	return ve
}

// cmdOption handles a secret given to a command-line option (ProcCmdline,
// ps): "--password S3cret", mysql's glued "-pS3cret", sshpass's "-p x",
// curl's "-u user:password". The word [i, j) starts with '-'. It returns
// where the secret ends, or -1.
func (sc *scanner) cmdOption(i, j int) int {
	b := sc.b
	if gluedToPseudonym(b, i) {
		// "<mac-1>--user": the rest of a longer word in the first pass
		// ("0A:00:00:00:00:00--user"), no option
		return -1
	}
	o := i
	for o < j && b[o] == '-' {
		o++
	}
	if o-i > 2 || o == j || bytes.IndexByte(b[o:j], '=') >= 0 {
		return -1 // "--password=x" is keyValues'
	}
	name := b[o:j]
	var kb [24]byte
	if class, ok := secretOptions[string(normKey(kb[:0], name))]; ok {
		if j < len(b) && b[j] != ' ' {
			return sc.nextElementArg(j, class)
		}
		return sc.optionArg(j, class, false)
	}
	if o-i != 1 {
		if string(name) == "user" && sc.lineHas(i, "curl") {
			return sc.optionArg(j, ClassPassword, true)
		}
		if string(name) == "user" && !sc.userFlagTool(i) {
			// sudo, pkexec, runuser, docker run --user NAME; not such a
			// tool's name ("--user systemctl --user x": its own flag
			// follows, which a pass replacing the tool would then read)
			if j+1 < len(b) && b[j] == ' ' && userFlagToolWord(b[j+1:min(len(b), j+25)]) {
				return -1
			}
			return sc.optionUser(j)
		}
		if string(name) == "host" || string(name) == "hostname" {
			return sc.optionHost(j) // "--host studio-box", docker run --hostname NAME
		}
		switch string(normKey(kb[:0], name)) {
		case "username", "account", "accountname", "loginname":
			return sc.optionUser(j) // "--username kelechi", "--account kelechi.o"
		case "login", "owner", "author":
			// a word of more uses ("bash --login", "--owner root"): the
			// account only as the option's whole argument
			if e := optionArgEnd(b, j); e > j+1 && (e == len(b) || lineBreak(b[e]) || e+1 < len(b) && b[e] == ' ' && b[e+1] == '-') {
				return sc.optionUser(j)
			}
		}
		return -1
	}
	switch {
	case name[0] == 'p' && len(name) > 1 && isAlnum(name[1]) && (sc.lineHas(i, "mysql") || sc.lineHas(i, "mariadb")):
		// the MySQL clients take the password glued: "-p" alone prompts,
		// "-p db" names a database
		if b[o+1] != '<' {
			sc.add(o+1, j, ClassPassword, string(b[o+1:j]))
		}
		return j
	case len(name) == 1 && name[0] == 'p' && (sc.lineHas(i, "sshpass") || sc.lineHas(i, "login")):
		// sshpass -p X; docker, podman and helm registry login -p X
		return sc.optionArg(j, ClassPassword, false)
	case len(name) == 1 && name[0] == 'u' && (sc.lineHas(i, "login") || sc.lineHas(i, "mysql") || sc.lineHas(i, "mariadb")):
		return sc.optionUser(j) // docker login -u NAME, mysql -u NAME
	case len(name) == 1 && name[0] == 'U' && (sc.lineHas(i, "psql") || sc.lineHas(i, "pg_dump") || sc.lineHas(i, "createdb")):
		return sc.optionUser(j) // psql -U NAME
	case len(name) == 1 && name[0] == 'h' && (sc.lineHas(i, "psql") || sc.lineHas(i, "pg_dump") || sc.lineHas(i, "mysql") || sc.lineHas(i, "mariadb")):
		return sc.optionHost(j) // psql -h NAME, mysql -h NAME
	case len(name) == 1 && name[0] == 'U' && sc.lineHas(i, "smbclient"):
		// smbclient -U user%password (or DOMAIN\user%password)
		return sc.smbUser(j)
	case len(name) == 1 && name[0] == 'u' && sc.lineHas(i, "curl"):
		return sc.optionArg(j, ClassPassword, true)
	case len(name) == 1 && name[0] == 's' && sc.lineHas(i, "adb"):
		return sc.adbSerial(j)
	}
	return -1
}

// userFlagTool reports whether one of the three words before the option
// at i (on its line) is a tool whose --user is a flag taking no account:
// systemd's ("systemctl --user restart x"), D-Bus's, pip's and flatpak's
// ("pip install --user requests"). Only the words right before count,
// so what a pass replaces further back cannot change the answer; a word
// a finding replaced ("Users/systemctl", a home folder) is no tool, as
// the pseudonym a second pass reads there is none.
func (sc *scanner) userFlagTool(i int) bool {
	b := sc.b
	k := i
	for range 3 {
		for k > 0 && b[k-1] == ' ' {
			k--
		}
		e := k
		for k > 0 && b[k-1] > ' ' && b[k-1] != '/' && e-k < 24 {
			k--
		}
		if k == e || k > 0 && b[k-1] != ' ' && b[k-1] != '/' {
			return false
		}
		if w := bytes.TrimLeft(b[k:e], "(`\"'"); userFlagToolWord(w) {
			return !sc.replacedAt(e - len(w))
		}
		for k > 0 && b[k-1] != ' ' && !lineBreak(b[k-1]) {
			k-- // the rest of a path
		}
		if k == 0 || lineBreak(b[k-1]) {
			return false
		}
	}
	return false
}

// userFlagToolWord: w starts with the name of a tool whose --user takes
// no account (systemd itself too: "(systemd --user integration)", the
// user manager).
func userFlagToolWord(w []byte) bool {
	for _, t := range []string{"systemctl", "journalctl", "systemd", "busctl", "dbus-", "pip", "install", "flatpak", "gpgconf"} {
		if bytes.HasPrefix(w, []byte(t)) {
			return true
		}
	}
	return false
}

// afterFold reports whether b[:i] ends with w, ASCII case folded, at a
// word start.
func afterFold(b []byte, i int, w string) bool {
	k := i - len(w)
	return k >= 0 && matchFold(b, k, w) == i && (k == 0 || !isAlnum(b[k-1]))
}

// licenseIssued: a license's own words before "to" at i say whom it is
// for, in British spelling too: "licenced to", "licence issued to",
// "license granted to".
func licenseIssued(b []byte, i int) bool {
	if afterFold(b, i, "licenced ") {
		return true
	}
	k := i
	switch {
	case afterFold(b, i, "issued "):
		k -= 7
	case afterFold(b, i, "granted "):
		k -= 8
	default:
		return false
	}
	return afterFold(b, k, "license ") || afterFold(b, k, "licence ")
}

// idUID: w is id(1)'s "uid=N" or "euid=N".
func idUID(w []byte) bool {
	k := bytes.IndexByte(w, '=')
	return k > 0 && (string(w[:k]) == "uid" || string(w[:k]) == "euid") && k+1 < len(w) && allDigits(w[k+1:])
}

// idAccount learns and replaces the account name in parentheses at p
// after id(1)'s uid ("uid=1000(kai)"). It returns where it ends, or -1.
func (sc *scanner) idAccount(p int) int {
	b := sc.b
	s := p + 1
	e := s
	for e < len(b) && e-s <= 64 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '_' || b[e] == '-' || b[e] == '$' || b[e] >= 0x80) {
		e++
	}
	if e == s || e >= len(b) || b[e] != ')' {
		return -1
	}
	if !sc.accountSpan(s, e) {
		return -1
	}
	return e + 1
}

// optionUser learns and replaces the account name after an option that
// ends at p ("docker login -u kai"). It returns where it ends, or -1.
func (sc *scanner) optionUser(p int) int {
	b := sc.b
	if p+1 >= len(b) || b[p] != ' ' {
		return -1
	}
	vs := p + 1
	ve := vs
	for ve < len(b) && ve-vs < 128 && b[ve] > ' ' && b[ve] != '"' && b[ve] != '\'' {
		ve++
	}
	for ve > vs && (b[ve-1] == '.' || b[ve-1] == ',' || b[ve-1] == ';') {
		ve-- // a sentence's end ("the --user option."): no account ends so
	}
	if ds, de := shellDefault(b, vs); de == ve-1 {
		vs, ve = ds, de // "--user ${SUDO_USER:-ama}": the default is the account
	}
	if ve == vs || b[vs] == '-' || b[vs] == '<' || b[vs] == '$' || !sc.accountSpan(vs, ve) {
		return -1
	}
	return ve
}

// optionArgEnd returns where the unquoted argument after the option
// ending at p ends (p itself when none follows).
func optionArgEnd(b []byte, p int) int {
	if p+1 >= len(b) || b[p] != ' ' {
		return p
	}
	e := p + 1
	for e < len(b) && e-p <= 128 && b[e] > ' ' && b[e] != 0x7f {
		e++
	}
	return e
}

// optionHost handles the machine named after "--host" or "--hostname"
// (the option ends at p): learned and replaced unless an address (the
// IP detector's), a generic name or a placeholder ("HOST").
func (sc *scanner) optionHost(p int) int {
	b := sc.b
	if p+1 >= len(b) || b[p] != ' ' {
		return -1
	}
	vs := p + 1
	ve := vs
	for ve < len(b) && ve-vs < 253 && b[ve] > ' ' && b[ve] != '"' && b[ve] != '\'' && b[ve] != ',' && b[ve] != ';' {
		ve++
	}
	for ve > vs && b[ve-1] == '.' {
		ve--
	}
	if ds, de := shellDefault(b, vs); de == ve-1 {
		vs, ve = ds, de // "--host ${DB_HOST:-kofi-pc}": the default is the machine
	}
	if ve == vs || b[vs] == '-' || b[vs] == '<' || b[vs] == '$' || metavar(b[vs:ve]) {
		return -1
	}
	if allLetters(b[vs:ve]) && ve < len(b) && !lineBreak(b[ve]) && !(b[ve] == ' ' && ve+1 < len(b) && (b[ve+1] == '-' || lineBreak(b[ve+1]))) {
		return -1 // a word of prose ("use --host to choose the server")
	}
	sc.valueSpan(vs, ve, ClassHost)
	return -1 // (the detectors read on: an address, a URL's user info)
}

// smbUser handles smbclient's "-U user%password" after the option ending
// at p: the account is learned and replaced, the password replaced.
func (sc *scanner) smbUser(p int) int {
	b := sc.b
	if p+1 >= len(b) || b[p] != ' ' {
		return -1
	}
	vs := p + 1
	ve := vs
	for ve < len(b) && ve-vs < 256 && b[ve] > ' ' {
		ve++
	}
	v := b[vs:ve]
	us := 0
	if k := bytes.LastIndexByte(v, '\\'); k >= 0 {
		us = k + 1 // DOMAIN\user%password: the domain is left to the host detectors
	}
	pct := bytes.IndexByte(v[us:], '%')
	ue := len(v)
	if pct >= 0 {
		ue = us + pct
	}
	if ue > us {
		sc.accountSpan(vs+us, vs+ue)
	}
	if pct >= 0 && ue+1 < len(v) && v[ue+1] != '<' && !sc.s.allowed(string(v[ue+1:])) {
		sc.add(vs+ue+1, ve, ClassPassword, string(v[ue+1:]))
	}
	return ve
}

// adbSerial handles "adb -s SERIAL": the device's serial number after the
// option ending at p is learned and replaced; an emulator's name
// (emulator-5554) and a network device's address are left to the other
// detectors. It returns where the serial ends, or -1.
func (sc *scanner) adbSerial(p int) int {
	b := sc.b
	if p+1 >= len(b) || b[p] != ' ' {
		return -1
	}
	vs := p + 1
	ve := vs
	for ve < len(b) && ve-vs <= 64 && (isAlnum(b[ve]) || b[ve] == '-' || b[ve] == '_' || b[ve] == '.') {
		ve++
	}
	if ve < len(b) && b[ve] > ' ' && b[ve] != '"' && b[ve] != '\'' {
		return -1 // "host:5555", a pseudonym...
	}
	v := b[vs:ve]
	if bytes.HasPrefix(v, []byte("emulator-")) || !serialShaped(v) || !hasLetterOrLong(v) || !sc.serialAt(vs, ve) {
		return -1
	}
	return ve
}

// optionArg replaces the argument after an option ending at p (a blank,
// then a word or a quoted string) as class. userPass: "user:password",
// of which the password is replaced (the argument is left alone without
// a ':').
func (sc *scanner) optionArg(p int, class string, userPass bool) int {
	b := sc.b
	if p+1 >= len(b) || b[p] != ' ' {
		return -1
	}
	vs := p + 1
	ve := vs
	if q := b[vs]; q == '\'' || q == '"' {
		vs++
		ve = vs
		for ve < len(b) && ve-vs < 256 && b[ve] != q && !lineBreak(b[ve]) {
			ve++
		}
		if ve >= len(b) || b[ve] != q {
			return -1
		}
	} else {
		for ve < len(b) && ve-vs < 256 && b[ve] > ' ' && b[ve] != 0x7f {
			ve++
		}
	}
	v := b[vs:ve]
	if len(v) == 0 || v[0] == '-' || v[0] == '<' || skipValue(v, class) || metavar(v) {
		return -1
	}
	if userPass {
		k := bytes.IndexByte(v, ':')
		if k < 0 || k+1 == len(v) || v[k+1] == '<' {
			return -1
		}
		if k > 0 {
			sc.valueSpan(vs, vs+k, ClassUser) // the account, learned
		}
		vs += k + 1
		v = b[vs:ve]
	}
	if !sc.s.allowed(string(v)) {
		sc.add(vs, ve, class, string(v))
	}
	return ve
}

// metavar: a usage message's placeholder ("--token TOKEN", "--password
// PASSWORD]"): upper-case letters and '_' only.
func metavar(v []byte) bool {
	for _, c := range v {
		if !(c >= 'A' && c <= 'Z' || c == '_' || c == ']' || c == '.') {
			return false
		}
	}
	return true
}

// lineHas reports whether the command word w stands on the line before p
// (a word or a path's last part: "mysql", "/usr/bin/mysql", "mysqldump"):
// options such as "-p" mean a password only to some programs. The whole
// line counts, however long (a bound in bytes would see a command a
// first pass saw out of reach once the pass has replaced long names
// between them by short pseudonyms); sc.cmds keeps what was read of the
// line, so a line is read once however many options ask.
func (sc *scanner) lineHas(p int, w string) bool {
	bit := uint16(0)
	for k, x := range lineCmds {
		if x == w {
			bit = 1 << k
		}
	}
	b := sc.b
	if bit == 0 {
		// a word lineCmds lacks (add it there): read the line for it
		s := lineStartOf(b, p)
		for k := s; k+len(w) <= p; k++ {
			if e := k + len(w); (k == s || cmdStart(b[k-1])) && string(b[k:e]) == w && (e == p || b[e] == ' ' || isLetter(b[e])) {
				return true
			}
		}
		return false
	}
	c := &sc.cmds
	if sc.lineRead&2 == 0 || p < c.next || c.next > len(b) {
		s := lineStartOf(b, p)
		*c = cmdScan{line: s, next: s}
		sc.lineRead |= 2
	} else if s := lineStartAfter(b, c.next, p); s > c.next {
		*c = cmdScan{line: s, next: s} // (as in sshArg)
	}
	// word starts whose every command word ends before p: what follows
	// each is known
	for ; c.next+lineCmdMax < p; c.next++ {
		k := c.next
		if lineBreak(b[k]) {
			c.line, c.seen = k+1, 0
		} else if k == c.line || cmdStart(b[k-1]) {
			c.seen |= lineCmdsAt(b, k, p)
		}
	}
	if c.seen&bit != 0 {
		return true
	}
	// the last few, which may end right at p
	seen, line := c.seen, c.line
	for k := c.next; k < p; k++ {
		if lineBreak(b[k]) {
			seen, line = 0, k+1
		} else if k == line || cmdStart(b[k-1]) {
			seen |= lineCmdsAt(b, k, p)
		}
	}
	return seen&bit != 0
}

// lineCmds are the command words lineHas is asked about (a bit each in
// cmdScan.seen); lineCmdMax is the longest one's length.
var lineCmds = [...]string{"curl", "mysql", "mariadb", "sshpass", "login", "smbclient", "adb", "git", "net", "use", "psql", "pg_dump", "createdb"}

const lineCmdMax = 9

// cmdScan is how far lineHas read the current line: it starts at line,
// word starts before next were read, and seen has the bits of the
// command words found there. It holds for sc.b when sc.lineRead has
// bit 2.
type cmdScan struct {
	line, next int
	seen       uint16
}

// lineCmdsAt returns the bits of the command words that start at k and
// end at p or before a blank or a letter there.
func lineCmdsAt(b []byte, k, p int) uint16 {
	var bits uint16
	for n, w := range lineCmds {
		e := k + len(w)
		if e <= p && b[k] == w[0] && string(b[k:e]) == w && (e == p || b[e] == ' ' || isLetter(b[e])) {
			bits |= 1 << n
		}
	}
	return bits
}

// cmdStart: a command's name can follow c: a blank, a path's '/', a NUL,
// or a shell's separators (zsh history ": 1701450030:0;mysql ...",
// "a;b", "a && b", "$(b)", "`b`").
func cmdStart(c byte) bool {
	switch c {
	case ' ', '\t', '/', 0, ';', '&', '|', '(', '`', '"', '\'':
		return true
	}
	return false
}

// werPrefix returns the start of the line whose "Sig[1]" ends at k
// (its '.'), or -1.
func werPrefix(b []byte, k int) int {
	ls := k
	for ls > 0 && k-ls < len(werPair{}.pre) && !lineBreak(b[ls-1]) {
		ls--
	}
	if ls == k || ls > 0 && !lineBreak(b[ls-1]) {
		return -1
	}
	return ls
}

// werPair is what a WER report's "X[N].Name=" or "X[N].Key=" line said
// the value on "X[N].Value=" is. It is kept on the scanner, not looked
// up on the line before: a UTF-16 report's lines reach find one by one.
type werPair struct {
	pre   [40]byte // "Sig[1]"
	n     int
	class string // keyKeep for a version; keyNone: nothing to say
}

// werName reads the name on "Sig[1].Name=Application Version" or
// "OsInfo[29].Key=svolsn": k is the '.' of ".Name", q its '='.
func (sc *scanner) werName(k, q int) {
	b := sc.b
	sc.wer.n = 0
	ls := werPrefix(b, k)
	if ls < 0 {
		return
	}
	e := q + 1
	for e < len(b) && e-q <= 64 && !lineBreak(b[e]) {
		e++
	}
	name := b[q+1 : e]
	class := keyNone
	if b[k+1]|0x20 == 'n' {
		// a version (6.8.2.0) has the shape of an IPv4 address
		if bytes.Contains(bytes.ToLower(name), []byte("version")) {
			class = keyKeep
		}
	} else if len(name) <= 48 {
		var kb [64]byte
		switch nk := normKey(kb[:0], name); string(nk) {
		case "svolsn": // the system volume's serial number
			class = ClassSerial
		case "wuid": // the Windows Update client's id
			class = ClassMachineID
		default:
			if len(nk) >= 2 && !isDigit(nk[0]) {
				class = sc.classify(nk)
			}
		}
	}
	if class != keyNone {
		sc.wer.n = copy(sc.wer.pre[:], b[ls:k])
		sc.wer.class = class
	}
}

// werValue handles "Sig[1].Value=6.8.2.0" after the line that names it:
// a version is kept, a value under an identifying key (hostname, svolsn,
// serial) replaced as that key's. k is the '.' of ".Value", q its '='.
// It returns where the value ends, or -1 (the detectors decide).
func (sc *scanner) werValue(k, q int) int {
	b := sc.b
	w := sc.wer
	sc.wer.n = 0
	ls := werPrefix(b, k)
	if w.n == 0 || ls < 0 || !bytes.Equal(b[ls:k], w.pre[:w.n]) {
		return -1
	}
	return sc.keyValue(q+1, w.class, false)
}

// jsonStringEnd: the '"' at e closes a JSON string value: a ',', '}' or
// ']' follows, or the line or the text ends.
func jsonStringEnd(b []byte, e int) bool {
	if e >= len(b) || b[e] != '"' {
		return false
	}
	return e+1 == len(b) || b[e+1] == ',' || b[e+1] == '}' || b[e+1] == ']' || lineBreak(b[e+1])
}

// accountPhrase handles the account names system logs write in prose
// (journal and auth logs, which crash reports attach): systemd's "New
// session 3 of user kai", sshd's "Accepted publickey for kai from" and
// "Invalid user kai from", and pam's "by kai(uid=1000)". The word [i, j)
// is "user", "for", or a name followed by "(uid=". Only these shapes are
// taken: "waiting for user input" is prose. It returns where the name
// ends, or -1.
func (sc *scanner) accountPhrase(i, j int) int {
	b := sc.b
	s := j + 1
	from := false   // the name must be followed by " from "
	odd := false    // the name must hold a digit, '.', '_' or '-'
	linked := false // the name must be followed by what was done to the account
	failed := false // the name must end its clause, or be followed by "@" or " from "
	var pb [24]byte
	switch {
	case b[j] == '(':
		if !bytes.HasPrefix(b[j:], []byte("(uid=")) || j+5 >= len(b) || !isDigit(b[j+5]) {
			return -1
		}
		s = i
	case j-i == 4 && eqLower(b[i:j], "user"):
		prev := sc.prevWord(i, pb[:0])
		switch string(prev) {
		case "invalid":
			from = true
		case "of":
			if !sessionOf(b, i) || daemonAccountAt(b, s) {
				// ("Started Session 5 of User gdm.": the greeter's
				// account, a daemon's)
				return -1
			}
		default:
			if s < len(b) && (b[s] == '"' || b[s] == '\'') {
				// Discord: `client: user "seun_adeyemi#0"`
				return sc.quotedAccount(s)
			}
			if e := numberEnd(b, s); e > s && directoryUID(b[s:e]) && (e == len(b) || !isAlnum(b[e]) && b[e] != '.') {
				// "Logged in as user 318827461": a service's account
				// number (a local account's uid is smaller)
				sc.add(s, e, ClassUID, string(b[s:e]))
				return e
			}
			if string(prev) == "for" && capitalised(b, s) && personName(b, s) {
				// sysadminctl's "Secure token is ENABLED for user Kofi
				// Mensah": the account's full name, ending the line or
				// the sentence, or the JSON string of `log show --style
				// json`'s "eventMessage" or a journal's "MESSAGE"
				e := nameEnd(b, s)
				if e-s > 3 && b[e-1] == '.' && b[e-3] != ' ' {
					e-- // (the sentence's full stop, no initial's)
				}
				if !pseudonymAt(b, e) && (e == len(b) || lineBreak(b[e]) || b[e] == '.' && (e+1 == len(b) || lineBreak(b[e+1])) ||
					jsonStringEnd(b, e) || b[e] == '.' && jsonStringEnd(b, e+1)) && proseWords(string(b[s:e])) {
					sc.nameSpan(s, e)
					return e
				}
			}
			// (pam_unix: "session opened for user kai by (uid=0)")
			if !dottedAccount(b, s) && !signedInAfter(b, s) && !(string(prev) == "for" && (oddAccountEnd(b, s) ||
				afterFold(b, i, "session opened for ") || afterFold(b, i, "session closed for "))) && !plainAccount(b, s, prev) {
				if !titleWordBefore(b, i) || codeHead(b, s) {
					return -1
				}
				// "Broadcast: Twitch user djrashida_kw connected": a
				// service's account, as after "account" (a handle, and
				// what was done to it after)
				odd, linked = true, true
			}
		}
	case j-i == 2 && eqLower(b[i:j], "as"):
		// "Logged in as kai", "signed in as kai.o": the account
		if !afterFold(b, i, "logged in ") && !afterFold(b, i, "signed in ") && !afterFold(b, i, "authenticated ") && !afterFold(b, i, "connected ") && !signedInTo(b, i) &&
			!afterFold(b, i, "login ") && !afterFold(b, i, "logon ") && !afterFold(b, i, "logged on ") {
			if s+2 < len(b) && b[s] == '\'' && sshAuthenticatingTo(b, i) {
				if s+5 <= len(b) && string(b[s:s+5]) == "'git'" {
					return s + 5 // "… github.com:22 as 'git'": the forge's service account
				}
				return sc.quotedAccount(s) // ssh -v's "Authenticating to nas:22 as 'kboateng'"
			}
			// "Connected to Beatport as joaquin.fdz": an account has
			// what words have not ("connected to output as fallback")
			if !serviceBefore(b, i, []string{"connected to "}) {
				return -1
			}
			odd = true
		} else if s+2 < len(b) && (b[s] == '"' || b[s] == '\'') {
			return sc.quotedAccount(s) // SoundCloud's `Connected as "Nomvula Dlamini"`
		} else if s < len(b) && isDigit(b[s]) {
			return sc.digitAccount(s) // Spotify's "Logged in as 31xyzabcdeqrstuvw1234" (userinfo.go)
		}
		if s+2 < len(b) && b[s] == '@' && (isLetter(b[s+1]) || b[s+1] == '_') {
			s++ // Slack's, Discord's "logged in as @fatima.z": the handle after its '@'
		}
		if t := serviceAccountAfter(b, s); t > s {
			// "Logged in as iLok user ID kofi_m": the service's name
			// before "user" is no account, the account follows
			if t < len(b) && isDigit(b[t]) {
				return -1
			}
			s = t
		}
		if w := nameWordEnd(b, s); phraseKey(b[s:w]) || w-s == 4 && eqLower(b[s:w], "user") {
			// "Logged in as SteamID 7656…", "as user 318827461": the
			// id's own words, which the phrase and "user" read
			return -1
		}
		if capitalised(b, s) && (personName(b, s) || b[s] >= 0x80) {
			// "logged in as Søren Ødegård": a full name, every word of
			// it; a name may start outside ASCII
			e := nameEnd(b, s)
			if pseudonymAt(b, e) {
				// "A Aé<user-1>00000": its last word is what is left of
				// a longer one the first pass saw whole, and no name
				return -1
			}
			sc.nameSpan(s, e)
			if a := sc.handleInParens(s, e); a > e {
				return a // "Signed in as Mei Ling (mei.chen)"
			}
			return e
		}
	case j-i == 2 && eqLower(b[i:j], "to"):
		// "Licensed to Kai Okonkwo (Pro)", "Registered to Kai Okonkwo":
		// who a copy of the software is licensed to, a full name
		// "Display name changed to Ama Serwaa": the account's new name
		if !afterFold(b, i, "licensed ") && !afterFold(b, i, "registered ") && !afterFold(b, i, "display name changed ") && !afterFold(b, i, "full name changed ") &&
			!licenseIssued(b, i) || !personName(b, s) {
			return -1
		}
		e := nameEnd(b, s)
		if pseudonymAt(b, e) {
			return -1 // glued to a pseudonym, as above
		}
		if companyName(canonical(string(b[s:e]))) {
			return -1 // "License registered to Native Instruments GmbH": a company's
		}
		sc.nameSpan(s, e)
		return e
	case j-i == 7 && eqLower(b[i:j], "account"):
		// "TIDAL account kwabena.o linked": a handle (accountLinked)
		odd, linked = true, true
	case j-i == 3 && string(b[i:j]) == "for":
		switch string(sc.prevWord(i, pb[:0])) {
		case "publickey", "password", "keyboard-interactive/pam", "hostbased", "none", "gssapi-with-mic":
			from = true
		case "failed":
			// "authentication failed for kofi", "login: failed for
			// kofi@studio": the account ends the clause ("sync failed
			// for some tracks" is prose)
			if i < 8 || !eqLower(b[i-7:i-1], "failed") || !loginWord(sc.prevWord(i-7, pb[:0])) {
				return -1
			}
			failed = true
		default:
			return -1
		}
	default:
		return -1
	}
	if bytes.HasPrefix(b[s:], []byte("unix-user:")) {
		s += 10 // polkit's "authenticated as unix-user:naledi": the account after the prefix
	}
	e := s
	for e < len(b) && e-s < 33 {
		if isAlnum(b[e]) || b[e] == '.' || b[e] == '_' || b[e] == '-' {
			e++
			continue
		}
		// a Windows account or a name may hold letters outside ASCII
		// ("for søren from", "as håkon.øvrebø")
		r, size := utf8.DecodeRune(b[e:])
		if r < 0x80 || !unicode.IsLetter(r) {
			break
		}
		e += size
	}
	if pseudonymAt(b, e) {
		// "core.0.<machine-id-1>": what is left of a longer word the
		// first pass saw whole, no account
		return -1
	}
	for e > s && b[e-1] == '.' {
		e-- // the end of a sentence
	}
	if e-s < 2 || !isLetter(b[s]) && b[s] != '_' && !capitalised(b, s) && !lowerLetterAt(b, s) {
		return -1
	}
	if from && !bytes.HasPrefix(b[e:], []byte(" from ")) {
		return -1
	}
	if failed && e < len(b) && b[e] == ' ' && !bytes.HasPrefix(b[e:], []byte(" from ")) {
		return -1
	}
	if odd && bytes.IndexFunc(b[s:e], func(r rune) bool { return r == '.' || r == '_' || r == '-' || r >= '0' && r <= '9' }) < 0 {
		return -1
	}
	if linked && (!accountLinked(b, e) || b[s]|0x20 == 'v' && isDigit(b[s+1])) {
		return -1 // ("account v2.1 linked": a version)
	}
	ae := e
	if e = discordTagEnd(b, e); !from && b[j] != '(' && e < len(b) && !(failed && b[e] == '@') && b[e] != '.' && b[e] != '\n' && b[e] != '\r' && b[e] != ' ' && b[e] != ',' && b[e] != ';' && b[e] != ')' && b[e] != '"' && b[e] != '\'' && b[e] != 0 &&
		!bytes.HasPrefix(b[e:], []byte("(uid=")) && // "for user dj_yaa(uid=1000)"
		!htmlTagAt(b, e) { // "<td>Signed in as Björn</td>", "as kofi_m<br>"
		return -1
	}
	if !sc.accountSpan(s, ae) {
		return -1
	}
	if d := sc.discordID(e); d > e {
		return d // "kofi_m#0042 (812233445566778899)" (userinfo.go)
	}
	if odd || linked || from || failed {
		return e
	}
	return sc.handleInParens(s, e) // "Signed in as Kofi (kofi.mensah)"
}

// titleWordBefore: a word of letters in title case, a service's name
// ("Twitch", "SoundCloud"), ends at the blank before i.
func titleWordBefore(b []byte, i int) bool {
	k := i - 1
	if k < 2 || b[k] != ' ' {
		return false
	}
	for k > 0 && i-k < 20 && isLetter(b[k-1]) {
		k--
	}
	return k < i-2 && b[k] >= 'A' && b[k] <= 'Z' && (k == 0 || !isAlnum(b[k-1]) && b[k-1] != '_' && b[k-1] != '-' && b[k-1] != '.')
}

// codeHead: the word at s starts with a word prose or code puts after
// "user" (userNouns, codeVars: "input_gain", "session_id"), no handle.
func codeHead(b []byte, s int) bool {
	e := s
	for e < len(b) && e-s < 16 && b[e]-'a' < 26 {
		e++
	}
	return userNouns[string(b[s:e])] || codeVars[string(b[s:e])]
}

// htmlTagAt: an HTML or XML tag starts at p ("</td>", "<br>"), which ends
// the text before it as a blank would.
func htmlTagAt(b []byte, p int) bool {
	return p+2 < len(b) && b[p] == '<' && (b[p+1] == '/' && isLetter(b[p+2]) || isLetter(b[p+1]))
}

// serviceAccountAfter: at p, after "logged in as", one or two words name
// a service and "user" or "account" follows, then perhaps "ID" or "name"
// ("as iLok user ID kofi_m", "as Adobe account zoe.k"); it returns where
// the account starts, or -1.
func serviceAccountAfter(b []byte, p int) int {
	for n := 0; n < 2; n++ {
		w := nameWordEnd(b, p)
		if w == p || w-p > 24 || w+1 >= len(b) || b[w] != ' ' {
			return -1
		}
		p = w + 1
		w = nameWordEnd(b, p)
		if !(w-p == 4 && eqLower(b[p:w], "user") || w-p == 7 && eqLower(b[p:w], "account")) {
			continue
		}
		if w+1 >= len(b) || b[w] != ' ' {
			return w // ("Logged in as iLok user": no account follows)
		}
		p = w + 1
		w = nameWordEnd(b, p)
		if w-p == 2 && eqLower(b[p:w], "id") || w-p == 4 && eqLower(b[p:w], "name") {
			if w < len(b) && b[w] == ':' {
				w++
			}
			if w+1 >= len(b) || b[w] != ' ' {
				return -1
			}
			p = w + 1
		}
		return p
	}
	return -1
}

// accountTag: w, in parentheses after a display name, is the account's
// kind (Teams' and Zoom's "Emeka Obi (Guest)", "(External)").
func accountTag(w []byte) bool {
	switch len(w) {
	case 5:
		return eqLower(w, "guest")
	case 8:
		return eqLower(w, "external")
	case 10:
		return eqLower(w, "unverified")
	}
	return false
}

// makerWord: w (lower case) names a maker of devices or software
// ("apple", "microsoft", "ableton").
func makerWord(w string) bool {
	return deviceMakers[w] || brandWords[w]
}

// codeVars: a program's variable words, which a source line or a printed
// object puts under a user key ("switchProtocolCopier{user: conn, backend:
// backConn}") or a comment after "user" ("close write to user conn"); no
// account is named so (isGenericUser).
var codeVars = wordSet(`conn conns connection client cli sess session req request res resp response ctx
	context cfg config conf opts options args params props state self this obj item entry elem
	record row result ret payload body input info auth cred creds credentials principal identity subject
	usr uname acct ptr`)

// variableValue: the value at b[vs:ve] under a user key names a program's
// variable, not an account: a field path ("user: req.user", "this.user",
// "ctx.User", "opts.login"), or, followed by ',', '}' or ')' as in an
// object literal, a name in lower camel case ("{user: currentUser}"). (A
// variable's word, "{user: conn}", is no account anywhere: codeVars.) A
// handle with a dot ("kofi.m", "j.doe") or an account in braces ("{user:
// kofi_m}") still goes.
func variableValue(b []byte, vs, ve int) bool {
	v := b[vs:ve]
	if len(v) < 2 || len(v) > 64 || !lowerByte(v[0]) && v[0] != '_' {
		return false
	}
	dot, camel := -1, false
	for i, c := range v {
		switch {
		case c == '.':
			if i == 0 || i == len(v)-1 || v[i-1] == '.' {
				return false
			}
			dot = i
		case c >= 'A' && c <= 'Z':
			camel = camel || i > 0 && lowerByte(v[i-1])
		case !lowerByte(c) && !isDigit(c) && c != '_':
			return false
		}
	}
	if dot > 0 {
		head := string(v[:bytes.IndexByte(v, '.')])
		tail := string(normKey(nil, v[dot+1:]))
		switch classifyKey(tail) {
		case ClassUser, ClassEmail, keyNumID, keyUnixUID:
			return true
		}
		return tail == "name" || tail == "id" || len(head) > 2 && codeVars[head]
	}
	k := blanksAfter(b, ve)
	if k >= len(b) || b[k] != ',' && b[k] != '}' && b[k] != ')' {
		return false
	}
	return camel
}

// loginWord: w (lower case) names a login or its check, before "failed".
func loginWord(w []byte) bool {
	switch string(w) {
	case "login", "logon", "authentication", "auth", "signin", "sign-in", "password":
		return true
	}
	return false
}

// lowerLetterAt: a lower-case letter outside ASCII starts at p.
func lowerLetterAt(b []byte, p int) bool {
	r, _ := utf8.DecodeRune(b[p:])
	return r >= 0x80 && unicode.IsLower(r)
}

// oddAccountEnd reports whether the word at p, after "for user", ends
// its line or clause and holds what no word of prose does, a dot, a
// digit, '_' or a letter outside ASCII ("login failed for user
// kwabena.b", "Permission denied for user Ọlámídé"): "waiting for user
// input" is prose, and an account of plain letters is left there.
func oddAccountEnd(b []byte, p int) bool {
	e := p
	for e < len(b) && e-p <= 32 && b[e] > ' ' && b[e] != ',' && b[e] != ';' && b[e] != ')' && b[e] != '"' && b[e] != '\'' {
		e++
	}
	end := e
	for e > p && b[e-1] == '.' {
		e-- // the end of a sentence
	}
	if e-p < 2 || e-p > 32 || fileExt(string(b[p:e])) {
		return false
	}
	odd, letters := false, 0
	for _, c := range b[p:e] {
		if isLetter(c) || c >= 0xc0 {
			letters++
		}
		odd = odd || isDigit(c) || c == '.' || c == '_' || c >= 0x80
	}
	return odd && letters >= 2 && (end == len(b) || b[end] == '\n' || b[end] == '\r' || b[end] == ',' || b[end] == ';' || b[end] == ')')
}

// signedInAfter reports whether the word at p is followed by a verb of
// signing in or out ("user kwame.mensah.dj signed in", "user søren
// logged out"): the word is the account.
func signedInAfter(b []byte, p int) bool {
	e := p
	for e < len(b) && e-p <= 32 && b[e] > ' ' {
		e++
	}
	if e == p || e-p > 32 {
		return false
	}
	// a word of prose can stand there too ("user session logged out",
	// "user input logged in the journal"): an account has what words
	// have not
	odd := false
	for _, c := range b[p:e] {
		odd = odd || isDigit(c) || c == '.' || c == '_' || c >= 0x80
	}
	if !odd {
		return false
	}
	for _, w := range []string{" logged in", " logged out", " logged on", " logged off", " signed in", " signed out", " authenticated"} {
		if k := matchFold(b, e, w); k > 0 && (k == len(b) || !isAlnum(b[k])) {
			return true
		}
	}
	return false
}

// sshAuthenticatingTo reports whether ssh -v's "Authenticating to
// HOST:PORT " ends at i (the "as" before the quoted login): the host may
// be longer than the words serviceBefore reads, and ends in a port.
func sshAuthenticatingTo(b []byte, i int) bool {
	k := i - 1
	if k < 1 || b[k] != ' ' || !isDigit(b[k-1]) {
		return false
	}
	s := k
	for s > 0 && b[s-1] > ' ' && k-s < 260 {
		s--
	}
	return bytes.IndexByte(b[s:k], ':') > 0 && afterFold(b, s, "authenticating to ")
}

// signedInTo reports whether "signed in to SERVICE " or "logged in to
// SERVICE " ends at i (the "as" of "Signed in to Dropbox as Ngozi
// Adeyemi-Okafor"); the service is one to three words.
func signedInTo(b []byte, i int) bool {
	return serviceBefore(b, i, []string{"signed in to ", "logged in to ", "signed into ", "logged into "})
}

// serviceBefore reports whether one of words and a service of one to
// three words end at i.
func serviceBefore(b []byte, i int, words []string) bool {
	k := i
	for range 3 {
		if k < 2 || b[k-1] != ' ' {
			return false
		}
		k--
		s := k
		for s > 0 && b[s-1] > ' ' && k-s < 24 {
			s--
		}
		if s == k {
			return false
		}
		for _, w := range words {
			if afterFold(b, s, w) {
				return true
			}
		}
		if pseudonymAt(b, s) {
			// a first pass's pseudonym may stand for several words
			// ("Signed in to 00 As <user-1> as x": "A A" was two):
			// the words before it were more than three then
			return false
		}
		k = s
	}
	return false
}

// dottedAccount reports whether the word at p is an account written
// first.last in lower case and ending a clause ("user siobhan.nibhriain,"):
// prose has no such word after "user"; a file name ("user config.json")
// or code ("user self.name was") is none.
func dottedAccount(b []byte, p int) bool {
	e, seps, part := p, 0, 0
	for ; e < len(b) && e-p <= 32; e++ {
		switch c := b[e]; {
		case c >= 'a' && c <= 'z':
			part++
			continue
		case c == '.' && part >= 2 && e+1 < len(b) && b[e+1] >= 'a' && b[e+1] <= 'z':
			seps++
			part = 0
			continue
		}
		break
	}
	if seps == 0 || part < 2 || e < len(b) && strings.IndexByte(",;)\"'\r\n", b[e]) < 0 {
		return false // "user obj.field was" (code), "user a.b(x)"
	}
	return !fileExt(string(b[p:e]))
}

// sessionOf reports whether "session N of " ends right before p (the
// "user" of systemd-logind's "New session 3 of user kai"; "c1" where the
// session has no audit id: a greeter's, or any in a container).
func sessionOf(b []byte, p int) bool {
	k := p - 4 // before "of "
	if k < 0 || string(b[k:p]) != " of " {
		return false
	}
	d := k
	for d > 0 && k-d < 12 && isDigit(b[d-1]) {
		d--
	}
	if d < k && d > 0 && b[d-1] == 'c' {
		d--
	}
	return d < k && isDigit(b[k-1]) && d >= 8 && eqLower(b[d-8:d], "session ")
}

// daemonAccountAt: the account at p, to its word's end, runs a system
// service (psDaemon: "gdm", "lightdm", "sddm"): no person.
func daemonAccountAt(b []byte, p int) bool {
	e := p
	for e < len(b) && e-p < 33 && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_') {
		e++
	}
	return e > p && psDaemon(string(b[p:e]))
}

// quotedLensBy: bit n of quotedLensBy[c] is set for the n-byte words
// starting with c that quotedNetwork takes ("to", "ssid", "set", "value",
// "network", "from", "with", "account", "connection", "wifi", "wlan",
// "joined"; some in either case). ("Wi-Fi", not letters only, comes
// from scanWords.)
var quotedLensBy = func() (t [256]uint16) {
	for _, w := range []string{"to", "ssid", "SSID", "set", "value", "network", "Network", "from", "with", "account", "Account", "connection", "Connection",
		"wifi", "WiFi", "Wifi", "WIFI", "wlan", "WLAN", "joined", "Joined"} {
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// quotedNetwork handles a Wi-Fi network named in a log message: "SSID
// 'Okonkwo Home'" (wpa_supplicant, airportd), "wireless network 'x'"
// (NetworkManager), "Wi-Fi network \"x\"". The word [i, j) is "SSID" or
// "network", followed by a blank and a quote. It returns where the name
// ends, or -1.
func (sc *scanner) quotedNetwork(i, j int) int {
	b := sc.b
	var pb [24]byte
	bssid := false
	switch {
	case j-i == 2 && b[i] == 't' && b[i+1] == 'o':
		// Android's WifiService: `connect to "Eze Family WiFi"
		// bssid=a8:…`: a quoted name before the access point's address
		// (or a Wi-Fi line's "connected to 'Kamau Family'")
		w := sc.prevWord(i, pb[:0])
		bssid = !((string(w) == "connected" || string(w) == "joined") && wifiLineBefore(b, i))
	case j-i == 4 && eqLower(b[i:j], "ssid"):
	case j-i == 4 && (eqLower(b[i:j], "wifi") || eqLower(b[i:j], "wlan")) || j-i == 5 && eqLower(b[i:j], "wi-fi"):
		// "Connected to wifi 'x'", "joined Wi-Fi “x”", "disconnected
		// from WLAN 'x'": a quoted name right after the word (not "set
		// wifi 'off'")
		if !wifiVerbs[string(sc.prevWord(i, pb[:0]))] {
			return -1
		}
	case j-i == 6 && eqLower(b[i:j], "joined"):
		// airportd, iwd: `wifi: joined "x" (RSSI -52)`
		if !wifiLineBefore(b, i) {
			return -1
		}
	case j-i == 3 && string(b[i:j]) == "set":
		// NetworkManager: "policy: set 'Amaka iPhone' (wlp2s0) as
		// default for IPv4 routing and DNS": the connection, named after
		// its network (a phone's hotspot after its owner)
		if string(sc.prevWord(i, pb[:0])) != "policy" || !bytes.Contains(b[j:min(len(b), j+80)], []byte(") as default for")) {
			return -1
		}
	case j-i == 5 && string(b[i:j]) == "value":
		// NetworkManager: "Config: added 'ssid' value 'Obi Family 5G'"
		if string(sc.prevWord(i, pb[:0])) != "ssid" {
			return -1
		}
	case j-i == 7 && eqLower(b[i:j], "network"):
		k := i - 1
		for k > 0 && b[k-1] != ' ' && i-k < 9 {
			k--
		}
		// airportd: "Joined network 'x'"
		if k < 0 || b[i-1] != ' ' || !(eqLower(b[k:i-1], "wireless") || eqLower(b[k:i-1], "wi-fi") || eqLower(b[k:i-1], "wifi") || eqLower(b[k:i-1], "wlan") ||
			eqLower(b[k:i-1], "joined") || eqLower(b[k:i-1], "joining")) {
			return -1
		}
	case j-i == 4 && (string(b[i:j]) == "from" || string(b[i:j]) == "with"):
		return sc.quotedCaller(i, j) // `Incoming call from "Ogunleye, Adebola"` (chat.go)
	case j-i == 7 && eqLower(b[i:j], "account"):
		// Arturia Software Center: `account "sakura_beats"`, iLok:
		// "account 'x' signed in": the account at the vendor
		if b[j+1] == 0xe2 {
			return -1
		}
		return sc.quotedAccount(j + 1)
	case j-i == 10 && eqLower(b[i:j], "connection"):
		// NetworkManager: "Activation: starting connection 'x'", "policy:
		// auto-activating connection 'x'": a Wi-Fi connection is named
		// after its network
		// (and "Activation: (wifi) connection 'x' has security")
		if w := string(sc.prevWord(i, pb[:0])); w != "starting" && w != "auto-activating" && !(i >= 7 && string(b[i-7:i]) == "(wifi) ") {
			return -1
		}
	default:
		return -1
	}
	// the name between quotes: ASCII ones, or typographic “…” and ‘…’
	// (macOS's menus and notifications write those)
	s, closing := j+2, b[j+1:j+2]
	if b[j+1] == 0xe2 {
		if j+4 >= len(b) || b[j+2] != 0x80 || b[j+3] != 0x9c && b[j+3] != 0x98 {
			return -1
		}
		s, closing = j+4, []byte{0xe2, 0x80, b[j+3] + 1}
	}
	e := s
	for e < len(b) && e-s <= 32 && b[e] != closing[0] && b[e] != '\n' && b[e] != 0 {
		e++
	}
	if !bytes.HasPrefix(b[e:], closing) || e == s || b[s] == '<' || bssid && !bytes.HasPrefix(b[e+len(closing):], []byte(" bssid=")) {
		return -1
	}
	v := string(b[s:e])
	if strings.HasPrefix(v, "Wired connection") || strings.HasPrefix(v, "netplan-") {
		return e + len(closing) // NetworkManager's default names for wired links
	}
	if closing[0] == '\'' && e-s > 2 && b[s] == '"' && b[e-1] == '"' {
		// wpa_cli's "ssid '\"Okafor Home\"'": its own quotes in a shell's
		if b[s+1] != '<' {
			sc.networkSpan(s+1, e-1)
		}
		return e + len(closing)
	}
	sc.networkSpan(s, e)
	return e + len(closing)
}

// wifiTool handles the secrets on the command line of a Wi-Fi tool,
// whose name is the word [i, j) (a shell's history, ps, a script's
// trace): nmcli's "dev wifi connect HomeNet password x", "con modify
// HomeNet wifi-sec.psk x", "con add … ssid HomeNet"; iwctl's "station
// wlan0 connect HomeNet"; wpa_passphrase's "HomeNet x". The network's
// name is learned and replaced, the key replaced.
func (sc *scanner) wifiTool(i, j int) {
	b := sc.b
	passphrase, wpaCLI := j-i == 14 && b[i] == 'w', j-i == 7 && b[i] == 'w'
	var prev []byte
	for n, p := 0, j; n < 64 && p < len(b) && b[p] == ' '; n++ {
		s := p + 1
		if s >= len(b) || lineBreak(b[s]) {
			return
		}
		e, arg := wifiToolArg(b, s)
		if e < 0 {
			return
		}
		switch {
		case passphrase && n == 0:
			sc.networkArg(p)
		case passphrase && n == 1:
			sc.optionArg(p, ClassPassword, false)
			return
		case passphrase:
		case wpaCLI:
			// "wpa_cli -i wlan0 set_network 0 psk '"x"'": wpa_cli sets
			// a string field in double quotes, which a shell's single
			// quotes keep
			if wpaSecret[string(prev)] {
				sc.optionArg(p, ClassPassword, false)
			} else if string(prev) == "ssid" {
				sc.wpaNetworkArg(s, e)
			}
		case nmcliSecret[string(prev)]:
			sc.optionArg(p, ClassPassword, false)
		case string(prev) == "ssid" || string(prev) == "802-11-wireless.ssid" || string(prev) == "wifi.ssid" ||
			string(prev) == "connect" && b[i] != 'n' || string(prev) == "connect" && n >= 2 && bytes.HasSuffix(b[j:p], []byte(" wifi connect")),
			// iwctl's "station wlan0 connect-hidden x", "known-networks x
			// forget"
			b[i] == 'i' && (string(prev) == "connect-hidden" || string(prev) == "known-networks" && string(arg) != "list"):
			sc.networkArg(p)
		case b[i] == 'n' && nmcliConVerb[string(prev)] && n >= 2 && nmcliConLine(b, j, p):
			// "con modify HomeNet wifi-sec.psk x": a Wi-Fi connection is
			// named after its network ("id HomeNet": the next)
			if string(arg) != "id" && string(arg) != "uuid" && string(arg) != "path" && string(arg) != "help" {
				sc.networkArg(p)
			} else if string(arg) == "id" {
				prev, p = []byte("up"), e
				continue
			}
		}
		prev, p = arg, e
	}
}

// nmcliConVerb are nmcli connection's verbs that name a connection next.
var nmcliConVerb = map[string]bool{"modify": true, "up": true, "down": true, "delete": true, "show": true, "edit": true}

// nmcliConLine: nmcli's arguments from j (to p, then to the line's end)
// are of "connection" (or "con", "c") and set or name Wi-Fi ("wifi",
// "802-11-wireless").
func nmcliConLine(b []byte, j, p int) bool {
	e := p
	for e < len(b) && e-p < 512 && !lineBreak(b[e]) {
		e++
	}
	a := b[j:p]
	con := bytes.HasPrefix(a, []byte(" con")) || bytes.HasPrefix(a, []byte(" c "))
	return con && (bytes.Contains(b[j:e], []byte("wifi")) || bytes.Contains(b[j:e], []byte("802-11-wireless")))
}

// nmcliSecret are nmcli's words whose next argument is a key: "password"
// of "dev wifi connect", the settings of a connection's key.
var nmcliSecret = map[string]bool{"password": true, "wifi-sec.psk": true, "802-11-wireless-security.psk": true,
	"wifi-sec.wep-key0": true, "wifi-sec.leap-password": true, "802-1x.password": true, "wifi-sec.wep-key1": true}

// wifiToolArg returns the end of the command-line argument at s (past
// its closing quote when quoted) and its text, or -1 when a quote does
// not close on the line.
func wifiToolArg(b []byte, s int) (int, []byte) {
	if q := b[s]; q == '"' || q == '\'' {
		e := s + 1
		for e < len(b) && e-s < 256 && b[e] != q && !lineBreak(b[e]) {
			e++
		}
		if e >= len(b) || b[e] != q {
			return -1, nil
		}
		return e + 1, b[s+1 : e]
	}
	e := s
	for e < len(b) && e-s < 256 && b[e] > ' ' && b[e] != 0x7f {
		e++
	}
	return e, b[s:e]
}

// networkArg learns and replaces the Wi-Fi network named by the
// command-line argument after the blank at p (quoted or not).
func (sc *scanner) networkArg(p int) {
	b := sc.b
	s := p + 1
	e, _ := wifiToolArg(b, s)
	if e < 0 {
		return
	}
	if b[s] == '"' || b[s] == '\'' {
		s, e = s+1, e-1
	}
	if e == s || e-s > 32 || b[s] == '<' || b[s] == '-' || b[s] == '$' {
		return
	}
	sc.networkSpan(s, e)
}

// unquotedNetwork handles a Wi-Fi network named without quotes after
// "SSID" or "network" (the word [i, j)): "associated with SSID
// TP-Link_8A2C", "airport: ssid Okafor Home channel 36", airportd's
// "Joined network Okafor_5G". The name runs to the line's end or to a
// word that tells of the link ("channel", "freq", "bssid", "(", ...),
// at most 32 bytes; a word that goes on a sentence ("SSID is hidden",
// "joined network successfully") is none. It returns where the name
// ends, or -1.
func (sc *scanner) unquotedNetwork(i, j int) int {
	b := sc.b
	var pb [24]byte
	w := string(sc.prevWord(i, pb[:0]))
	if eqLower(b[i:j], "ssid") {
		// ("to" and "from" do not do it: "head to SSID settings")
		if w != "with" && w != "for" && w != "airport" && w != "joined" && w != "joining" {
			return -1
		}
	} else if w != "joined" && w != "joining" {
		return -1
	}
	return sc.bareNetwork(j + 1)
}

// bareNetwork handles a Wi-Fi network named without quotes at p, to the
// line's end or to a word that tells of the link (unquotedNetwork). It
// returns where the name ends, or -1.
func (sc *scanner) bareNetwork(p int) int {
	b := sc.b
	var lw [24]byte
	e := p
	for e < len(b) && e-p < 64 && !lineBreak(b[e]) {
		e++
	}
	if e-p >= 64 {
		return -1 // (a sentence, not a name)
	}
	for k := p; k < e; k++ {
		if b[k] == ' ' && k+1 < e && (b[k+1] == '(' || b[k+1] == '[' || networkTail[string(lowerWord(b, k+1, lw[:0]))]) || b[k] == ',' || b[k] == ';' {
			e = k
			break
		}
	}
	for e > p && (b[e-1] == ' ' || b[e-1] == '\t' || b[e-1] == '.') {
		e--
	}
	if e == p || e-p > 32 || b[p] == '<' || networkNotName[string(lowerWord(b, p, lw[:0]))] {
		return -1
	}
	sc.networkSpan(p, e)
	return e
}

// lowerWord appends to w the letters from p, lower-cased (at most 16).
func lowerWord(b []byte, p int, w []byte) []byte {
	for k := p; k < len(b) && k-p < 16 && isLetter(b[k]); k++ {
		w = append(w, lower(b[k]))
	}
	return w
}

// networkTail are the words after an unquoted network's name that tell
// of the link, not the name: "ssid x channel 36", "SSID x freq=5180".
var networkTail = map[string]bool{"channel": true, "chan": true, "freq": true, "frequency": true, "bssid": true, "rssi": true, "signal": true,
	"security": true, "band": true, "on": true, "via": true, "at": true, "with": true, "using": true, "after": true, "in": true, "failed": true, "succeeded": true}

// networkNotName are first words after "SSID" or "joined network" that
// go on a sentence: "SSID is hidden", "joined network successfully".
var networkNotName = map[string]bool{"is": true, "was": true, "has": true, "not": true, "of": true, "the": true, "a": true, "an": true, "and": true,
	"or": true, "to": true, "for": true, "from": true, "hidden": true, "broadcast": true, "changed": true, "list": true, "none": true, "null": true,
	"unknown": true, "any": true, "successfully": true, "failed": true, "scan": true, "mismatch": true, "empty": true, "name": true, "length": true,
	"settings": true, "setting": true, "config": true, "configuration": true, "field": true, "value": true, "page": true,
	// (a Wi-Fi daemon's "Connecting to" names a network, or these)
	"server": true, "internet": true, "host": true, "device": true, "network": true, "access": true, "wireless": true}

// networkSpan replaces the Wi-Fi network named by [s, e) and learns it
// (four bytes or more: a shorter name would match inside other words),
// unless the session allows it.
func (sc *scanner) networkSpan(s, e int) {
	v := string(sc.b[s:e])
	if sc.s.allowed(v) {
		return
	}
	canon := networkCanon(v)
	if len(v) >= 4 {
		sc.learnLiteral(ClassNetwork, canon, v, false)
	}
	sc.add(s, e, ClassNetwork, canon)
}

// wifiVerbs are the words before "wifi"/"Wi-Fi"/"WLAN" that make a
// quoted name after it a network's: "connected to wifi 'x'", "joined
// Wi-Fi “x”", "disconnected from WLAN 'x'".
var wifiVerbs = map[string]bool{"to": true, "from": true, "joined": true, "joining": true, "join": true, "rejoined": true, "known": true, "saved": true, "preferred": true}

// wifiLineBefore: the line before i (read at most 64 bytes back) names
// Wi-Fi ("Wi-Fi: connected to", "wlan0: connected to"; any case).
func wifiLineBefore(b []byte, i int) bool {
	var lb [64]byte
	l := lb[:0]
	for k := i - 1; k >= 0 && i-k <= 64 && !lineBreak(b[k]); k-- {
		l = append(l, lower(b[k]))
	}
	slices.Reverse(l)
	return bytes.Contains(l, []byte("wi-fi")) || bytes.Contains(l, []byte("wifi")) || bytes.Contains(l, []byte("wlan")) ||
		bytes.Contains(l, []byte("wireless"))
}

// quotedAccount replaces the account quoted at p (by double or single quotes) after
// a word naming one (`account "sakura_beats"`, Discord's `user
// "seun_adeyemi#0"`; a '#' and digits after it are the tag). It returns
// where the quote closes, or -1.
func (sc *scanner) quotedAccount(p int) int {
	b := sc.b
	q := b[p]
	s := p + 1
	e := s
	for e < len(b) && e-s <= 64 && b[e] != q && b[e] != '\n' && b[e] != 0 {
		e++
	}
	for s < e && (b[s] == ' ' || b[s] == '\t') {
		s++ // (the name starts after blanks)
	}
	if e >= len(b) || b[e] != q || e == s || bytes.IndexByte(b[s:e], '<') >= 0 || bytes.IndexByte(b[s:e], '@') >= 0 || bytes.IndexByte(b[s:e], ':') >= 0 {
		// ('<': what a first pass replaced in it, "'<email-1>", the
		// address's detector's; ':': a key and value, "user:pass", read
		// by the key detectors)
		return -1
	}
	ve := e
	if k := bytes.IndexByte(b[s:e], '#'); k > 0 && allDigits(b[s+k+1:e]) {
		ve = s + k
	}
	sc.valueSpan(s, ve, ClassUser)
	return e + 1
}

// xmlValue handles the text of an XML element at p that names its key:
// Windows event XML's <Data Name="TargetUserName">kai</Data>, and
// <Computer>KAI-STUDIO</Computer>. It returns where scanning resumes, or
// -1 when the element is no sensitive key.
func (sc *scanner) xmlValue(p int) int {
	b := sc.b
	if p < 3 || b[p-1] != '>' || b[p-2] == '/' {
		return -1
	}
	if afterPseudonym(b, p) {
		if inSystemRow(b, p) {
			sc.rowAt = p // (word reads no keys there)
		}
		return -1
	}
	var key []byte
	if b[p-2] == '"' || b[p-2] == '\'' {
		// an attribute: Name="KEY">
		q := b[p-2]
		k := p - 3
		for k >= 0 && p-3-k < 64 && b[k] != q && b[k] != '<' && b[k] != '>' && b[k] != '\n' {
			k--
		}
		if k < 5 || b[k] != q || b[k-1] != '=' || !eqLower(b[k-5:k-1], "name") {
			return -1
		}
		key = b[k+1 : p-2]
	} else {
		// the element itself: <KEY>
		k := p - 2
		for k >= 0 && p-2-k < 64 && isKeyChar(b[k]) {
			k--
		}
		if k < 0 || b[k] != '<' || k == p-2 {
			return -1
		}
		key = b[k+1 : p-1]
		switch string(key) {
		case "Data":
			return sc.eventDataUser(p) // "<Data>KOFI-STUDIO</Data><Data>kwabena</Data>" (eventdata.go)
		case "key":
			// a property list's key: its text is the name of the value
			// that follows, no value
			return -1
		case "string", "integer", "data", "date", "real":
			// a property list's value: its key is the <key> before
			if key = plistKey(b, k); key == nil {
				return -1
			}
		case "value":
			// .NET's user.config: <setting name="UserName"
			// serializeAs="String"> <value>kai</value>
			if key = settingName(b, k); key == nil {
				return -1
			}
		case "name", "hex":
			return sc.wlanProfileValue(p, k) // netsh wlan export profile's SSID (xml.go)
		}
	}
	if m := sc.rawKeySlot(key); m.n >= 3 && !m.hit {
		return -1
	}
	class := sc.classifyRaw(key)
	if class == keyNone || class == keyKeep {
		return -1
	}
	return sc.keyValue(p, class, false)
}

// namedValue handles a quoted name at p followed by value="…" (blanks
// between): the value is scrubbed as the name's class says. It returns
// where scanning resumes, or -1 when no value attribute follows.
func (sc *scanner) namedValue(p int) int {
	b := sc.b
	q := b[p]
	e := p + 1
	for e < len(b) && e-p <= 64 && b[e] != q && !lineBreak(b[e]) {
		e++
	}
	if e >= len(b) || b[e] != q || e == p+1 {
		return -1
	}
	v := e + 1
	if v+10 < len(b) && b[v] == ',' && b[p-1] == ':' {
		// JSON: {"key":"Owner","value":"…"}, AWS's tags
		v++
		for v < len(b) && v-e <= 8 && b[v] == ' ' {
			v++
		}
		if v+9 >= len(b) || b[v] != '"' || !eqLower(b[v+1:v+6], "value") || b[v+6] != '"' || b[v+7] != ':' {
			return -1
		}
		v += 8
		for v < len(b) && v-e <= 24 && b[v] == ' ' {
			v++
		}
		if v >= len(b) || b[v] != '"' {
			return -1
		}
		class := sc.classifyRaw(b[p+1 : e])
		if class == keyNone || class == keyKeep {
			return v
		}
		return sc.keyValue(v, class, false)
	}
	for v < len(b) && v-e <= 8 && (b[v] == ' ' || b[v] == '\t') {
		v++
	}
	if v > e+1 && v+7 < len(b) && !eqLower(b[v:v+5], "value") {
		// one short attribute between: Traktor's <Entry Name="…"
		// Type="3" Value="…">
		a := v
		for a < len(b) && a-v < 16 && isLetter(b[a]) {
			a++
		}
		if a > v && a+2 < len(b) && b[a] == '=' && b[a+1] == '"' {
			if k := bytes.IndexByte(b[a+2:min(len(b), a+2+16)], '"'); k >= 0 {
				v = a + 2 + k + 1
				for v < len(b) && v-a < 40 && (b[v] == ' ' || b[v] == '\t') {
					v++
				}
			}
		}
	}
	if v == e+1 || v+7 >= len(b) || !eqLower(b[v:v+5], "value") || b[v+5] != '=' || b[v+6] != '"' && b[v+6] != '\'' {
		return -1
	}
	class := sc.classifyRaw(b[p+1 : e])
	if class == keyNone || class == keyKeep {
		return v + 6 // a setting's name and a value that is no secret
	}
	return sc.keyValue(v+6, class, false)
}

// elementValue handles <KEY Value="…": q is the '=' after "Value", the
// element's only attribute before it. The value is scrubbed as KEY's
// class says. It returns where scanning resumes, or -1.
func (sc *scanner) elementValue(q int) int {
	b := sc.b
	e := q - 6 // the blank before "Value"
	if e < 2 || b[e] != ' ' {
		return -1
	}
	s := e
	for s > 0 && e-s < 64 && isKeyChar(b[s-1]) {
		s--
	}
	if s == e || s == 0 || b[s-1] != '<' {
		return -1
	}
	if m := sc.rawKeySlot(b[s:e]); m.n >= 3 && !m.hit {
		return -1
	}
	class := sc.classifyRaw(b[s:e])
	if class == keyNone || class == keyKeep {
		return -1
	}
	return sc.keyValue(q+1, class, false)
}

// settingName returns the name in `<setting name="NAME" …>` before the
// value element at lt (its '<'), blanks allowed between, or nil.
func settingName(b []byte, lt int) []byte {
	k := lt
	for k > 0 && lt-k < 64 && (b[k-1] == ' ' || b[k-1] == '\t' || b[k-1] == '\n' || b[k-1] == '\r') {
		k--
	}
	if k < 16 || b[k-1] != '>' {
		return nil
	}
	s := bytes.LastIndexByte(b[max(0, k-160):k], '<')
	if s < 0 {
		return nil
	}
	s += max(0, k-160)
	if matchFold(b, s, "<setting name=") < 0 || (b[s+14] != '"' && b[s+14] != '\'') {
		return nil
	}
	q := b[s+14]
	e := bytes.IndexByte(b[s+15:k], q)
	if e <= 0 {
		return nil
	}
	return b[s+15 : s+15+e]
}

// plistKey returns the name in "<key>NAME</key>" before the value
// element at lt (its '<'), blanks allowed between, or nil.
func plistKey(b []byte, lt int) []byte {
	k := lt
	for k > 0 && lt-k < 64 && (b[k-1] == ' ' || b[k-1] == '\t' || b[k-1] == '\n' || b[k-1] == '\r') {
		k--
	}
	if k < 6 || string(b[k-6:k]) != "</key>" {
		return nil
	}
	e := k - 6
	s := e
	for s > 0 && e-s < 64 && b[s-1] != '>' && b[s-1] != '<' {
		s--
	}
	if s < 5 || string(b[s-5:s]) != "<key>" || s == e {
		return nil
	}
	return b[s:e]
}

// phraseByte: the bytes of a key phrase keyPhrase reads back over, ' ',
// '(' and ')' aside.
var phraseByte = func() (t [256]bool) {
	for c := range t {
		t[c] = isAlnum(byte(c)) || c >= 0x80
	}
	for _, c := range []byte("_-./") {
		t[c] = true
	}
	return t
}()

// phraseRun returns where the phraseByte bytes ending w start (a loop of
// its own: in keyPhrase's, its variables took the registers).
func phraseRun(w []byte) int {
	k := len(w)
	for k > 0 && phraseByte[w[k-1]] {
		k--
	}
	return k
}

// phraseEnd: the bytes before a phrase's first byte after which keyPhrase
// has more to test (a blank or a bracket: the phrase goes on; the end of
// a pseudonym; a '\' before "n").
var phraseEnd = [256]bool{' ': true, '(': true, ')': true, '>': true, '*': true, '\\': true}

// literalEndIn returns the end of the last learned literal in b[from:to]
// starting where a scan matches one (a word's start), or from.
func (sc *scanner) literalEndIn(from, to int) int {
	b := sc.b
	l := sc.s.lits
	k := from
	for p := from; p < to; p++ {
		if (p == 0 || !isAlnum(b[p-1])) && l.first[b[p]] {
			if e, _ := l.match(b, p); e > k && e <= to {
				k = e
			}
		}
	}
	return k
}

// findingGlued reports whether a finding ends at p, or before the '*'s
// ending at p: where a second pass sees a pseudonym glued to p
// (gluedToPseudonym, which also reads '*' padding as the pseudonym's).
// A finding may hold the '*'s itself (a value "Kofi2024*" ending before
// the ')' of "(pin: Kofi2024*) key:"): its pseudonym is glued to p too.
func (sc *scanner) findingGlued(p int) bool {
	b := sc.b
	s := p
	for ; p > 0 && b[p-1] == '*' && s-p < 64; p-- {
	}
	return p > 0 && sc.maxEnd >= p && (sc.findingEnd(p-1, p) == p || p < s && sc.findingEndsAt(s))
}

// keyPhrase returns the key before a ':' at q when it is a phrase
// ("Serial Number (system):", "CrashReporter Key:", "password":).
func (sc *scanner) keyPhrase(q int) []byte {
	b := sc.b
	k := q
	// up to 32 blanks: tools align their columns ("SSID                   : x")
	for k > 0 && q-k < 32 && (b[k-1] == ' ' || b[k-1] == '\t') {
		k--
	}
	if k > 0 && (b[k-1] == '"' || b[k-1] == '\'') {
		k--
		if k > 1 && b[k-1] == '\\' && b[k] == '"' {
			k-- // a key in a JSON string's JSON: \"username\":
		}
	}
	if k > 2 && b[k-1] == ']' && (k < q || q+2 < len(b) && b[q+1] == ' ' && b[q+2] == ' ') {
		// an index after the key: scutil --dns's "search domain[0] : x",
		// nmcli's aligned "IP4.DOMAIN[1]:    x"; not syslog's
		// "passwd[2211]: message", a process and its pid
		x := k - 2
		for x > 0 && isDigit(b[x]) {
			x--
		}
		if x < k-2 && b[x] == '[' {
			k = x
		}
	}
	e := k
	open := -1      // the last '(' in the phrase
	closes := false // a ')' in it
	dw := -1        // the last word in it starting with a digit after a blank
	wide := false   // lim was moved for the bytes outside ASCII in the phrase
	// 40 bytes (longer in scripts of two bytes a letter: "Зарегистрированный
	// владелец")
	lim := max(e-40, 0)
	k = phraseRun(b[lim:k]) + lim
	if k > lim && !phraseEnd[b[k-1]] && sc.maxEnd < k {
		// one word ('"user":', "Mixer.java:"), and what stops it is
		// neither a blank, a bracket, a pseudonym's end nor a '\': none
		// of the tests below would change it (findingEnd: no finding
		// ends at k or past it)
		return b[k:e]
	}
scan:
	for {
		if k > lim {
			switch b[k-1] {
			case ' ':
				if dw < 0 && k < e && isDigit(b[k]) {
					dw = k
				}
			case ')':
				closes = true
			case '(':
				if open < 0 {
					open = k - 1
				}
			default:
				break scan
			}
			k = phraseRun(b[lim:k-1]) + lim
			continue
		}
		if l := phraseLimit(b, lim, e); l < lim && k == lim && !wide {
			wide, lim = true, l // (labels.go)
			k = phraseRun(b[lim:k]) + lim
			continue
		}
		for k > 0 && e-k < 64 && b[k-1] >= 0x80 {
			k--
		}
		break
	}
	// The phrase does not reach back over a finding (the value of the
	// key before: "usr:zoe usr :x" is "usr" in a second pass too), and
	// one glued to a finding or a pseudonym is the rest of a longer word
	// ("fe80::1.user :x"), no key.
	f := sc.findingEnd(k, e)
	if sc.learnOnly && k < e && f <= k && sc.literalEndIn(k, e) == e {
		// a learning scan records no findings: a learned name ending the
		// phrase ("sudo user kai =x", kai learned) is one a scrub's scan
		// finds there, and the phrase, stopping at it, is no key there
		f = e
	}
	if f > k || gluedToPseudonym(b, k) || k > 0 && sc.maxEnd >= k-64 && sc.findingGlued(k) {
		// (a finding ending where the phrase starts: "Z0+" of
		// "smb://Z0User:Z0+)0000 mAil: x", which a second pass sees as
		// "<user-1>)0000 mAil:", glued to the pseudonym)
		k = f
		for k < e && k-f < 2 && (b[k] == '/' || b[k] == ')' || b[k] == ']') && k+1 < e && (b[k+1] == ' ' || b[k+1] == '/') {
			k++ // the rest of a URL or a bracket before the phrase: "…/<user-1>/ stream key:"
		}
		// the rest of the word the finding ended in is no part of the
		// phrase, which starts after it ("/home/kai/x User:" is "User");
		// glued to the key's own word, there is none ("fe80::1.user :x")
		for k < e && b[k] != ' ' {
			k++
		}
		if k >= e {
			return nil
		}
	}
	if k >= 1 && k < e && b[k-1] == '\\' && (b[k] == 'n' || b[k] == 'r' || b[k] == 't') && (k < 2 || b[k-2] != '\\') {
		// a JSON-escaped line break before the phrase ("\nKernel UUID:"
		// of a panic string read as text): its letter is no part of the key
		k++
	}
	for k < e && b[k] == ' ' {
		k++
	}
	// A word starting with a digit before the key's last word is a
	// timestamp or a count, no part of a key ("…02.176Z INFO  midi:"); the
	// phrase starts after it (a per-line key would also defeat the cache)
	// (the last one: the last after a blank, noted while reading back,
	// else the phrase's first word)
	x := -1
	if dw >= k {
		x = dw
	} else if k < e && isDigit(b[k]) {
		x = k
	}
	if x >= 0 {
		w := x
		for w < e && b[w] != ' ' {
			w++
		}
		if w < e {
			for k = w; k < e && b[k] == ' '; k++ {
			}
		}
	}
	if closes && bytes.IndexByte(b[k:e], ')') >= 0 && bytes.Count(b[k:e], []byte(")")) > bytes.Count(b[k:e], []byte("(")) {
		// "pam_unix(sudo:session):": the phrase began inside brackets
		// it does not hold, so it is no key
		return nil
	}
	if open >= k && bytes.IndexByte(b[open:e], ')') < 0 {
		// the key opens a bracket: "secret keys (Closes: #1010171)" is
		// Closes', "the secret (value: x)" still the secret's
		if w := bytes.TrimSpace(b[open+1 : e]); !bracketValueWord(w) {
			k = open + 1
		}
	}
	return b[k:e]
}

// bracketValueWords, opening a bracket after a key, say that what
// follows is the key's value ("the password (was: x)").
var bracketValueWords = wordSet(`value was is old new default current now e.g. i.e. eg ie`)

// bracketValueWord: w, in any case, is one of bracketValueWords. An ASCII
// word is lowered on the stack, and one longer than the longest of them
// is none (keyPhrase asks of every bracket ending a phrase); one with a
// byte past ASCII goes through bytes.ToLower, as a few such letters lower
// to ASCII ones ("\u0130S" is "is").
func bracketValueWord(w []byte) bool {
	var lb [8]byte
	if l := lb[:copy(lb[:], w)]; foldASCII(l) && isASCII(w[len(l):]) {
		return len(w) <= len(lb) && bracketValueWords[string(l)]
	}
	return bracketValueWords[string(bytes.ToLower(w))]
}

// pipewireObject: v is the name of a PipeWire or PulseAudio object,
// "<api>_<kind>." and the rest ("alsa_card.usb-Pioneer_DJ_…",
// "bluez_card.F8_4E_17_AA_BB_CC", "alsa_output.pci-0000_00_1f.3.analog-stereo").
func pipewireObject(v []byte) bool {
	k := bytes.IndexByte(v, '_')
	if k < 2 || k > 8 || !allLowerAlnum(v[:k]) {
		return false
	}
	for _, kind := range []string{"card.", "output.", "input.", "device.", "sink.", "source."} {
		if bytes.HasPrefix(v[k+1:], []byte(kind)) && len(v) > k+1+len(kind) {
			return true
		}
	}
	return false
}

func allLowerAlnum(v []byte) bool {
	for _, c := range v {
		if !(c >= 'a' && c <= 'z' || isDigit(c)) {
			return false
		}
	}
	return true
}

// pipewireObjectAt: a PipeWire object's name (pipewireObject) is the value
// at p, after blanks and a quote.
func pipewireObjectAt(b []byte, p int) bool {
	for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	if p < len(b) && (b[p] == '"' || b[p] == '\'') {
		p++
	}
	return pipewireObject(b[p:min(len(b), p+32)])
}

// phoneEnd returns where a telephone number at p ends: digits, '+',
// '(', ')', '-', '.', '/' and single blanks between them.
func phoneEnd(b []byte, p int) int {
	e := p
	if matchFold(b, p, "%2b") > 0 {
		e += 3 // a URL's query: phone=%2B233244123456
	}
	for e < len(b) && e-p < 32 {
		c := b[e]
		if isDigit(c) || c == '+' || c == '(' && e+1 < len(b) && isDigit(b[e+1]) || c == ')' || c == '-' || c == '/' ||
			c == '.' && (e+1 >= len(b) || b[e+1] != '.') { // (dots in a row lead to the next column)
			e++
			continue
		}
		if c == ' ' && e+1 < len(b) && (isDigit(b[e+1]) || b[e+1] == '(' && e+2 < len(b) && isDigit(b[e+2])) && e > p {
			e++
			continue
		}
		// (a bracket opens an area code, "(0)171", not a note after the
		// number: "0171 1234567 (mobile)")
		break
	}
	for e > p && (b[e-1] == '.' || b[e-1] == '-' || b[e-1] == '/') {
		e--
	}
	return e
}

// phoneLead: c may come right before a telephone number written in
// prose or after a key: a blank, a separator, a quote, a bracket.
func phoneLead(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':' || c == '=' || c == '(' || c == '"' || c == '\'' || c == ','
}

// intlPhone finds a telephone number in the international form at p, its
// '+', the country code (no 0) and 9 to 15 digits in all, in groups or
// not ("+234 803 123 4567", "+1-415-555-0133", "+27821234567"): in prose
// or under any key ("Contact:", "WhatsApp:"). A UTC offset ("+0100")
// has too few digits. It returns where the number ends, or -1.
func (sc *scanner) intlPhone(p int) int {
	b := sc.b
	e := phoneEnd(b, p)
	for e > p && b[e-1] == ')' && bytes.IndexByte(b[p:e-1], '(') < 0 {
		e-- // "(call +44 7700 900123)"
	}
	e = ipv4AfterPhone(b, p, e)
	if e < len(b) && (isAlnum(b[e]) || b[e] == '_' || b[e] == ':' || b[e] >= 0x80) || pseudonymAt(b, e) {
		return -1
	}
	// (as far as phoneEnd's run could have gone: 32 bytes from p)
	k := e
	for k < len(b) && k-p < 32 && (b[k] == ' ' || b[k] == '.' || b[k] == '-' || b[k] == '/' || b[k] == ')') {
		k++
	}
	if k > e && pseudonymAt(b, k) {
		// the run went on over the blanks and separators into what the
		// first pass replaced ("+1000000000 (000) 000 0000",
		// "+1000000000.(000) 000 0000", "+1000000000)))) (000) …",
		// "+1000000000)))))))) (000) …": too many digits then)
		return -1
	}
	v := b[p:e]
	digits, groups := 0, 1
	for k, c := range v {
		switch {
		case isDigit(c):
			digits++
		case c == '+' && k > 0, c == '/':
			return -1
		case c == ' ' || c == '-' || c == '.':
			groups++
		}
	}
	if digits < 9 || digits > 15 || groups == 1 && digits < 10 || isTimestamp(v) {
		return -1
	}
	sc.phone(p, e)
	return e
}

// phoneValue: v reads as a telephone number, 7 to 15 digits (E.164) with
// the punctuation people write between groups, and no date's shape.
func phoneValue(v []byte) bool {
	if len(v) > 3 && v[0] == '%' && v[1] == '2' && v[2]|0x20 == 'b' {
		v = v[3:]
	}
	digits := 0
	for _, c := range v {
		switch {
		case isDigit(c):
			digits++
		case c == '+' || c == '(' || c == ')' || c == '-' || c == '.' || c == '/' || c == ' ':
		default:
			return false
		}
	}
	return digits >= 7 && digits <= 15 && !isTimestamp(v)
}

// canonicalPhone keeps a number's digits (and a leading '+'): the same
// number written with other spacing gets the same pseudonym.
func canonicalPhone(v []byte) string {
	out := make([]byte, 0, len(v))
	if len(v) > 3 && v[0] == '%' && v[1] == '2' && v[2]|0x20 == 'b' {
		out, v = append(out, '+'), v[3:]
	}
	for k, c := range v {
		if isDigit(c) || c == '+' && k == 0 {
			out = append(out, c)
		}
	}
	return string(out)
}

// serviceAccountKey classifies a key phrase that names an account at an
// online service by its last word ("SoundCloud user:", "Ableton
// Account:", "Pioneer DJ account:"): the account. Other phrases are
// keyNone.
func serviceAccountKey(key []byte) string {
	k := bytes.LastIndexByte(key, ' ')
	if k <= 0 || k == len(key)-1 {
		return keyNone
	}
	w := key[k+1:]
	if eqLower(w, "login") && loginEventWord(key[:k]) {
		// "Last login: Tue May  2 10:11:12 on ttys000" (macOS Terminal's
		// first line), "Failed login: …": when, no account
		return keyNone
	}
	if eqLower(w, "user") || eqLower(w, "username") || eqLower(w, "account") || eqLower(w, "login") {
		return ClassUser
	}
	if eqLower(w, "id") && k >= 5 {
		// "iLok User ID: kwame.mensah.dj": a number or a name
		if p := key[:k]; eqLower(p[len(p)-4:], "user") && (len(p) == 4 || p[len(p)-5] == ' ') {
			return keyUserID
		}
	}
	return keyNone
}

// classifyRaw classifies a key as written: classify of its normal form,
// or an account under a compound key (compoundUserKey).
func (sc *scanner) classifyRaw(key []byte) string {
	var kb [64]byte
	m := sc.rawKeySlot(key) // (memoized: see rawKeyMemo)
	nk := m.normKey(kb[:0], key)
	c := m.classify(sc, nk)
	if c == keyNone && compoundUserNK(nk) && compoundUserKey(key) {
		return ClassUser
	}
	return c
}

// compoundUserNK: the normal key nk may be compoundUserKey's (a cheap
// test first).
func compoundUserNK(nk []byte) bool {
	return len(nk) > 5 && (nk[len(nk)-1] == 'r' || nk[len(nk)-1] == 'n')
}

// serviceHandleStart returns where the handle starts when the value at p
// names a service before it ("insta @kwabena.mixes", "discord
// abena#0420"), else p.
func serviceHandleStart(b []byte, p int) int {
	s := p
	for s < len(b) && s-p < 4 && b[s] == ' ' {
		s++
	}
	e := s
	for e < len(b) && e-s < 12 && isLetter(b[e]) {
		e++
	}
	if e == s || e+2 >= len(b) || b[e] != ' ' {
		return p
	}
	var lb [12]byte
	if !accountWords[string(lowerInto(lb[:0], b[s:e]))] {
		return p
	}
	if b[e+1] == '@' {
		return e + 2
	}
	return e + 1
}

// compoundUserKey: the raw key names an account by its last part, "User"
// or "Login" after a word in camel case, or "user" or "login" after '_'
// in lower case ("LastUser", "SoundCloudUser", "BeatportLogin",
// "sc_user"), unless the word before it makes it a kind of
// user, a count or an event ("SuperUser", "MaxUser", "LastLogin").
func compoundUserKey(key []byte) bool {
	n := len(key)
	m := 4 // the last part's length
	switch {
	case n >= 6 && eqLower(key[n-4:], "user"):
	case n >= 7 && eqLower(key[n-5:], "login"):
		m = 5
	default:
		return false
	}
	s := n - m - 1 // the last byte of the word before
	switch p := key[s]; {
	case p == '_' && key[0] != '_' && s > 0 && key[s-1] >= 'a' && key[s-1] <= 'z':
		// (not '.': a member in code, "pd.user = events"; not '-': a
		// file's name before a colon, "dovecot.script-login: don't …";
		// not a constant in capitals, "EVFILT_USER = C.EVFILT_USER")
		s--
	case key[n-m] >= 'A' && key[n-m] <= 'Z' && key[n-m+1] >= 'a' && (p >= 'a' && p <= 'z' || isDigit(p)):
	default:
		return false
	}
	if s < 0 {
		return false
	}
	// that word: back to its capital in camel case, or to a separator
	w := s
	for w > 0 && isLetter(key[w-1]) && !(key[w] >= 'A' && key[w] <= 'Z' && key[w-1] >= 'a') {
		w--
	}
	var lb [16]byte
	if s+1-w > len(lb) {
		return true
	}
	return !userKindWords[string(lowerInto(lb[:0], key[w:s+1]))] && !(m == 5 && loginEventWord(key[w:s+1]))
}

// wordValueAt: the value at p (after blanks and a quote) starts with a
// letter and is no call or index in code ("uint32(ridx)<<16").
func wordValueAt(b []byte, p int) bool {
	for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	if p < len(b) && (b[p] == '"' || b[p] == '\'') {
		p++
	}
	if p >= len(b) || !(isLetter(b[p]) || b[p] >= 0xc2) {
		return false
	}
	for e := p; e < len(b) && e-p < 64 && b[e] > ' ' && b[e] != '"' && b[e] != '\'' && b[e] != ',' && b[e] != ';'; e++ {
		if b[e] == '(' || b[e] == '[' {
			return false
		}
	}
	return true
}

// envUserKey: the raw key is an environment variable's name that ends in
// _USER or _LOGIN ("POSTGRES_USER", "DB_USER", "FTP_LOGIN": a compose
// file's or a service's account), no kind of user before it.
func envUserKey(key []byte) bool {
	n := len(key)
	m := 5 // "_USER"
	switch {
	case n >= 7 && string(key[n-5:]) == "_USER":
	case n >= 8 && string(key[n-6:]) == "_LOGIN":
		m = 6
	default:
		return false
	}
	if key[0] < 'A' || key[0] > 'Z' {
		return false
	}
	w := n - m // the word before, back to a '_'
	for _, c := range key[:w] {
		if !(c >= 'A' && c <= 'Z' || isDigit(c) || c == '_') {
			return false
		}
	}
	s := bytes.LastIndexByte(key[:w], '_') + 1
	var lb [16]byte
	return w-s <= len(lb) && !userKindWords[string(lowerInto(lb[:0], key[s:w]))]
}

// lowerWordAt: the value at p (after blanks and a quote) is a word in
// lower case, as accounts are: not a constant ("EVFILT_USER =
// C.EVFILT_USER"), a placeholder or a reference ("$PGUSER").
func lowerWordAt(b []byte, p int) bool {
	for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	if p < len(b) && (b[p] == '"' || b[p] == '\'') {
		p++
	}
	return p < len(b) && b[p] >= 'a' && b[p] <= 'z' && wordValueAt(b, p)
}

// userKindWords, before "User" or "Login" in a key, make it a kind of
// account, a count or a setting, no account's name.
var userKindWords = wordSet(`super power multi end guest max min num number count single per non is has any all
	total active default system root admin test demo anonymous anon auto allow enable disable require`)

// lastLoginFrom handles the rest, at p, of a "Last login:" line: sshd's
// and login(1)'s "Tue May  2 10:11:12 2026 from studio-nas.lan" name the
// machine the last login came from, which is learned and replaced (an
// address there is the IP detectors').
func (sc *scanner) lastLoginFrom(p int) {
	b := sc.b
	le := lineEnd(b[:min(len(b), p+64)], p)
	f := bytes.Index(b[p:le], []byte(" from "))
	if f < 0 {
		return
	}
	hs := p + f + len(" from ")
	he := hs
	for he < len(b) && he-hs < 256 && (isDomainChar(b[he]) || b[he] == '_') {
		he++
	}
	if he == hs || he < len(b) && b[he] != ' ' && !lineBreak(b[he]) {
		return
	}
	for he > hs && b[he-1] == '.' {
		he-- // (a sentence's full stop)
	}
	sc.hostSpan(hs, he)
}

// loginEventWord: the phrase before "login" ends with a word that makes
// it an event ("Last login", "Failed login"), whose value is a time.
func loginEventWord(p []byte) bool {
	w := p[bytes.LastIndexByte(p, ' ')+1:]
	for _, e := range [...]string{"last", "previous", "first", "failed", "next", "successful", "recent"} {
		if eqLower(w, e) {
			return true
		}
	}
	return false
}

// passwordMetaKey: k (normalized) names a fact about a password, no
// password: when it was set or expires, how old or long one must be
// (chage -l, net user, net accounts, Get-LocalUser, an account's JSON:
// "password_expires_at"). "password_change" alone may be a form's new
// password: a change is a fact only after "last" or a count of days.
func passwordMetaKey(k string) bool {
	i := strings.LastIndex(k, "password")
	if i < 0 {
		return false
	}
	head, tail := k[:i], k[i+len("password"):]
	switch tail {
	case "expires", "expired", "expiry", "expiration", "expiresat", "expiredat", "expirationdate", "expirydate",
		"neverexpires", "lastset", "lastsetdate", "lastsettime", "lastchanged", "changeable", "changeabledate",
		"changedat", "changeddate", "updatedat", "lastreset", "resetat", "required", "notrequired", "inactive",
		"age", "agedays", "length", "historymaintained":
		return true
	case "change":
		return head == "last" || strings.HasSuffix(head, "between")
	}
	return false
}

// quoteStop: the bytes that stop a value in double ([0]) or single ([1])
// quotes: the quote, a line break, a backslash or a '<' (keyValueAt).
var quoteStop = [2][256]bool{{'"': true, '\n': true, '\\': true, '<': true}, {'\'': true, '\n': true, '\\': true, '<': true}}

// keyValue replaces the value of a sensitive key starting at p. spaced
// allows blanks between the separator and the value.
func (sc *scanner) keyValue(p int, class string, spaced bool) int {
	return sc.keyValueAt(p, class, spaced, false)
}

// nextKeyAt: a field separator at p (", " or "; ") leads to another
// key ("DriveId:", "user=").
func nextKeyAt(b []byte, p int) bool {
	if b[p] != ',' && b[p] != ';' || p+2 >= len(b) || b[p+1] != ' ' {
		return false
	}
	k := p + 2
	for k < len(b) && k-p < 34 && isKeyChar(b[k]) {
		k++
	}
	return k > p+2 && k < len(b) && (b[k] == ':' || b[k] == '=')
}

// lineValueEnd returns where a value that runs to the end of the line
// from p ends: before the line break, or before a blank and another key
// ("password=x user=y"); at most limit bytes. A network name (net) also
// ends at a quote, and at ',' or ';' before a blank ("ssid=x, bssid=y").
func lineValueEnd(b []byte, p, limit int, net bool) int {
	e := p
	for e < len(b) && e-p < limit && !lineBreak(b[e]) {
		if net && (b[e] == '"' || (b[e] == ',' || b[e] == ';') && (e+1 == len(b) || b[e+1] == ' ')) {
			break
		}
		if b[e] == ' ' && e > p {
			k := e + 1
			for k < len(b) && isKeyChar(b[k]) {
				k++
			}
			if k > e+1 && k < len(b) && b[k] == '=' {
				break
			}
		}
		e++
	}
	return e
}

// phraseStop: the bytes a product phrase after a token's key ends at (a
// line break, '(', '"', ',' or ';').
var phraseStop = func() (t [256]bool) {
	for c := range t {
		t[c] = lineBreak(byte(c))
	}
	for _, c := range []byte("(\",;") {
		t[c] = true
	}
	return t
}()

// valueStop: the bytes a plain value ends at in keyValueAt, and '\\' (a
// JSON escape may end it).
var valueStop = func() (t [256]bool) {
	for c := range t {
		t[c] = c <= ' ' || c == 0x7f
	}
	for _, c := range []byte("\"',;&)]}<>|\\") {
		t[c] = true
	}
	return t
}()

// dsclNextLine: dscl -read writes a value with a blank in it on the line
// after its key, one blank before it ("RealName:\n Lerato Molefe"). p is
// the line break after the key; it returns where that value starts, or p
// (the line after is none such: a nested YAML key, a list's item).
func dsclNextLine(b []byte, p int) int {
	k := p
	if b[k] == '\r' && k+1 < len(b) && b[k+1] == '\n' {
		k++
	}
	if b[k] != '\n' || k+2 >= len(b) || b[k+1] != ' ' || b[k+2] <= ' ' || b[k+2] == '-' || b[k+2] == '#' {
		return p
	}
	for e := k + 2; e < len(b) && e-k < 128 && !lineBreak(b[e]); e++ {
		if b[e] == ':' || b[e] == '=' {
			return p
		}
	}
	return k + 2
}

// keyValueAt is keyValue; whole: the key starts a line of "key=value"
// (a keyfile), so the value runs to its end.
func (sc *scanner) keyValueAt(p int, class string, spaced, whole bool) int {
	b := sc.b
	n := len(b)
	colon := p > 0 && b[p-1] == ':'
	listed := false // a full name opens the value: more may follow (listedNames)
	for spaced && p < n && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	if p >= n {
		return p
	}
	if colon && class == ClassUser && (b[p] == '\n' || b[p] == '\r') {
		p = dsclNextLine(b, p)
	}
	if colon && b[p] == '(' && icaclsRights(b, p) {
		return p // icacls's "CREATOR OWNER:(OI)(CI)(IO)(F)": the principal's rights, no owner's name
	}
	if class == ClassToken && isDigit(b[p]) && ioregSessionID(b, p) {
		// ioreg's USB device "sessionID" = 1032718493218: the kernel's
		// count of when the device attached, no session's secret
		return p
	}
	if b[p] == '0' && p+2 < n && b[p+1] == 'x' {
		if e := cPointerEnd(b, p); e > p {
			// a debugger's pointer ("owner = 0x0", gdb's "user =
			// 0x5555557f2c10 \"kai\"", "session = 0x…"): the memory's
			// address, no account nor token; a char pointer's string
			// follows it, quoted, and is the value
			if e+1 < n && b[e] == ' ' && b[e+1] == '"' {
				p = e + 1
			} else if class != ClassPassword && class != ClassSerial && class != ClassMachineID && class != ClassLicense {
				return e
			}
		}
	}
	if class == ClassUser && b[p] == '(' && p+2 < n && isLetter(b[p+1]) && parenFullName(b, p+1) {
		// "Owner: (Kofi Mensah)": the full name inside; read from the
		// '(', its first word went with the '(' and its last stayed
		// (one word there is read with its parentheses: "(none)")
		p++
	}
	if colon && isLetter(b[p]) {
		// "AppleAccount: DSID: 1627…", cmdkey's "MicrosoftAccount:user=
		// kai@example.com": a key of its own comes first, and its value
		// is that key's
		k := p
		for k < n && k-p < 24 && isKeyChar(b[k]) {
			k++
		}
		var kb [24]byte
		if k+1 < n && (b[k] == ':' && b[k+1] == ' ' || b[k] == '=') && sc.classify(normKey(kb[:0], b[p:k])) != keyNone {
			return p
		}
		if k-p == 6 && (eqLower(b[p:k], "logged") || eqLower(b[p:k], "signed")) {
			// "Serato Account: logged in as "kai@example.com"", "Account:
			// signed in (user ...)": a phrase, which names the account
			// after "as" if at all
			m := matchFold(b, k, " in")
			if m < 0 {
				m = matchFold(b, k, " out")
			}
			if m > 0 && (m == n || !isLetter(b[m])) {
				return p
			}
		}
	}
	if class == ClassToken && b[p] != '"' && b[p] != '\'' {
		// "Authorization: Live 12 Suite": a product's name to the end
		// of the line (or a parenthesis) is left to the other detectors
		// (read past 64 bytes: productPhrase counts the pseudonyms a
		// first pass put in the phrase short)
		e := p
		for bw := b[:min(n, p+257)]; e < len(bw) && !phraseStop[bw[e]]; e++ {
		}
		t := e // (the blanks at its end left out)
		for t > p && (b[t-1] == ' ' || b[t-1] == '\t') {
			t--
		}
		if productPhrase(b[p:t]) || lowerProse(b[p:min(e, p+65)]) {
			return p
		}
	}
	if (class == ClassToken || class == ClassLicense) && (fsPathAt(b, p) || (b[p] == '"' || b[p] == '\'') && fsPathAt(b, p+1)) {
		// Pro Tools' "Session: /Users/farah/Documents/Pro Tools/…", Waves
		// Central's "Licenses location: C:\Users\…": a file's path,
		// which the path walk reads (a secret is none)
		return p
	}
	vs, ve := p, p
	scheme := false // an auth scheme word starts the value: its credentials follow
	nsdata := false // the value is an NSData description, brackets and all
	plain := false  // the value is a bare word (or more), no quotes around it
	cred := -1      // where the credentials after an auth scheme start
	if class == ClassCookie || class == ClassToken && spaced {
		cred = credentialsStart(b, p)
	}
	switch q := b[p]; {
	case q == '"' || q == '\'':
		vs = p + 1
		ve = vs
		lim := min(n, vs+1024)
		bw := b[:lim]
		stop := &quoteStop[0]
		if q == '\'' {
			stop = &quoteStop[1]
		}
		inner := false // a pseudonym inside the value, after its first byte
		for ve < lim {
			for ve < len(bw) && !stop[bw[ve]] {
				ve++ // most bytes of the value
			}
			if ve < lim && b[ve] == '<' {
				inner = inner || ve > vs && pseudonymFrom(b, ve)
				ve++
				continue
			}
			if ve >= lim || b[ve] != '\\' {
				break
			}
			if ve+1 < n {
				ve++ // an escaped byte
			}
			ve++
		}
		if ve >= n || b[ve] != q || inner {
			// (no value a first pass replaced whole holds a pseudonym
			// after its start: it kept one it found too long,
			// `"sid=a…"` of 2,000 bytes, and replaced a token in it,
			// which left `"sid=<token-1>…"` short enough)
			return p
		}
	case q == '\\' && p+1 < n && b[p+1] == '"':
		// a value quoted in a JSON string's JSON, as a log line or a
		// breadcrumb's message writes it ("{\"username\":\"ngozi_a\"}"):
		// up to the escaped closing quote, no other escape in it
		vs = p + 2
		ve = vs
		for lim := min(n, vs+1024); ve < lim && b[ve] != '\\' && b[ve] != '"' && b[ve] != '\n'; ve++ {
			if b[ve] == '<' && ve > vs && pseudonymFrom(b, ve) {
				return p // (as a quoted value: a first pass replaced part of it)
			}
		}
		if ve+1 >= n || b[ve] != '\\' || b[ve+1] != '"' {
			return p
		}
	case class == ClassUser && lastFirstEnd(b, p) > 0:
		// "Author: Mokoena, Thandeka": a directory's "Last, First"; not
		// roles ("Attendees: Everyone, Staff", "participants: Host, Guest")
		e := lastFirstEnd(b, p)
		if roleName(b, p, e) || !proseWords(strings.ReplaceAll(string(b[p:e]), ",", "")) || guestWords(b[p:e]) {
			return e
		}
		sc.nameSpan(p, e)
		return e
	case class == ClassUser && personName(b, p):
		// "Registered Owner: Lena Bergström", git's "user.name=Kai
		// Okonkwo": a full name, up to four capitalised words
		ve = nameEnd(b, p)
		listed = true
		if e := teamWordAfter(b, ve); e > 0 {
			// a manual's "Author: APT team", "Author: The PostgreSQL
			// Global Development Group": a team, no person
			return e
		}
	case p > 0 && b[p-1] == '>' && (class == ClassNetwork || class == ClassOrg || class == ClassLocation) && xmlTextEnd(b, p) > p:
		ve = xmlTextEnd(b, p) // <SSID>Owusu Family WiFi</SSID>: the element's text (xml.go)
	case whole && q != '<':
		lim := 1024
		if class == ClassNetwork {
			lim = 32
		}
		ve = lineValueEnd(b, p, lim, class == ClassNetwork)
		if ds, de := shellDefault(b, vs); de == ve-1 && !samplePasswords[strings.ToLower(string(b[ds:de]))] {
			vs, ve = ds, de // "password=${DB_PASSWORD:-…}": the default is the value
		}
	case (class == ClassOrg || class == ClassLocation) && colon && q != '"':
		// systeminfo's "Registered Organization: Mokoena Sound Studios":
		// the rest of the line, or of the field when another key
		// follows ("Tenant: Adeyemi Sound Ltd, DriveId: …")
		for ve < n && b[ve] != '\n' && b[ve] != '\r' && b[ve] != 0 && ve-vs < 64 && !nextKeyAt(b, ve) {
			ve++
		}
		for ve > vs && (b[ve-1] == ' ' || b[ve-1] == '\t') {
			ve--
		}
	case class == ClassNetwork && colon:
		// "SSID: Okonkwo Family 5G": a network name may hold blanks; it
		// runs to the end of the line (32 bytes at most, as 802.11 allows);
		// a bare one after a quoted key ({"ssid":88,"x":1} in a log line)
		// to the end of its JSON field; either ends where another key
		// follows (iwd's "ssid: x, bss: aa:bb:…" took the key and most of
		// the MAC into the name)
		k := vs
		for k > 0 && b[k-1] == ' ' {
			k--
		}
		bare := k >= 2 && b[k-1] == ':' && b[k-2] == '"'
		for ve < n && b[ve] != '\n' && b[ve] != '\r' && b[ve] != '"' && b[ve] != 0 && ve-vs < 32 && !(bare && (b[ve] == ',' || b[ve] == '}')) && !nextKeyAt(b, ve) {
			ve++
		}
	case class == ClassPhone:
		// "+234 803 555 0147": groups of digits with single blanks
		ve = phoneEnd(b, p)
	case class == ClassMachineID && wwnEnd(b, p) > 0:
		// smartctl's "LU WWN Device Id: 5 002538 f41a2b3c4": the disk's
		// world-wide name in three groups
		ve = wwnEnd(b, p)
	case class == ClassCookie || cred > 0:
		// header style: the rest of the line (keeps "Bearer ")
		quoted := false
		if cred > 0 {
			vs = cred
			scheme = true
			// Digest's parameters quote their values (username="kai",
			// response="..."): the quotes belong to the value, which runs
			// to the end of the line (a JSON-escaped one, =\", still ends
			// at the string's quote)
			quoted = matchFold(b, p, "digest ") > 0 && digestRaw(b[vs:min(n, vs+64)])
		}
		ve = vs
		for ve < n && b[ve] != '\n' && b[ve] != '\r' && (b[ve] != '"' || quoted) && b[ve] != 0 && ve-vs < 4096 {
			ve++
		}
		if quoted {
			// the account is learned: it names the person elsewhere too
			if k := bytes.Index(b[vs:ve], []byte(`username="`)); k >= 0 {
				us := vs + k + len(`username="`)
				if ue := bytes.IndexByte(b[us:ve], '"'); ue > 0 {
					sc.learnUser(string(b[us : us+ue]))
				}
			}
		}
	case q == '{' && p+38 <= n && bracedGUID(b[p:p+38]):
		ve = p + 38
	case q == '<' && class == ClassSerial && p+9 < n && isHex(b[p+1]):
		// ioreg writes a serial as data: the hex of its ASCII, padded
		// with NULs ("serial-number" = <4330325a4b31...00000000>)
		return sc.hexSerial(p)
	case q == '{' && class == ClassSerial && p+9 < n && isDigit(b[p+1]):
		return sc.decimalSerial(p) // WmiMonitorID's "SerialNumberID : {67, 78, 48, …}" (systools.go)
	case (q == '<' || q == '{') && class != keyKeep && !metaKey(class) && nsDataEnd(b, p) > 0:
		// Apple's NSData description of the value ("<5f3c1e2d 4a6b…>",
		// "{length = 32, bytes = 0x5f3c… }": an APNs device token, a
		// key's bytes): replaced whole, brackets and all
		ve = nsDataEnd(b, p)
		nsdata = true
	case q == '<' && class == ClassMAC:
		// ioreg writes data in angle brackets: "IOMACAddress" = <a4c1389f2e12>
		vs = p + 1
		ve = vs
		for ve < n && ve-vs < 12 && isHex(b[ve]) {
			ve++
		}
		if ve >= n || b[ve] != '>' {
			return p
		}
	default:
		plain = true
		proxy := class == keyProxy
		lim := min(n, vs+1024)
		bw := b[:lim]
		for ve < lim {
			for ve < len(bw) && !valueStop[bw[ve]] {
				ve++ // most bytes of the value
			}
			if ve >= lim {
				break
			}
			c := b[ve]
			if c == ',' && proxy {
				ve++ // NO_PROXY=localhost,.corp.example.com: one list
				continue
			}
			if c == ' ' && proxy && ve > vs && domainWordAt(b, ve+1) {
				ve++ // "Search Domains: obriain.ie, ceol.ie", "DNS Domain: fritz.box x.family"
				continue
			}
			if c != '\\' {
				break // (valueStop holds '\\' only for the test below)
			}
			if ve+1 < n && (b[ve+1] == 'n' || b[ve+1] == 't' || b[ve+1] == 'r' || b[ve+1] == '"') {
				if class == ClassUser && b[ve+1] != '"' && (netbiosUpper(b[vs:ve]) || ve == vs+1 && b[vs] == '.') && accountEnd(b, ve+1) > 0 {
					// CONTOSO\tom, KAI-PC\nina, .\tomasz (this machine's
					// account): an account, no JSON escape
					ve++
					continue
				}
				break // JSON escape ends the value
			}
			ve++
		}
		if b[vs] == '$' {
			if ds, de := shellDefault(b, vs); de == ve {
				vs = ds // "host=${DB_HOST:-kofi-pc}": the default is the value
			}
		}
		if class == ClassUser && ve < n && b[ve] == ']' && ve-vs > 4 && string(b[ve-4:ve]) == "[bot" {
			ve++ // a GitHub App's account, git's "Author: dependabot[bot]": one name, brackets and all (skipValue)
		}
		if b[vs] == '[' && ve < n && b[ve] == ']' && ve > vs+1 && bytes.IndexByte(b[vs:ve], ':') < 0 {
			vs++ // avahi-browse's "hostname = [Kais-MacBook-Air.local]": one item in brackets
		}
		if class == ClassHost && colon && ve < n && b[ve] == ' ' {
			ve = spacedComputerName(b, vs, ve)
		}
	}
	if class == ClassUser && vs+5 < n && b[vs] == '$' && b[vs+1] == '{' {
		// GIT_AUTHOR_NAME="${GIT_AUTHOR_NAME:-Adaeze Okafor}": the
		// default is a full name, blanks and all, to the expansion's '}'
		if ds := shellDefaultStart(b, vs); ds > 0 && personName(b, ds) {
			if ne := nameEnd(b, ds); ne < n && b[ne] == '}' {
				vs, ve = ds, ne
			}
		}
	}
	if class == ClassSerial && ve+2 < n && b[ve] == ' ' {
		if e := sc.assetPerson(vs, ve); e > 0 {
			return e // "Asset Tag: Kwesi Boateng", "Property of Kwesi Boateng" (userinfo.go)
		}
	}
	raw := ve
	for ve > vs && (b[ve-1] == '.' || b[ve-1] == ' ') {
		ve--
	}
	if ve <= vs {
		return p
	}
	v := b[vs:ve]
	if v[0] == '<' && !nsdata {
		return ve
	}
	if pseudonymAt(b, ve) || pseudonymAt(b, raw) {
		// "A0!<email-1>", "A0!.<email-1>": what is left of a value part
		// of which the first pass replaced, which was no value of this
		// key then
		return p
	}
	switch class {
	case keyPwd, keyHome, keyProxy, ClassMAC, keyNumID, keyUnixUID, keyMSCID, keyDomain, keyAddress:
		if class == keyProxy && len(v) <= 8 && proseLead(b, v, ve) {
			return ve // a ChangeLog's "(x509_crt_set_proxy): Add." (proseLead)
		}
		// the value stays visible to the other detectors (paths, URL
		// credentials, IPs): what valueSpan finds is only part of it,
		// or (a MAC key holding an IP, a system uid that a learned
		// /run/user/N names) none of it
		found := len(sc.spans)
		sc.valueSpan(vs, ve, class)
		for _, sp := range sc.spans[found:] {
			if sp.start == vs && sp.class != "" {
				// replaced from its start: a second pass sees a
				// pseudonym there, and no key inside it ("DBID:0:UUID:
				// sID:x": the UUID key of the account id replaced)
				return sp.end
			}
		}
		return p
	case ClassEmail:
		if mailboxPath(v) {
			sc.valueSpan(vs, ve, class)
			return p
		}
		if spelledAddressAfter(b, ve) {
			return p // "email me: kofi dot mensah at gmail dot com": the whole is the address (obfuscatedEmail)
		}
	}
	skip := !nsdata && skipValue(v, class) && !(scheme && productPhrase(v)) ||
		class == ClassLicense && licenseName(v) && licenseNameKey(b, vs) ||
		(class == ClassUser || class == ClassHost) && len(v) <= 8 && proseLead(b, v, ve) ||
		class == ClassUser && allUpperLetters(v) && teamWordAfter(b, ve) > 0 // "Author: APT team"
	if skip && class == ClassToken && stateWord(v) && !fieldEnds(b, ve) && !prepositionAfter(b, ve) {
		skip = false // "Authorization: Live 12 Suite xK9f…": a word of more
	}
	if skip && !wordBytes(v) && !(len(v) > 3 && v[0] == '$' && v[1] == '{' && v[len(v)-1] == '}') {
		// a value left as it is stays text like any other: what it
		// holds past a placeholder's '$' or a word's end is the other
		// detectors' ("USER : $0!10.1.2.3!mail:kofi@example.com": the
		// address and the key after it, which a second pass reads after
		// the first one's pseudonym); not a shell's "${DB_PASS:-changeme}",
		// whose names and default secretRef and shellDefault read
		return p
	}
	if sc.learnOnly && class != ClassUser && class != ClassHost && class != ClassNetwork && class != ClassSerial && class != keyVolume || skip {
		return ve
	}
	if plain && class == ClassUser && ve == raw && ve < n && b[ve] == ' ' {
		// "User: ama mensah", "Full name: ngozi adeyemi": a full name in
		// lower case, to the end of the value, is one name
		ve = lowerNameEnd(b, vs, ve)
	}
	found := len(sc.spans)
	sc.valueSpan(vs, ve, class)
	// Scanning resumes after what was replaced: the rest of the value
	// (the address of "host: srv:10.0.0.1", the path of "user:
	// /home/zoe") is text like any other, as a second pass sees it.
	e := p
	for _, sp := range sc.spans[found:] {
		e = max(e, sp.end)
	}
	if class == ClassUser {
		// Scanning goes on after the account in parentheses only when
		// the value was replaced whole: the rest of "user:password" is
		// text, whose keys a second pass reads after the pseudonym
		// ("usr:0A:usr:A00 (A0)": A00 is the second key's value).
		if a := sc.accountInParens(ve); a > ve && e >= ve {
			return a
		}
		if listed && e >= ve {
			return sc.listedNames(ve) // "Collaborators: Ama Owusu, Kofi Mensah"
		}
	}
	return e
}

// spacedComputerName returns where the value of system_profiler's and
// Settings' "Computer Name:" ends when the name holds blanks, as macOS
// lets it ("Computer Name: Studio Szczęsnego", "Kofi Mensah's MacBook
// Pro"): the words [vs, ve) starts, to the end of the line, or to the
// apostrophe of an owner's possessive, the model after it staying; else
// ve. Read alone, the first word went as the machine ("Studio", then
// learned: "Open Studio One") and the owner's name after it stayed.
// Only words (letters, digits, '-', '.') to the line's end, 64 bytes at
// most, make such a name: anything else (a key, a parenthesis) leaves
// the first word the value, as before.
func spacedComputerName(b []byte, vs, ve int) int {
	k := vs
	for k > 0 && (b[k-1] == ' ' || b[k-1] == '\t') {
		k--
	}
	if k < 14 || b[k-1] != ':' || matchFold(b, k-14, "computer name") < 0 || b[vs] < 'A' || b[vs] > 'Z' ||
		bytes.Contains(b[vs:ve], []byte("’")) {
		return ve
	}
	e := ve
	for e < len(b) && e-vs <= 64 {
		if lineBreak(b[e]) {
			return e
		}
		if b[e] == ' ' {
			if e+1 == len(b) || lineBreak(b[e+1]) {
				return e
			}
			if b[e+1] == ' ' {
				return ve
			}
			e++
			continue
		}
		if b[e] == '\'' || b[e] == 0xe2 && e+2 < len(b) && b[e+1] == 0x80 && b[e+2] == 0x99 {
			// "Kofi Mensah's MacBook Pro": the owner goes, the model stays
			if e > ve && b[e-1] != ' ' {
				return e
			}
			return ve
		}
		if !isAlnum(b[e]) && b[e] != '-' && b[e] != '.' && b[e] < 0x80 {
			return ve
		}
		e++
	}
	if e == len(b) {
		return e
	}
	return ve
}

// guestWords: a word of v names a role at a meeting or a party, no one
// ("Host, Guest", "Everyone, Staff").
func guestWords(v []byte) bool {
	for _, w := range bytes.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == ',' }) {
		switch strings.ToLower(string(w)) {
		case "host", "hosts", "guest", "guests", "everyone", "staff", "all", "panelist", "panelists", "attendee",
			"attendees", "presenter", "organizer", "organiser", "cohost", "co-host", "moderator", "speaker", "speakers":
			return true
		}
	}
	return false
}

// listedNames handles the full names after the one a people key's value
// opened with, ending at e: a list joined by ", ", "; ", " and " or " & "
// ("Collaborators: Ama Owusu, Kofi Mensah and Yaw Boateng"), sixteen at
// most, each a full name of no role's words. It returns where the last
// ends, or e.
func (sc *scanner) listedNames(e int) int {
	b := sc.b
	for range 16 {
		s := listNext(b, e, true)
		if s < 0 || s >= len(b) || !personName(b, s) {
			return e
		}
		ne := nameEnd(b, s)
		if roleName(b, s, ne) {
			return e
		}
		sc.nameSpan(s, ne)
		e = ne
	}
	return e
}

// listNext returns where the item after a list's item ending at e
// starts: after ", " or "; ", and with conj " and " or " & " too; else -1.
// (listedNames, ticketPerson)
func listNext(b []byte, e int, conj bool) int {
	switch {
	case e+2 < len(b) && (b[e] == ',' || b[e] == ';') && b[e+1] == ' ':
		return e + 2
	case conj && bytes.HasPrefix(b[e:], []byte(" and ")):
		return e + 5
	case conj && bytes.HasPrefix(b[e:], []byte(" & ")):
		return e + 3
	}
	return -1
}

// getpropKey: the word [i, j) is a key of Android's property list, in
// brackets at a line start with its value in brackets after it
// ("[ro.serialno]: [R58M123ABC]", adb shell getprop, bug reports).
func getpropKey(b []byte, i, j int) bool {
	return j+4 < len(b) && b[j] == ']' && b[j+1] == ':' && b[j+2] == ' ' && b[j+3] == '[' && syslogStart(b, i-1) && j-i <= 64
}

// getprop scrubs the value of a property list line whose key is
// sensitive ("ro.serialno", "ro.ril.oem.imei", "net.hostname"). It
// returns where the value ends, or -1.
func (sc *scanner) getprop(i, j int) int {
	var kb [64]byte
	nk := normKey(kb[:0], sc.b[i:j])
	class := sc.classify(nk)
	if class == keyNone || class == keyKeep {
		return -1
	}
	return sc.keyValueAt(j+4, class, false, false)
}

// accountInParens handles the account name macOS prints after the full
// name ("User Name: Kai Okonkwo (kaiokonkwo)"): " (name)" at p is learned
// and replaced. It returns where it ends, or p.
func (sc *scanner) accountInParens(p int) int {
	b := sc.b
	if p+3 >= len(b) || b[p] != ' ' || b[p+1] != '(' {
		return p
	}
	s := p + 2
	if b[s] == '<' && pseudonymAt(b, s) {
		// "(<user-1>)": the account the first pass replaced here, and
		// scanning resumed after it then too
		if k := bytes.IndexByte(b[s:], '>'); s+k+1 < len(b) && b[s+k+1] == ')' {
			return s + k + 2
		}
		return p
	}
	if k := matchFold(b, s, "id "); k > 0 {
		// Discord's "user: kai_okonkwo#0 (id 812233445566778899)": the
		// account's number (six digits or more; fewer count a list)
		if e := numberEnd(b, k); e-k >= 6 && e < len(b) && b[e] == ')' {
			sc.add(k, e, ClassUID, string(b[k:e]))
			return e + 1
		}
		return p
	}
	e := s
	for e < len(b) && e-s <= 64 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '_' || b[e] == '-') {
		e++
	}
	if e == s || e >= len(b) || b[e] != ')' {
		return p
	}
	if notNameWord(b[s:e]) {
		return p // the account's kind or state: "Owner: Mei Ling (Premium)"
	}
	if !sc.accountSpan(s, e) {
		return p
	}
	return e + 1
}

// sessionMeasure: the key k (holding "session") names when a session
// started or ended, or how long or how many ("Debug session time: Tue
// Dec  1 20:11:42", WinDbg's; "session_timeout=30"): no session's id.
func sessionMeasure(k string) bool {
	for _, end := range [...]string{"time", "date", "start", "started", "end", "ended", "duration", "length", "count", "timeout", "age"} {
		if strings.HasSuffix(k, end) {
			return true
		}
	}
	return false
}

// windbgKeyRow: the "Key  :" whose value starts at p is a row of WinDbg's
// !analyze KEY_VALUES_STRING (see windbgKeyName).
func windbgKeyRow(b []byte, p int) bool { return windbgKeyName(b, p) != nil }

// windbgKeyName returns the key's name when the "Key  :" whose value
// starts at p is a row of WinDbg's !analyze KEY_VALUES_STRING: a dotted
// name ("Analysis.CPU.mSec", "WER.OS.Branch") on its line, and "Value:"
// opening the next one, after blanks; nil otherwise.
func windbgKeyName(b []byte, p int) []byte {
	for p < len(b) && b[p] == ' ' {
		p++
	}
	e := p
	dot := false
	for e < len(b) && e-p <= 80 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '_') {
		dot = dot || b[e] == '.'
		e++
	}
	if !dot || e == p || !isLetter(b[p]) {
		return nil
	}
	name := b[p:e]
	for e < len(b) && (b[e] == ' ' || b[e] == '\r') {
		e++
	}
	if e >= len(b) || b[e] != '\n' {
		return nil
	}
	e++
	for e < len(b) && e-p <= 120 && b[e] == ' ' {
		e++
	}
	if !bytes.HasPrefix(b[e:], []byte("Value:")) {
		return nil
	}
	return name
}

// parenFullName reports whether words separated by blanks run from p to a
// ')' within 64 bytes on the line: what a '(' before p opens.
func parenFullName(b []byte, p int) bool {
	blank := false
	for e := p; e < len(b) && e-p < 64 && !lineBreak(b[e]); e++ {
		switch b[e] {
		case ')':
			return blank && b[e-1] != ' '
		case '(':
			return false
		case ' ':
			blank = true
		}
	}
	return false
}

// handleInParens handles the account in parentheses at p after the name
// [ns, p) that "Logged in as" or "Signed in as" read ("Signed in as Mei
// Ling (mei.chen)", "as Kofi (kofi.mensah)"): a handle in lower case,
// with a dot, '_', '-' or a digit, or spelling a word of the name
// ("Ana Lima (alima)"). A capitalised word there says what the account is
// or who runs it ("(Premium)", "(Google)"), and a lower-case one may too
// ("(offline)"). It returns where the account ends, or p.
func (sc *scanner) handleInParens(ns, p int) int {
	b := sc.b
	if p+3 >= len(b) || b[p] != ' ' || b[p+1] != '(' {
		return p
	}
	if b[p+2] == '<' {
		return sc.accountInParens(p) // "(<user-1>)": a first pass's
	}
	letter, mark := false, false
	for e := p + 2; e < len(b) && e-p <= 40; e++ {
		switch c := b[e]; {
		case c >= 'a' && c <= 'z':
			letter = true
		case isDigit(c) || c == '.' || c == '_' || c == '-':
			mark = true
		case c == ')':
			if !letter || notNameWord(b[p+2:e]) || !mark && !handleSpellsName(b[ns:p], b[p+2:e]) {
				return p
			}
			return sc.accountInParens(p)
		default:
			return p
		}
	}
	return p
}

// handleSpellsName reports whether the handle h (lower case) holds the first
// three letters of a word of name ("lima" of "Ana Lima" in "alima").
func handleSpellsName(name, h []byte) bool {
	for _, w := range bytes.Fields(name) {
		if len(w) >= 3 && isLetter(w[0]) && isLetter(w[1]) && isLetter(w[2]) &&
			bytes.Contains(h, []byte{lower(w[0]), lower(w[1]), lower(w[2])}) {
			return true
		}
	}
	return false
}

// urlSchemeValue: the value at vs opens with a URL's scheme, letters
// up to "://" (at or before ve, where a colon may have ended it).
func urlSchemeValue(b []byte, vs, ve int) bool {
	k := vs
	for k < len(b) && k-vs <= 12 && isLetter(b[k]) {
		k++
	}
	return k > vs+1 && k <= ve+1 && k+2 < len(b) && b[k] == ':' && b[k+1] == '/' && b[k+2] == '/'
}

// mailboxPath: MAIL=/var/mail/zoe, MAIL=/dev/null — a mailbox file, no
// e-mail address.
func mailboxPath(v []byte) bool {
	return len(v) > 1 && v[0] == '/' && bytes.IndexByte(v, '@') < 0 && !bytes.Contains(v, []byte("%40"))
}

// valueSpan records the value of a sensitive key.
func (sc *scanner) valueSpan(vs, ve int, class string) {
	if pseudonymAt(sc.b, vs) {
		return // replaced before (PC\<user-1>): scrubbing twice changes nothing
	}
	if class == ClassMachineID && pnpHardwareID(sc.b[vs:ve]) {
		return // a device's "Hardware IDs" (PCI\VEN_10DE&DEV_2684&…): its model, no machine's id
	}
	if vs < len(sc.b) && (sc.b[vs]|0x20 == 'n' || sc.b[vs] == '(') && notPhrase(sc.b, vs) {
		return // "HostName: not set": no value
	}
	if class == ClassToken && ve-vs > 8 && matchFold(sc.b, vs, "s-1-") > 0 {
		return // whoami's "SID: S-1-5-21-…-1001": an account's SID, as SIDs go (dashedAt), no session's
	}
	if class == ClassUser && ve-vs > 10 && string(sc.b[vs:vs+10]) == "unix-user:" {
		// polkit's subject, "owner=unix-user:naledi": the account is
		// after the prefix, which is no name
		vs += 10
	}
	if class == ClassUser && urlSchemeValue(sc.b, vs, ve) {
		// GNOME's recently-used.xbel: <metadata owner="http://
		// freedesktop.org">, "Owner: https://github.com/…": a URL, whose
		// scheme is no account; what it holds is the URL detectors'
		return
	}
	if class == ClassUser || class == ClassHost {
		// user:password, host:port — the name ends at the colon; not an
		// id with a scheme ("dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc",
		// a Dropbox account)
		if k := bytes.IndexByte(sc.b[vs:ve], ':'); k >= 0 && !(class == ClassUser && schemedID(sc.b[vs:ve], k)) {
			ve = vs + k
			if ve == vs {
				return
			}
		}
	}
	if class == ClassHost && (ve >= len(sc.b) || sc.b[ve] != ',') && coresAfter(sc.b, ve) {
		// HotSpot's hs_err "Host: Intel(R) Core(TM) …, 8 cores, 15G, OS":
		// the CPU, not the machine; a debug build names the machine
		// first, followed by a comma ("Host: studio, POWER10 …")
		return
	}
	if class == ClassSerial {
		if k := bytes.IndexByte(sc.b[vs:ve], '<'); k >= 0 && pseudonymAt(sc.b, vs+k) {
			return // VENDOR_MODEL_<serial-1>: replaced before
		}
		if s, e := udevSerialPart(sc.b[vs:ve]); e > 0 {
			vs, ve = vs+s, vs+e
		}
		if phraseKey(sc.b[vs:ve]) {
			// "IMEI:SteamID64 7656…": a key of its own, as serialPhrase
			// reads it where it stands alone
			return
		}
	}
	if class == ClassBirthDate {
		if personName(sc.b, vs) && !monthName(sc.b[vs:nameWordEnd(sc.b, vs)]) {
			// a calendar's "Birthday: Chukwuemeka Obi": whose it is
			sc.nameSpan(vs, nameEnd(sc.b, vs))
			return
		}
		// "12 March 1994", "March 12, 1994": the date's words after
		// its first
		ve = dateWordsEnd(sc.b, ve)
	}
	v := sc.b[vs:ve]
	switch class {
	case keyPwd:
		if isAbsPath(v) {
			return // the path detectors scrub the user part
		}
		class = ClassPassword
	case keyHome:
		if isAbsPath(v) {
			sc.homeValue(vs, ve)
		}
		return
	case keyProxy:
		if e := ve - len(v) + len(bytes.TrimSuffix(v, []byte(","))); bytes.IndexByte(v, '.') < 0 && variableValue(sc.b, vs, e) {
			return // Go's "proxy:  proxyStr,": a variable, no proxy host
		}
		sc.proxyHosts(vs, ve)
		return
	case keyVolume:
		sc.volumeID(vs, ve)
		return
	case ClassKeyValue:
		if isAbsPath(v) && (bytes.Contains(v, []byte("/.ssh/")) || bytes.Contains(v, []byte(`\.ssh\`))) {
			// a key's file ("Server accepts key: /home/kai/.ssh/id_ed25519"):
			// the path detectors scrub its user (a value that only starts
			// with '/' may be base64: "/9j/4AAQ…")
			return
		}
		if bytes.Contains(v, []byte("/:")) {
			// Traktor's PRIMARYKEY KEY="Macintosh HD/:Users/:kai/:Music/:
			// x.mp3": a track's path, which the path detectors scrub
			return
		}
	case keyNumID:
		if len(v) > 6 && allDigits(v) || opaqueAccountID(v) { // shorter: see skipValue
			sc.add(vs, ve, ClassUID, string(v))
		} else if k, sep := domainAccount(v); k > 0 && netbiosUpper(v[:k]) && !pnpEnumerators[string(v[:k])] {
			// a scheduled task's XML, "<UserId>ACMEGH\\kofi</UserId>": the
			// machine or the domain, and the account
			sc.valueSpan(vs, vs+k, ClassHost)
			sc.valueSpan(vs+k+sep, ve, ClassUser)
		}
		return
	case keyAddress:
		sc.streetValue(vs) // (labels.go)
		return
	case keyDomain:
		if vs >= 2 && sc.b[vs-1] == ' ' && sc.b[vs-2] == ' ' && bytes.IndexByte(v, '.') > 0 {
			sc.proxyHosts(vs, ve) // systeminfo's "Domain:      ad.radiomars.ma"
		} else if (vs >= 3 && sc.b[vs-1] == ' ' && (sc.b[vs-2] == ' ' || sc.b[vs-2] == ':' && sc.b[vs-3] == ' ') || vs == 0 && ve == len(sc.b)) && netbiosUpper(v) {
			// "Domain:      MENSAHHOME", "CsDomain   : MENSAHHOME", a
			// JSON value ({"CsDomain": "MENSAHHOME"}): a workgroup named
			// by its owner or an AD domain's NetBIOS name (WORKGROUP stays)
			sc.hostSpan(vs, ve)
		}
		return
	case keyMSCID:
		if len(v) >= 16 && allHex(v[:16]) && (len(v) == 16 || v[16] == '!' || bytes.HasPrefix(v[16:], []byte("%21"))) {
			// learned: OneDrive's item ids ("4F2B…3B60!117") and API
			// paths (/drives/4f2b…) start with it
			canon := asciiLower(string(v[:16]))
			sc.learnLiteral(ClassUID, canon, string(v[:16]), false)
			sc.add(vs, vs+16, ClassUID, canon)
		}
		return
	case keyUnixUID:
		if directoryUID(v) || randomID(v) {
			sc.add(vs, ve, ClassUID, string(v))
		}
		return
	case keyChannelID:
		if youTubeChannelID(v) {
			sc.channelSpan(vs, ve)
		}
		return
	case keyUserID:
		if bytes.HasPrefix(v, []byte("S-1-")) {
			sc.dashedAt(vs) // "Windows User ID: S-1-5-21-…": a SID, as SIDs go
			return
		}
		if allDigits(v) {
			sc.add(vs, ve, ClassUID, string(v))
		} else {
			sc.add(vs, ve, ClassUser, canonical(string(v)))
		}
		return
	case ClassEmail:
		if mailboxPath(v) {
			// /var/mail/NAME and /var/spool/mail/NAME name a user
			for _, pre := range []string{"/var/mail/", "/var/spool/mail/"} {
				if bytes.HasPrefix(v, []byte(pre)) && bytes.IndexByte(v[len(pre):], '/') < 0 {
					sc.userSegment(vs+len(pre), ve)
				}
			}
			return
		}
	}
	if class == ClassUser || class == ClassHost || class == ClassEmail {
		// logs repeat "user=zoe.k": the outcome for a value is cached
		if canon, ok := sc.cachedName(class, v); ok {
			if canon != "" {
				sc.add(vs, ve, class, canon)
			}
			return
		}
	}
	sv := string(v)
	if sc.s.allowed(sv) {
		return
	}
	switch class {
	case keyKeep:
		if vs >= 5 && string(sc.b[vs-5:vs]) == "uuid=" && sc.lshwConfiguration(vs-5) {
			// lshw's "configuration: … uuid=…" of the system: the
			// SMBIOS system UUID, no module's
			sc.add(vs, ve, ClassMachineID, canonical(sv))
			return
		}
		sc.add(vs, ve, "", "")
	case ClassUser:
		if bytes.HasPrefix(v, []byte("S-1-")) {
			// wevtutil's "User: S-1-5-18": a SID, as SIDs go (a
			// well-known one stays, a machine's or domain's part goes)
			sc.dashedAt(vs)
			return
		}
		if bytesContainsAny(v, "@") {
			if isEmailish(v) {
				// an account that is an address ("Account:
				// ngozi.ao@proton.me"): as under an e-mail key, its
				// local part names the person elsewhere
				sc.valueSpan(vs, ve, ClassEmail)
			} else if at := bytes.IndexByte(v, '@'); at > 0 && bytes.IndexByte(v[at+1:], '@') < 0 {
				// Azure SQL's "User ID=kmbonsu@djlib" (login@server):
				// the login is the account, the server no person
				sc.valueSpan(vs, vs+at, ClassUser)
				if at+1 < len(v) && isDigit(v[at+1]) {
					// "user: kofi@10.1.2.3": the server's address goes as
					// addresses go (no package's version after a user key)
					sc.pctAtIP(vs+at+1, ve)
				}
			}
			return
		}
		if len(v) > 3 && v[0] == '.' && v[1] == '\\' && v[2] != '\\' && v[2] != '.' {
			// ".\tavita.l" (LogonUI's LastLoggedOnUser): "." is this machine
			if v, vs, sv = v[2:], vs+2, sv[2:]; pseudonymAt(sc.b, vs) {
				return
			}
		}
		if k, sep := domainAccount(v); k > 0 {
			// NORDLYS\bjorn.haugland, AzureAD\kari (whoami, event
			// exports): the domain names the organisation or the
			// machine, the rest the account
			sc.valueSpan(vs, vs+k, ClassHost)
			if groupNameAt(sc.b, vs+k+sep) {
				return // "Owner: CORP\Domain Admins": a built-in group, no person
			}
			if e := displayNameEnd(sc.b, vs+k+sep, ve); e > ve {
				// "AMA-STUDIO\Ngozi Okafor": an account named with the
				// person's full name, surname and all
				sc.nameSpan(vs+k+sep, e)
				return
			}
			sc.valueSpan(vs+k+sep, ve, ClassUser)
			return
		}
		if bytesContainsAny(v, "/\\") {
			return // a path: the path detector finds the user in it
		}
		if len(v) >= 3 && v[len(v)-1] == '$' && v[0] != '$' {
			// a computer's account in its domain ("Account Name:
			// STUDIO-PC$", SubjectUserName AMA-STUDIO$): the machine
			sc.valueSpan(vs, ve-1, ClassHost)
			return
		}
		if len(v) > 6 && allDigits(v) {
			// "Account ID: 5521349": an account number (shorter ones
			// may be a Unix uid; see skipValue)
			sc.add(vs, ve, ClassUID, sv)
			return
		}
		if k := bytes.IndexByte(v, ':'); k > 0 && schemedID(v, k) {
			sc.add(vs, ve, ClassUID, sv) // "dbid:AAH4f99T…": an account's id
			return
		}
		if k := bytes.LastIndex(v, []byte(" (")); k > 0 && v[len(v)-1] == ')' && accountTag(v[k+2:len(v)-1]) {
			// Teams' "displayName": "Emeka Obi (Guest)": the tag is
			// the account's kind, no part of the name
			sv, ve = sv[:k], vs+k
		}
		if variableValue(sc.b, vs, ve) || literalCallValue(sc.b, vs) {
			// "{user: conn}", "user: req.user": a variable, no account
			return
		}
		if goUserError(sc.b, vs, ve) {
			// Go's os/user errors: "user: Current not implemented on
			// android", "user: lookup userid 1001: …", "user: list groups
			// for kofi": a function's or a verb's name, no account
			return
		}
		name := cleanName(sv)
		if c := canonical(name); strings.IndexByte(c, ' ') > 0 && companyName(c) && makerWord(c[:strings.IndexByte(c, ' ')]) {
			// "Owner: Apple Inc.", "owner: Microsoft Corporation": a
			// maker, no person (learned, "Apple" would go from every
			// line); another company (a studio named after its owner,
			// "Owusu Sound Ltd") still goes, its words learned
			sc.cacheName(class, sv, "")
			return
		}
		if !plausibleName(name) || isGenericUser(name) {
			sc.cacheName(class, sv, "")
			return
		}
		sc.learnUser(name)
		sc.cacheName(class, sv, canonical(name))
		sc.add(vs, ve, ClassUser, canonical(name))
	case ClassHost:
		if bytesContainsAny(v, "/\\@") || isIPv4Literal(sv) || bytesCount(v, ':') >= 2 || pipewireObject(v) {
			return
		}
		if bytes.IndexByte(v, '.') < 0 && variableValue(sc.b, vs, ve) {
			return // "{ user: currentUser, host: dbHost }": a variable
		}
		if hostCodeValue(sc.b, vs, ve) || hostProse(sc.b, vs) {
			return // "Host: req.URL.Host,", "server name: refuse to resume …"
		}
		h := sv
		if k := strings.LastIndexByte(h, ':'); k > 0 && allDigits([]byte(h[k+1:])) {
			h = h[:k] // host:port
			ve = vs + k
		}
		if len(h) > 9 && h[0] >= 0x80 || len(h) > 8 && h[0]-'A' < 26 && !isASCII(h) {
			k := ownerParticleEnd(sc.b, vs, vs+len(h))
			if h[0] < 0x80 {
				k = asciiParticleEnd(sc.b, vs, vs+len(h)) // "Computer Name: Haruto的iPhone"
			}
			if k > vs {
				// "Computer Name: 张伟的MacBook Pro": the owner and the
				// particle go, the model stays ("Kofi’s MacBook Pro")
				h = h[:k-vs]
				ve = k
			}
		}
		name := cleanName(h)
		if !plausibleName(name) || isGenericHost(name) {
			if h == sv {
				sc.cacheName(class, sv, "")
			}
			return
		}
		sc.learnHost(name)
		if stem := possessiveStem(name); stem != "" {
			sc.learnUser(stem) // ComputerName: Amélie’s MacBook Pro
		} else if ve < len(sc.b) && (sc.b[ve] == '\'' || sc.b[ve] == 0xe2) && strings.IndexByte(name, ' ') > 0 && proseWords(name) {
			// "Computer Name: Kwabena Asante-Darko's MacBook Pro"
			// (spacedComputerName): the owner's full name, whose
			// parts go too
			sc.learnPerson(name)
		}
		if h == sv {
			sc.cacheName(class, sv, canonical(name))
		}
		sc.add(vs, ve, ClassHost, canonical(name))
	case ClassPrivateKey:
		// base64 past the 1024 bytes a value is read
		for ve < len(sc.b) && (isAlnum(sc.b[ve]) || sc.b[ve] == '+' || sc.b[ve] == '/' || sc.b[ve] == '=') {
			ve++
		}
		sc.add(vs, ve, class, "pem")
	case ClassEmail:
		if at := strings.IndexByte(sv, '@'); at > 0 {
			if local := pctDecode(sv[:at]); personalLocalPart(local) {
				// "email: kofi.boateng@x": the person's name, also in
				// URLs and file names (as emails learns it in text)
				sc.learnUser(local)
			}
		}
		sc.cacheName(class, sv, canonical(sv))
		sc.add(vs, ve, class, canonical(sv))
	case ClassPhone:
		if !phoneValue(v) || ve+1 < len(sc.b) && sc.b[ve] == ':' && isDigit(sc.b[ve+1]) {
			return // (a date and a time: "Cell: 2024-05-01 10:11:12")
		}
		sc.add(vs, ve, class, canonicalPhone(v))
	case ClassMachineID:
		if len(v) < 8 || len(v) < 24 && rawLen(v) < 8 {
			return
		}
		sc.add(vs, ve, class, canonical(sv))
	case ClassMAC:
		// only a value shaped as an address: "networkaddress" may hold an
		// IP, which the IP detector replaces as what it is
		if macValue(v) {
			sc.addMAC(vs, ve, v)
		}
	case ClassNetwork:
		// the name elsewhere in the report ("joined Okonkwo Family 5G");
		// a name in hex (ConnMan's "SSID=", Windows' DhcpNetworkHint)
		// takes the pseudonym of the name it spells, as connmanService's
		// "wifi_<MAC>_<hex>_managed_psk" does
		canon := networkCanon(sv)
		if name := hexSSID(v); name != "" {
			canon = networkCanon(name)
			if len(name) >= 4 {
				sc.learnLiteral(ClassNetwork, canon, name, false)
			}
		}
		if len(v) >= 4 {
			sc.learnLiteral(ClassNetwork, canon, sv, false)
		}
		sc.add(vs, ve, class, canon)
	case ClassSerial:
		// the serial elsewhere in the report: udev's by-id names, a USB
		// device's instance path, a volume label
		if serialShaped(v) {
			sc.learnLiteral(ClassSerial, canonical(sv), sv, false)
		} else if e := ownerHostEnd(v, 0); e == len(v) {
			// an asset tag that is the machine's name ("Asset Tag:
			// kwesi-laptop"): its owner's name, as the machine's teaches
			sc.learnHost(sv)
		}
		sc.add(vs, ve, class, canonical(sv))
	default:
		sc.add(vs, ve, class, canonical(sv))
	}
}

// hexSSID decodes a network name written in hex (Windows'
// DhcpNetworkHint, each byte's two digits swapped, or plain), or returns
// "": the value must decode to printable UTF-8.
func hexSSID(v []byte) string {
	if len(v) < 8 || len(v) > 64 || len(v)%2 != 0 || !allHex(v) {
		return ""
	}
	var buf [32]byte
	for _, swap := range []bool{true, false} {
		d := buf[:len(v)/2]
		for k := range d {
			hi, lo := unhex(v[2*k]), unhex(v[2*k+1])
			if swap {
				hi, lo = lo, hi
			}
			d[k] = hi<<4 | lo
		}
		if utf8.Valid(d) && !bytes.ContainsFunc(d, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			return string(d)
		}
	}
	return ""
}

// volumeID replaces a filesystem or partition id: a UUID as the UUID
// detector would (one pseudonym wherever the disk is named), anything
// else serial-shaped (8A4F-1C2B, 6a1b2c3d-02) as a serial, learned.
func (sc *scanner) volumeID(vs, ve int) {
	v := sc.b[vs:ve]
	if len(v) == 36 && isUUIDAt(v, 0) {
		sc.add(vs, ve, ClassUUID, string(bytes.ToLower(v)))
		return
	}
	if serialShaped(v) {
		sc.serialAt(vs, ve)
	}
}

// capitalised: a word that starts with an upper-case letter, or with a
// letter outside ASCII (Ł, Å, or a script without case).
func capitalised(b []byte, p int) bool {
	if p >= len(b) {
		return false
	}
	if b[p] >= 'A' && b[p] <= 'Z' {
		return true
	}
	r, _ := utf8.DecodeRune(b[p:])
	return r >= 0x80 && unicode.IsLetter(r) && !unicode.IsLower(r)
}

// nameWordEnd returns where the name word at p ends: letters, combining
// marks (Yoruba "Adébáyọ̀" writes its tone mark as one), hyphens,
// apostrophes and dots (initials).
func nameWordEnd(b []byte, p int) int {
	for p < len(b) {
		if c := b[p]; c < 0x80 {
			if isLetter(c) || c == '-' || c == '\'' || c == '.' {
				p++
				continue
			}
			break
		}
		r, n := utf8.DecodeRune(b[p:])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '.' && !(r >= 0x300 && unicode.Is(unicode.Mn, r)) {
			break
		}
		p += n
	}
	return p
}

// personName: at p start two to four capitalised words, one blank apart,
// ending the line or followed by punctuation.
func personName(b []byte, p int) bool {
	return nameEnd(b, p) > nameWordEnd(b, p)
}

// lastFirstEnd returns where a name written "Last, First" (or "Last,
// First Middle") at p ends, when the value ends there; else -1.
func lastFirstEnd(b []byte, p int) int {
	if !capitalised(b, p) {
		return -1
	}
	k := nameWordEnd(b, p)
	if k-p < 2 || k+2 >= len(b) || b[k] != ',' || b[k+1] != ' ' || !capitalised(b, k+2) {
		return -1
	}
	e := nameEnd(b, k+2)
	if e <= k+2 {
		return -1
	}
	if e < len(b) && !(strings.IndexByte("\n\r\"';)<", b[e]) >= 0 || b[e] == ' ' && e+1 < len(b) && (b[e+1] == '<' || b[e+1] == '(')) {
		return -1 // more words: a sentence, not a name
	}
	return e
}

// nameEnd returns where the full name at p ends (after its last word); a
// single word ends where it ends.
func nameEnd(b []byte, p int) int {
	if !capitalised(b, p) {
		return p
	}
	e := nameWordEnd(b, p)
	for words := 1; words < 4 && e+1 < len(b) && b[e] == ' '; words++ {
		s := e + 1
		if !capitalised(b, s) {
			// "Daan van der Berg", "Ana da Silva": particles before
			// the next capitalised word belong to the name
			s = particlesEnd(b, s)
			if s > e+1 && pseudonymAt(b, s) {
				// "AA Apple TV van <user-1>!0": the word after the
				// particles, which the first pass replaced, was part
				// of the name there, and glued to more ("van B!0"),
				// which made the whole none
				return nameWordEnd(b, p)
			}
			if s == e+1 || !capitalised(b, s) {
				break
			}
		}
		e = nameWordEnd(b, s)
	}
	if e < len(b) && b[e] >= ' ' && strings.IndexByte(",;)]}\"'< ", b[e]) < 0 && !(b[e] == '\\' && e+1 < len(b) && b[e+1] == '"') {
		// (a quote escaped in a JSON string ends the name too)
		return nameWordEnd(b, p) // something glued: not a plain name
	}
	if e+1 < len(b) && b[e] == ' ' && b[e+1] == '<' && pseudonymAt(b, e+1) {
		// "A A <user-1>usr:": a capitalised word the first pass replaced
		// would have been part of the name, had it not been glued to
		// more ("A A A\x90\x90usr:"), which made it none
		return nameWordEnd(b, p)
	}
	return e
}

// nameParticles are the lower-case words inside surnames.
var nameParticles = wordSet(`van der den de del della di da das dos du la le von zu ten ter bin ibn al el`)

// particlesEnd returns where one or two name particles and a blank after
// each, at p, end; p if there is none.
func particlesEnd(b []byte, p int) int {
	for k := 0; k < 2; k++ {
		e := p
		for e < len(b) && e-p < 5 && b[e] >= 'a' && b[e] <= 'z' {
			e++
		}
		if e == p || e+1 >= len(b) || b[e] != ' ' || !nameParticles[string(b[p:e])] {
			break
		}
		p = e + 1
	}
	return p
}

// possessiveStem returns the name of "Amélie’s" or "Kai's", or "".
func possessiveStem(v string) string {
	for _, suf := range []string{"\u2019s", "'s", "\u2019S", "'S"} {
		if stem, ok := strings.CutSuffix(v, suf); ok && len(stem) >= 2 {
			return stem
		}
	}
	// "张伟的", "田中太郎の", "민준의" (ownerParticleEnd): two characters
	// at least, "我的" is "my"
	if len(v) >= 9 && ownerMarker([]byte(v[len(v)-3:])) && (v[0] >= 0x80 || particleOwnerWord(v[:len(v)-3])) {
		return v[:len(v)-3]
	}
	if len(v) >= 5 && len(v) < 9 && v[0]-'A' < 26 && ownerMarker([]byte(v[len(v)-3:])) && particleOwnerWord(v[:len(v)-3]) {
		return v[:len(v)-3] // "Kofi的" (asciiParticleEnd)
	}
	return ""
}

// ownerParticleEnd: the name [vs, ve) of a machine starts with its
// owner's name, two characters at least, then の, 的 or 의 and a device
// word ("张伟的MacBook", "田中太郎のMacBook"); it returns where the
// particle ends, or -1.
func ownerParticleEnd(b []byte, vs, ve int) int {
	for p := vs + 6; p+3 < ve && p-vs <= 64; p++ {
		if (b[p] == 0xe3 || b[p] == 0xe7 || b[p] == 0xec) && ownerMarker(b[p:p+3]) && deviceAt(b, p+3) {
			return p + 3
		}
	}
	return -1
}

// serialShaped: a value worth looking for elsewhere as a serial number:
// six to 64 letters, digits, '-', '_' or '.', with a digit, and not one
// byte repeated (000000000000, a placeholder).
func serialShaped(v []byte) bool {
	if len(v) < 6 || len(v) > 64 || len(v) == 36 && v[8] == '-' && v[13] == '-' && v[18] == '-' && v[23] == '-' {
		return false // a UUID is found by its shape everywhere
	}
	digit, same := false, true
	for _, c := range v {
		if !isAlnum(c) && c != '-' && c != '_' && c != '.' {
			return false
		}
		digit = digit || isDigit(c)
		same = same && c == v[0]
	}
	return digit && !same
}

// serialPhraseWords are the words serialPhrase knows ("SN" aside); a word
// added to its switch goes here too, or the scanner never asks.
var serialPhraseWords = []string{"serial", "udid", "imei", "meid", "iccid", "license", "activation",
	// the serial number in other languages, its key's colon left out
	// ("Seriennummer 1234-…", "número de serie …", "numéro de série …")
	"seriennummer", "serienummer", "sarjanumero", "serie", "série",
	"steamid", "host", "computer", "dsid", "user", "account", "member", "machine", "device", "customer",
	"token", "infra", "altdsid",
	// a meeting app's verbs after a participant, and the word before
	// one (meeting.go)
	"joined", "left", "started", "participant", "guest"}

// phraseLens: for a first byte (either case), the lengths of the
// serialPhrase words starting with it as bits, so that the scanner asks
// serialPhrase only about words that can be one of them.
var phraseLens = func() (t [256]uint16) {
	for _, w := range serialPhraseWords {
		t[w[0]] |= 1 << len(w)
		t[w[0]-'a'+'A'] |= 1 << len(w)
	}
	return t
}()

// phrasePairs: for the first two bytes of a word (folded to their low
// five bits, so either case), the lengths of the serialPhrase words that
// start with them as bits. Most words serialPhrase is asked about are
// none ("deck", "INFO"); its switch compares whole words one by one.
var phrasePairs = func() (t [32 * 32]uint16) {
	for _, w := range append([]string{"sn", "s/n", "steamid64"}, serialPhraseWords...) {
		t[int(w[0]&31)<<5|int(w[1]&31)] |= 1 << len(w)
	}
	// (its five-byte words from 'I' or 't' other than Infra and token do
	// nothing)
	return t
}()

// serialPhraseWord: w may be one of serialPhrase's words.
func serialPhraseWord(w []byte) bool {
	return len(w) >= 2 && len(w) < 16 && phrasePairs[int(w[0]&31)<<5|int(w[1]&31)]>>len(w)&1 != 0
}

// serialPhrase handles a device or account id written after words instead
// of a key ("serial DJFLX4A01234", "with serial number 8K1234ABCD5", "UDID
// 00008030-001A2B3C4D5E802E", "IMEI 356938035643809", "ICCID 8944...",
// "License key ABCD-EFGH-IJKL-MNOP", "SteamID64 76561198012345678"): the
// word [i, j) is one of serial, udid, imei, meid, iccid, license, steamid
// or steamid64. It returns where the id ends, or -1.
func (sc *scanner) serialPhrase(i, j int) int {
	b := sc.b
	p := j
	if p >= len(b) || b[p] != ' ' {
		return -1
	}
	p++
	w := b[i:j]
	if !serialPhraseWord(w) {
		return -1
	}
	if (w[0] == 'j' || w[0] == 'l' || w[0] == 's' && w[1] == 't') && meetingVerb(b, i, j) {
		sc.meetingEvent(i, j) // "Kwesi Boateng joined the meeting" (meeting.go)
		return -1
	}
	if (w[0]|0x20 == 'p' || w[0]|0x20 == 'g') && (eqLower(w, "participant") || eqLower(w, "guest")) {
		sc.participantEvent(p) // "Participant Kwame Asante joined" (meeting.go)
		return -1
	}
	class := ClassSerial
	switch {
	case eqLower(w, "serial"):
		for _, w := range []string{"number ", "no. ", "no ", "# ", "#: ", "#"} {
			if e := matchFold(b, p, w); e > 0 {
				p = e
				break
			}
		}
		if e := matchFold(b, p, "is "); e > 0 {
			p = e // cmd's dir: "Volume Serial Number is 1A2B-3C4D"
		}
	case eqLower(w, "udid"), eqLower(w, "imei"), eqLower(w, "meid"), eqLower(w, "iccid"), string(w) == "SN", eqLower(w, "s/n"),
		eqLower(w, "seriennummer"), eqLower(w, "serienummer"), eqLower(w, "sarjanumero"):
	case eqLower(w, "serie"), len(w) == 6 && w[0]|0x20 == 's' && string(w[1:]) == "\u00e9rie":
		// "de serie" alone is a make's ("equipo de serie"): only after
		// the number's word
		if !serieLead(b, i) {
			return -1
		}
	case eqLower(w, "license"):
		e := matchFold(b, p, "key ")
		if e < 0 {
			return -1
		}
		p = e
		class = ClassLicense
	case eqLower(w, "activation"):
		// Steinberg, iZotope: "Activation Code 1234-ABCD-5678-EFGH-9012"
		e := matchFold(b, p, "code ")
		if e < 0 {
			if e = matchFold(b, p, "key "); e < 0 {
				if e = matchFold(b, p, "id "); e < 0 {
					return -1
				}
				// "activation id 7f6e5d4c3b2a": one activation of the
				// license on this machine, shaped as an account's id
				p = e
				class = keyActivation
				break
			}
		}
		p = e
		class = ClassLicense
	case eqLower(w, "steamid"), eqLower(w, "steamid64"):
		class = ClassUID
	case eqLower(w, "host"), eqLower(w, "computer"):
		if e := matchFold(b, p, "id "); e > 0 && w[0]|0x20 == 'c' {
			// Arturia Software Center: "computer id ASC-1234-5678-9ABC"
			p = e
			class = ClassMachineID
			break
		}
		return sc.hostPhrase(i, p)
	case eqLower(w, "dsid"):
		// Apple's account id in iCloud's logs: "account <email> dsid N"
		class = keyUserID
	case eqLower(w, "altdsid"):
		return sc.altDSIDPhrase(p) // akd's "token for altDSID 001234.…" (userinfo.go)
	case len(w) == 5 && (w[0] == 'I' || w[0]|0x20 == 't'):
		if string(w) == "Infra" {
			// nmcli dev wifi list: "  HomeNet_5G   Infra  36 …"
			sc.wifiListRow(i, j)
		} else if eqLower(w, "token") {
			return sc.hexTokenAfter(i, j) // "push token 3f1a…", "device token …"
		}
		return -1
	case eqLower(w, "user"), eqLower(w, "account"), eqLower(w, "member"), eqLower(w, "machine"), eqLower(w, "device"),
		eqLower(w, "customer"):
		// "TIDAL: user id 184729301", "iLok: machine ID 7f3c2a10b9e8",
		// "Native Access: customer id 58213477", a license manager's
		// "machine fingerprint 6b5a49382716fedc"
		class = keyUserID
		if w[0]|0x20 == 'm' && w[1]|0x20 == 'a' || w[0]|0x20 == 'd' {
			class = ClassMachineID
		}
		e := matchFold(b, p, "id ")
		if e < 0 && class == ClassMachineID {
			e = matchFold(b, p, "fingerprint ")
		}
		if e < 0 && w[0]|0x20 == 'm' && w[1]|0x20 == 'a' {
			return sc.hostPhrase(i, p) // "Activated on machine "ABLETON-STUDIO-7""
		}
		if e < 0 && class == keyUserID && p+1 < len(b) && b[p] == '#' {
			// "VirtualDJ account #1928374", "customer # 58213477" (the
			// number's shape decides below)
			if e = p + 1; b[e] == ' ' {
				e++
			}
		}
		if e < 0 {
			return -1
		}
		p = e
	default:
		return -1
	}
	quote := byte(0)
	if p+1 < len(b) && (b[p] == '"' || b[p] == '\'') {
		// Mixxx's controller list: `Found "Pioneer" "DDJ-400" "r1" S/N "MKBL012345"`
		quote = b[p]
		p++
	}
	e := phraseValueEnd(b, p)
	if e < 0 || quote != 0 && (e >= len(b) || b[e] != quote) {
		return -1
	}
	v := b[p:e]
	if phraseKey(v) {
		return -1 // "IMEI SteamID64 7656…": a key of its own follows
	}
	switch class {
	case ClassLicense:
		// a product key: letters and digits in dash-separated groups,
		// or mixed letters and digits ("License key missing" is none)
		if len(v) < 8 || !(bytesCount(v, '-') >= 2 || serialShaped(v) && hasLetterOrLong(v)) || pseudonymAt(b, e) {
			return -1
		}
		sv := string(v)
		if sc.s.allowed(sv) {
			return -1
		}
		sc.add(p, e, ClassLicense, canonical(sv))
		return e
	case keyUserID, ClassMachineID, keyActivation:
		// an account's number (five digits or more: a Unix uid is
		// shorter), or an id with letters and eight digits or more
		digits := 0
		for _, c := range v {
			if isDigit(c) {
				digits++
			}
		}
		if !(allDigits(v) && len(v) >= 5 || len(v) >= 8 && digits > 0 && serialShaped(v)) || pseudonymAt(b, e) || sc.s.allowed(string(v)) {
			return -1
		}
		switch class {
		case keyUserID:
			class = ClassUser
		case keyActivation:
			class = ClassLicense
		}
		sc.add(p, e, class, string(v))
		return e
	case ClassUID:
		// a 64-bit Steam id: 17 digits
		if len(v) < 8 || !allDigits(v) || pseudonymAt(b, e) || sc.s.allowed(string(v)) {
			return -1
		}
		sc.add(p, e, ClassUID, string(v))
		return e
	}
	if !serialShaped(v) || !hasLetterOrLong(v) || pseudonymAt(b, e) || !sc.serialAt(p, e) {
		return -1
	}
	return e
}

// phraseValueEnd returns where the value at p after a phrase's words ends
// (letters, digits, '-', '_' and '.', 64 bytes at most, not the full stop
// of a sentence), or -1 when more is glued to it, or a pseudonym to the
// dot after it.
func phraseValueEnd(b []byte, p int) int {
	e := p
	for e < len(b) && e-p <= 64 && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_' || b[e] == '.') {
		e++
	}
	d := e
	for e > p && b[e-1] == '.' {
		e-- // the end of a sentence
	}
	if d > e && pseudonymAt(b, d) {
		// a name glued after the dot that a first pass replaced
		// ("IMEI x0.hello.Kai>": no value then, more glued to it)
		return -1
	}
	if e < len(b) && !(b[e] <= ' ' || b[e] == ',' || b[e] == ';' || b[e] == ')' || b[e] == '"' || b[e] == '\'' || b[e] == '.') {
		return -1
	}
	return e
}

// serieLead: "de " or "di " and the word for a number end at i, before
// "serie" or "série": "número de serie", "numéro de série", "numero di
// serie", "Nº de série".
func serieLead(b []byte, i int) bool {
	if i < 6 || b[i-1] != ' ' || b[i-2] != 'e' && b[i-2] != 'i' || b[i-3] != 'd' || b[i-4] != ' ' {
		return false
	}
	s := wordBefore(b, i-4)
	var lb [16]byte
	switch string(lowerInto(lb[:0], b[s:i-4])) {
	case "numero", "n\u00famero", "num\u00e9ro", "n\u00ba", "n\u00b0":
		return s == 0 || !isLetter(b[s-1])
	}
	return false
}

// phraseKey: w is one of the words serialPhrase reads a value after.
func phraseKey(w []byte) bool {
	for _, k := range []string{"serial", "udid", "imei", "meid", "iccid", "sn", "s/n", "steamid", "steamid64"} {
		if eqLower(w, k) {
			return true
		}
	}
	return false
}

// hashSerial handles a serial number written after '#' in the word [i,
// j): "SN#12345678", "Serial#: 4C530001234567", "S/N#X". It returns where
// the serial ends, or -1.
func (sc *scanner) hashSerial(i, j int) int {
	b := sc.b
	k := bytes.IndexByte(b[i:j], '#')
	if k < 2 {
		return -1
	}
	if w := b[i : i+k]; !eqLower(w, "sn") && !eqLower(w, "s/n") && !eqLower(w, "serial") {
		return -1
	}
	p := i + k + 1
	if p < len(b) && b[p] == ':' {
		p++
	}
	if p == j {
		for p < len(b) && b[p] == ' ' && p-j < 4 {
			p++
		}
	}
	e := phraseValueEnd(b, p)
	if e <= p {
		return -1
	}
	if v := b[p:e]; !serialShaped(v) || !hasLetterOrLong(v) || pseudonymAt(b, e) || !sc.serialAt(p, e) {
		return -1
	}
	return e
}

// hostPhrase handles a machine named in prose after "on host", "to
// host" or "from host" (jackd's "running on host mixbox-aino", JACK's
// "on host håkon-thinkpad-t14"): a hyphenated name of letters and digits
// at p, which prose after these words is not. i is the start of "host".
// It returns where the name ends, or -1.
func (sc *scanner) hostPhrase(i, p int) int {
	b := sc.b
	// a list item, "…, computer MBALI-STUDIO-PC": only a name with
	// what words have not (below)
	item := i >= 2 && b[i-1] == ' ' && b[i-2] == ','
	if !item && !afterFold(b, i, "on ") && !afterFold(b, i, "to ") && !afterFold(b, i, "from ") {
		return -1
	}
	var quote byte
	if p+1 < len(b) && (b[p] == '"' || b[p] == '\'') {
		quote = b[p] // "on machine "ABLETON-STUDIO-7""
		p++
	}
	e, hyphen, letter, odd := p, false, false, false
	for e < len(b) && e-p < 64 {
		c := b[e]
		switch {
		case isLetter(c):
			letter = true
			odd = odd || c <= 'Z'
		case isDigit(c):
			odd = true
		case c == '-' && e > p && b[e-1] != '-':
			hyphen = true
		case c >= 0x80:
			r, size := utf8.DecodeRune(b[e:])
			if !unicode.IsLetter(r) {
				return -1
			}
			letter, odd = true, true
			e += size
			continue
		default:
			goto end
		}
		e++
	}
end:
	if e == p || !hyphen || !letter || b[e-1] == '-' || !isLetter(b[p]) && b[p] < 0x80 || quote != 0 && (e >= len(b) || b[e] != quote) {
		return -1
	}
	if e < len(b) && !(b[e] <= ' ' || b[e] == ',' || b[e] == ';' || b[e] == ')' || b[e] == '"' || b[e] == '\'' || b[e] == '.' && (e+1 == len(b) || b[e+1] <= ' ')) {
		return -1 // "host sync-eu.serato.com", "host x-y:8080": the other detectors'
	}
	if item && !odd {
		return -1
	}
	if !odd && e < len(b) && b[e] == ' ' && e+1 < len(b) && (isLetter(b[e+1]) || pseudonymAt(b, e+1)) {
		// "on host non-volatile memory": a compound in prose, unless it
		// has what words have not (digits, capitals, letters outside
		// ASCII) or ends the clause (a pseudonym stands for the word a
		// first pass replaced there)
		return -1
	}
	name := string(b[p:e])
	if pseudonymAt(b, e) || !plausibleName(name) || isGenericHost(name) || sc.s.allowed(name) {
		return -1
	}
	sc.learnHost(name)
	sc.add(p, e, ClassHost, canonical(name))
	return e
}

// udevSerialPart finds the serial in a serial value that udev or
// PipeWire built as VENDOR_MODEL_SERIAL (ID_SERIAL, device.serial:
// "Pioneer_DJ_Corporation_DDJ-FLX4_PDJFLX4A1B2C3-00", with the USB
// interface after it): the vendor and model are no secret, and learned
// whole the value would swallow them wherever it recurs. It returns the
// serial's bounds in v, or e == 0 when v is no such value.
func udevSerialPart(v []byte) (s, e int) {
	e = udevInterfaceEnd(v)
	k := bytes.LastIndexByte(v[:e], '_')
	if k < 3 || bytes.IndexByte(v[:k], '_') < 0 {
		return 0, 0
	}
	ser := v[k+1 : e]
	if len(ser) < 8 || !allAlnum(ser) || !serialShaped(ser) {
		return 0, 0
	}
	// the vendor first: its name or, where the device gives none, its
	// USB id
	if !udevVendor(v[:bytes.IndexByte(v, '_')]) {
		return 0, 0
	}
	return k + 1, e
}

// udevVendor: w is the vendor part udev puts first in a serial value:
// the vendor's name, letters with '-' or '.' inside ("Focusrite",
// "Burr-Brown", "C-Media"), or the vendor's USB id in lower-case hex
// when the device names none ("046d_Logitech_BRIO_…", "0c76_USB_PnP_
// Audio_Device").
func udevVendor(w []byte) bool {
	if len(w) == 4 && isHexID(w) {
		return true
	}
	if len(w) < 2 || !isLetter(w[0]) || !isLetter(w[len(w)-1]) && w[len(w)-1] != '.' {
		return false
	}
	for _, c := range w {
		if !isLetter(c) && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// isHexID: w is lower-case hex digits with a digit among them (a USB id:
// "046d", "0c76").
func isHexID(w []byte) bool {
	digit := false
	for _, c := range w {
		if !isDigit(c) && (c < 'a' || c > 'f') {
			return false
		}
		digit = digit || isDigit(c)
	}
	return digit
}

// udevInterfaceEnd returns where a udev serial value ends before the
// interface or LUN udev glues to it ("-00", "-0:0"), or len(v).
func udevInterfaceEnd(v []byte) int {
	e := len(v)
	if e > 3 && v[e-3] == '-' && isDigit(v[e-2]) && isDigit(v[e-1]) {
		return e - 3
	}
	if e > 4 && v[e-4] == '-' && isDigit(v[e-3]) && v[e-2] == ':' && isDigit(v[e-1]) {
		return e - 4
	}
	return e
}

// udevVendorModel reports whether the value at p (after blanks or a
// quote) of udev's ID_SERIAL or PipeWire's device.serial names a
// vendor and a model and no serial: udev builds it VENDOR_MODEL and
// appends _SERIAL only when the device has one ("Pioneer_DDJ-FLX4",
// "Native_Instruments_Traktor_Kontrol_S4_MK3"). Learned as a serial, the
// model would go from every device path after it.
func udevVendorModel(b []byte, p int) bool {
	for p < len(b) && (b[p] == ' ' || b[p] == '"') {
		p++
	}
	e := p
	for e < len(b) && e-p < 128 && b[e] > ' ' && b[e] != '"' && b[e] != ',' {
		e++
	}
	v := b[p:e]
	w := bytes.IndexByte(v, '_')
	if w < 0 || !udevVendor(v[:w]) {
		return false
	}
	v = v[:udevInterfaceEnd(v)]
	if bytes.Count(v, []byte{'_'}) == 1 {
		// VENDOR_MODEL: a serial would make three parts; a vendor's id
		// has its model's after it ("046d_0825"), no serial's shape
		return allLetters(v[:w]) || !serialShaped(v[w+1:]) || len(v)-w-1 == 4 && isHexID(v[w+1:])
	}
	_, se := udevSerialPart(v)
	return se == 0 && !serialShaped(v[bytes.LastIndexByte(v, '_')+1:])
}

func allLetters(v []byte) bool {
	for _, c := range v {
		if !isLetter(c) {
			return false
		}
	}
	return true
}

// hexSerial handles ioreg data at p ('<') under a serial key: if the
// hex decodes to a serial (printable, NULs after it), the data is
// replaced under the serial's own canon, and the serial is learned. It
// returns where scanning resumes.
func (sc *scanner) hexSerial(p int) int {
	b := sc.b
	vs := p + 1
	ve := vs
	for ve < len(b) && ve-vs <= 256 && isHex(b[ve]) {
		ve++
	}
	if ve >= len(b) || b[ve] != '>' || (ve-vs)%2 != 0 {
		return p
	}
	var buf [128]byte
	dec := buf[:0]
	for k := vs; k < ve; k += 2 {
		dec = append(dec, unhex(b[k])<<4|unhex(b[k+1]))
	}
	dec = bytes.TrimRight(dec, "\x00")
	if len(dec) > 12 && !serialShaped(dec) {
		dec = usbSignatureSerial(dec)
	}
	if !sc.learnedSerial(vs, ve, dec) {
		return p
	}
	return ve + 1
}

// learnedSpan replaces the value at [s, e) as class, learned so that
// every other copy of it in the report goes too, unless it is allowed.
func (sc *scanner) learnedSpan(s, e int, class string) {
	v := string(sc.b[s:e])
	if sc.s.allowed(v) {
		return
	}
	canon := canonical(v)
	sc.learnLiteral(class, canon, v, false)
	sc.add(s, e, class, canon)
}

// learnedSerial replaces [s, e), which spells the serial number v (hex or
// decimal bytes a tool printed), and learns v, met bare elsewhere; it
// reports whether v was a serial the config does not allow.

func (sc *scanner) learnedSerial(s, e int, v []byte) bool {
	if !serialShaped(v) || bytes.IndexByte(v, 0) >= 0 {
		return false
	}
	sv := string(v)
	if sc.s.allowed(sv) {
		return false
	}
	sc.learnLiteral(ClassSerial, canonical(sv), sv, false)
	sc.add(s, e, ClassSerial, canonical(sv))
	return true
}

// serialAt learns the serial number [s, e) and replaces it, unless the
// allow-list keeps it (reported false): a serial names one device, and
// the same one shows up in by-id names, device paths and prose.
func (sc *scanner) serialAt(s, e int) bool {
	sv := string(sc.b[s:e])
	if sc.s.allowed(sv) {
		return false
	}
	sc.learnLiteral(ClassSerial, canonical(sv), sv, false)
	sc.add(s, e, ClassSerial, canonical(sv))
	return true
}

// hasLetterOrLong: a serial after a word is letters and digits mixed, or
// eight digits or more (not "serial 2 of 3").
func hasLetterOrLong(v []byte) bool {
	if len(v) >= 8 {
		return true
	}
	for _, c := range v {
		if isLetter(c) {
			return true
		}
	}
	return false
}

// macValue: 12 hex digits, bare (001A2B3C4D5E) or in pairs or quads split
// by ':', '-' or '.' (00-1A-2B-3C-4D-5E, 001a.2b3c.4d5e).
func macValue(v []byte) bool {
	hex, groups, run, sep := 0, 0, 0, byte(0)
	for _, c := range v {
		switch {
		case isHex(c):
			hex++
			run++
		case (c == ':' || c == '-' || c == '.') && run > 0 && (sep == 0 || c == sep):
			if run != 2 && run != 4 {
				return false
			}
			sep = c
			groups++
			run = 0
		default:
			return false
		}
	}
	if hex != 12 || run == 0 {
		return false
	}
	return sep == 0 || (run == 2 && groups == 5) || (run == 4 && groups == 2)
}

// skipValue keeps values that carry no secret: booleans, placeholders and,
// outside password keys, short numbers.
// accountID: the id of a user object ({"user": {"id": 4821}}, as Sentry
// events hold it) is an account in the vendor's user database however
// short. Flat keys ("userID", "uid") are not: Apple's crash reports and
// id(1) write the Unix uid (501, 1000) under them.
func accountID(class string) bool { return class == keyUserID }

// rawLen is the length of v counting each U+FFFD as the one byte it
// replaced: ScrubJSON writes an invalid byte of a string it changed as
// \ufffd, and a value's minimum length must not let a second pass
// replace what the first one left ("ConneCtionid:\xc3").
func rawLen(v []byte) int {
	return len(v) - 2*bytes.Count(v, []byte("\uFFFD"))
}

// schemedID: v is "scheme:ID" with its colon at k, a short lowercase
// scheme and an opaque id of 16 characters or more
// ("dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc").
func schemedID(v []byte, k int) bool {
	if k < 2 || k > 8 || len(v)-k-1 < 16 || !allLowerLetters(v[:k]) {
		return false
	}
	for _, c := range v[k+1:] {
		if !isAlnum(c) && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

// musicalKey: v names a key of music as DJ software writes it: a note,
// '#' or 'b', "m" or "min"/"maj" ("F#m", "Ebmaj"), or a Camelot or Open
// Key code ("8A", "11B", "6m").
func musicalKey(v []byte) bool {
	if len(v) < 1 || len(v) > 6 {
		return false
	}
	if v[0] >= 'A' && v[0] <= 'G' {
		r := v[1:]
		if len(r) > 0 && (r[0] == '#' || r[0] == 'b') {
			r = r[1:]
		}
		switch string(r) {
		case "", "m", "min", "maj":
			return true
		}
		return false
	}
	k := 0
	for k < len(v) && k < 2 && isDigit(v[k]) {
		k++
	}
	return k > 0 && k == len(v)-1 && (v[k] == 'A' || v[k] == 'B' || v[k] == 'd' || v[k] == 'm')
}

// wordBytes reports whether v holds only letters, digits, '_' and '-':
// no address, path or key can be in it.
func wordBytes(v []byte) bool {
	for _, c := range v {
		if !isAlnum(c) && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// noneWord: w (a closing parenthesis or not after it) is "none" in a
// language Windows and Linux tools print it in, "(нет)", "(aucun)".
func noneWord(w []byte) bool {
	if n := len(w); n > 0 && w[n-1] == ')' {
		w = w[:n-1]
	}
	if len(w) > 12 {
		return false
	}
	var lb [12]byte
	for k, c := range w {
		lb[k] = lower(c)
	}
	switch string(lb[:len(w)]) {
	case "none", "null", "nobody", "нет", "нету", "немає", "aucun", "aucune", "ninguno", "ninguna", "nada", "keine", "kein", "keiner",
		"无", "無", "なし", "없음", "nenhum", "nenhuma", "nessuno", "yok", "brak", "geen", "ingen", "không":
		return true
	}
	return false
}

func skipValue(v []byte, class string) bool {
	if class == keyKeep {
		return false
	}
	var lb [10]byte
	lv := ""
	if len(v) <= len(lb) {
		for k, c := range v {
			lb[k] = lower(c)
		}
		lv = string(lb[:len(v)])
	}
	switch lv {
	case "true", "false", "null", "nil", "none", "never", "yes", "no", "on", "off", "(null)", "undefined",
		"n/a", "na", "unknown", "redacted", "[redacted]", "[filtered]", "***", "-", "0", "1", "xxx", "...", "<none>",
		"enabled", "disabled", "valid", "invalid", "ok", "missing", "expired", "verified", "unsigned", "unavailable",
		// netsh's "Security key : Present": whether the profile keeps one
		"present", "absent":
		return true
	}
	if len(v) >= 3 && v[0] == '(' && noneWord(v[1:]) {
		return true // "Имя пользователя: (нет)", "Nom : (aucun)": no value
	}
	if class == ClassHost && len(v) >= 7 && gaugeChipAt(v, 0) {
		return true // a battery's gauge chip as its "Device Name" (labels.go)
	}
	if class != ClassPassword && cpuArch(lv) {
		// a package's architecture ("xauth:amd64", "libpam-session:i386"
		// in dpkg.log and apt's history)
		return true
	}
	if class == ClassKeyValue && stateWord(v) && v[0] >= 'a' {
		// logind.conf's "HandlePowerKey=poweroff": what a key does, in
		// a lower-case word; an API key holds digits or capitals
		return true
	}
	if class == ClassKeyValue && keyTypeValue(lv, v) {
		return true // ssh -v's "Server host key: ssh-ed25519 SHA256:…": the key's type
	}
	if class == ClassKeyValue && (musicalKey(v) || trackKey(v)) {
		return true // a track's key ("key": "F#m", Camelot "8A") or id (djapps.go), no secret
	}
	if class == ClassKeyValue && camelIdent(v) {
		// a dictionary's key in an exception's reason ("object cannot
		// be nil (key: lastOpenedSet)", "kLastProjectPath"): a program's
		// name for a setting; a key that is a secret holds digits
		return true
	}
	if len(v) > 2 && v[0] == '%' && v[1] == '%' && allDigits(v[2:]) {
		return true // Windows event data's "%%1842": a message's number (Yes, No...)
	}
	if envPlaceholder(v) || v[0] == '$' && shellRef(v) {
		return true // %LICENSE_KEY%, $TOKEN placeholders
	}
	if class == ClassHost && envHostName(v) {
		return true // "host=DB_HOST", "Host: REDIS_HOST": a variable's name in a config template
	}
	if class != ClassPassword && idPlaceholder(v) {
		return true // BootId=4294967295, an all-zero or all-F id
	}
	if class != ClassPassword && class != ClassLocation && class != ClassBirthDate && !accountID(class) && len(v) <= 6 && allDigits(v) &&
		(class != ClassSerial || len(v) < 3 || bytes.Count(v, v[:1]) == len(v)) { // (upower's battery "serial: 1234" is one; "0000" none)
		return true
	}
	if len(v) == 14 && string(v[:6]) == "dword:" && allLowerHex(v[6:]) && string(v[6:10]) == "0000" {
		return true // a .reg file's small number ("LicenseKey"=dword:00000001): a flag
	}
	if class == ClassToken && productPhrase(v) {
		return true // "Authorization": "Live 12 Suite": an edition
	}
	if class == ClassToken && mediaFileName(v) {
		// Ableton's "Session: my_birthday_set.wav", "Session:
		// session_2026-12-01.als": a song's or a project's file, which
		// the occasion checks read (a token ends in no media extension)
		return true
	}
	if class == ClassToken && tokenFileName(v) {
		// "session restore: state.bin", "session file: last_session.json":
		// the file a session is kept in (a token ends in no extension)
		return true
	}
	if class == ClassToken && (isTimestamp(v) || slashDate(v)) {
		// "Session saved: 2026-12-04 …", "last_session: 10:11:12",
		// "Session started: 12/04/2026": when, not which session
		return true
	}
	if class == ClassUser && len(v) > 5 && string(v[len(v)-5:]) == "[bot]" {
		// "dependabot[bot]", "github-actions[bot]": GitHub names an app's
		// account so; the app, no person, writes the commit
		return true
	}
	if class == ClassOrg && (lv == "common" || lv == "consumers" || bytes.EqualFold(v, []byte("organizations"))) {
		return true // Azure AD's shared tenants: "tenant=common"
	}
	if class == ClassToken && len(v) <= 16 && wifiAuth[string(bytes.ToLower(v))] {
		// netsh's "Authentication : WPA2-Personal", airport's "link
		// auth: wpa2-psk": how a Wi-Fi network is secured
		return true
	}
	if class == ClassToken && stateWord(v) {
		// "Authorization: Unlocked", "Session: Expired": a state; a
		// token holds digits or is long (an HTTP scheme's is after it)
		return true
	}
	if class == ClassLicense && licenseWord(v) {
		return true // "License: expired", "License: MIT": a state, a kind
	}
	if class == ClassSerial && serialPort(v) {
		return true // "Serial: /dev/ttyACM0": the port, no serial number
	}
	if class != ClassPassword && class != ClassBirthDate && (len(v) < 3 || len(v) < 9 && rawLen(v) < 3) {
		return true
	}
	if (v[0] == '{' || v[0] == '[') && !bracedGUID(v) {
		return true // a JSON object/array; its own keys decide
	}
	return false
}

// nssSources are the databases nsswitch.conf lists.
var nssSources = wordSet(`files systemd compat nis nisplus ldap sss winbind db dns mdns4_minimal mdns4 mdns
	myhostname resolve mymachines hesiod cache extrausers altfiles usrfiles`)

// nssSourcesAt: after blanks at p, the rest of the line is a list of
// nsswitch.conf sources and their actions ("files systemd", "compat
// [NOTFOUND=return] ldap").
func nssSourcesAt(b []byte, p int) bool {
	for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	n := 0
	for p < len(b) && !lineBreak(b[p]) {
		e := p
		for e < len(b) && b[e] != ' ' && b[e] != '\t' && !lineBreak(b[e]) {
			e++
		}
		if w := b[p:e]; w[0] != '[' && !nssSources[string(w)] {
			return false
		}
		n++
		for p = e; p < len(b) && (b[p] == ' ' || b[p] == '\t'); p++ {
		}
	}
	return n > 0
}

// cpuArch: lv is an architecture name packages carry, in lower case (a
// switch: cheaper than a map for this few).
func cpuArch(lv string) bool {
	switch lv {
	case "amd64", "i386", "i686", "x86_64", "arm64", "aarch64", "armhf", "armel", "ppc64el", "ppc64le", "s390x",
		"mips64el", "riscv64", "noarch":
		return true
	}
	return false
}

// wifiAuth are the names of Wi-Fi authentication methods (netsh,
// airport, NetworkManager), in lower case.
var wifiAuth = wordSet(`open shared wep wpa wpa2 wpa3 wpa-psk wpa2-psk wpa3-sae sae owe wpa-personal wpa2-personal
	wpa3-personal wpa-enterprise wpa2-enterprise wpa3-enterprise wpa2/wpa3-personal wpa-none wpa-eap wpa2-eap 802.1x`)

// fieldEnds: the value that ends at e is all of its field (the line, a
// quoted string, a list item ends there).
func fieldEnds(b []byte, e int) bool {
	for e < len(b) && (b[e] == ' ' || b[e] == '\t') {
		e++
	}
	return e >= len(b) || lineBreak(b[e]) || strings.IndexByte("\"',;)}](", b[e]) >= 0
}

// stateWord: v is one word of 4 to 11 letters, capitalised or not
// ("Unlocked", "Expired", "session:active", "auth:basic").
func stateWord(v []byte) bool {
	if len(v) < 4 || len(v) > 11 || !isLetter(v[0]) || v[0] >= 0x80 {
		return false
	}
	for _, c := range v[1:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// prepositionAfter reports whether a blank, a short word of lower-case
// letters and a blank follow at e: "Authorization: Registered to kai@…",
// "Licensed for 2 machines" go on in prose, which a token never does.
func prepositionAfter(b []byte, e int) bool {
	if e >= len(b) || b[e] != ' ' {
		return false
	}
	k := e + 1
	for k < len(b) && k-e <= 6 && b[k] >= 'a' && b[k] <= 'z' {
		k++
	}
	return k-e >= 3 && k < len(b) && b[k] == ' '
}

// spdxPrefixes start the SPDX ids of open-source licenses (GPL-3.0,
// Apache-2.0, BSD-3-Clause).
var spdxPrefixes = []string{"GPL-", "LGPL-", "AGPL-", "Apache-", "BSD-", "MPL-", "EPL-", "CC-BY", "CC0-", "Artistic-", "OFL-", "EUPL-"}

// licenseWord reports whether v, under a license key, is a word rather
// than a key: a state or an edition ("valid", "expired", "Professional";
// letters only, short or not all capitals) or an SPDX id. Product keys
// hold digits or are long runs of capitals.
func licenseWord(v []byte) bool {
	letters, lower := true, false
	for _, c := range v {
		if !isLetter(c) {
			letters = false
			break
		}
		lower = lower || c >= 'a' && c <= 'z'
	}
	if letters && (len(v) < 12 || lower && len(v) < 24) {
		return true
	}
	if bytes.IndexByte(v, ' ') > 0 && len(v) <= 64 {
		return editionPhrase(v)
	}
	for _, p := range spdxPrefixes {
		if len(v) > len(p) && len(v) <= 24 && string(v[:len(p)]) == p {
			return true
		}
	}
	return false
}

// licenseNameKey: the key whose value starts at vs is "License" (or
// "licence", "licenses") alone, in a Debian copyright file or package
// metadata: a key named for a key or a code ("license_key", "License
// Code") holds one whatever its shape, and licenseName is not asked.
func licenseNameKey(b []byte, vs int) bool {
	k := vs
	for k > 0 && (b[k-1] == ' ' || b[k-1] == '\t' || b[k-1] == '"' || b[k-1] == '\'') {
		k--
	}
	if k == 0 || b[k-1] != ':' && b[k-1] != '=' {
		return false
	}
	k--
	for k > 0 && (b[k-1] == ' ' || b[k-1] == '"' || b[k-1] == '\'') {
		k--
	}
	e := k
	for k > 0 && isLetter(b[k-1]) && e-k <= 8 {
		k--
	}
	if k > 0 && (isKeyChar(b[k-1]) || b[k-1] == '.') {
		return false
	}
	return licenseNameKeys[string(bytes.ToLower(b[k:e]))]
}

// licenseNameKeys name the license a package is under.
var licenseNameKeys = wordSet(`license licence licenses licences`)

// licenseName reports whether v names a license the way a Debian
// copyright file (DEP-5) or a package's metadata does, beyond the SPDX
// prefixes: parts joined by '-' or '_', each letters with digits after
// them ("BSL-1.0", "GFDL-NIV-1.3+", "OldBoost2", "BSD3_DEShaw",
// "public-domain", "FSF-unlimited-permission", "CC0", "X11"). The last
// part may be a version with a dot or a '+' ("AFL-2.1", "LPGL-2.1+");
// otherwise a part must read as a word in lower case ("ish" of
// "Tcl-BSDish"), or v be one short part. A product key's groups mix
// digits into letters ("VK7JG-NPHTM-…"), are capitals alone ("ABCD-EFGH-…",
// no word) or of one length, and have no dotted version.
func licenseName(v []byte) bool {
	if len(v) > 40 || len(v) == 0 || !isLetter(v[0]) || v[0] >= 0x80 {
		return false
	}
	word, parts, plen, same := false, 0, 0, true
	for s := 0; s < len(v); {
		e := s
		for e < len(v) && v[e] != '-' && v[e] != '_' {
			e++
		}
		p := v[s:e]
		if parts++; parts > 6 || len(p) == 0 {
			return false
		}
		if e == len(v) && parts > 1 && licenseVersion(p) {
			return true
		}
		k, lower, humps := 0, 0, 0
		for k < len(p) && isLetter(p[k]) && p[k] < 0x80 {
			if p[k] >= 'a' {
				lower++
			} else if k > 0 && p[k-1] >= 'a' {
				humps++ // "OldBoost": one hump; a random key's case has many
			}
			k++
		}
		d := k
		for d < len(p) && isDigit(p[d]) {
			d++
		}
		if k == 0 && (d > 1 || parts == 1) || d < len(p) || d-k > 2 {
			return false // a part of digits but one ("BSD-2-Clause"), or digits before letters
		}
		word = word || lower >= 3 && humps <= 1 && lower*2 >= k
		same = same && (parts == 1 || len(p) == plen)
		plen = len(p)
		s = e + 1
		if e == len(v)-1 {
			return false // a trailing '-'
		}
	}
	if same && parts >= 3 {
		return false // groups of one length: a key's ("Abcd-Efgh-Ijkl")
	}
	return word || parts == 1 && len(v) <= 5
}

// licenseVersion: p, a license name's last part, is its version with a
// dot or a '+' ("1.0", "2.1+", "3+").
func licenseVersion(p []byte) bool {
	n, dots := 0, 0
	for k, c := range p {
		switch {
		case isDigit(c):
			if n++; n > 2 {
				return false
			}
		case c == '.' && n > 0 && k+1 < len(p):
			n, dots = 0, dots+1
		case c == '+' && n > 0 && k == len(p)-1:
			return true
		default:
			return false
		}
	}
	return dots > 0 && n > 0
}

// editionPhrase reports whether v, a license's value with blanks in it,
// names an edition or a plan in words ("Serato DJ Pro - Subscription",
// "Traktor Pro 4 (perpetual)", "ableton live 12 suite"): words of
// letters, short numbers and dashes, one of them a word with lower-case
// letters. A key written in groups ("ABCD EFGH IJKL") has no lower case;
// a person's name (licensed to whom) is capitalised words alone, which
// stay replaced.
func editionPhrase(v []byte) bool {
	lowerWord, other := false, false
	for w := range bytes.SplitSeq(v, []byte(" ")) {
		w = bytes.Trim(w, "()[],")
		switch {
		case len(w) == 0:
			return false
		case len(w) == 1 && (w[0] == '-' || w[0] == '+' || w[0] == '/' || w[0] == '&'):
			other = true
		case allDigits(w):
			if len(w) > 4 {
				return false
			}
			other = true
		case allLetters(w):
			up := 0
			for _, c := range w {
				if c >= 'A' && c <= 'Z' {
					up++
				}
			}
			switch {
			case up == 0:
				lowerWord, other = true, true // "perpetual", "live"
			case up == len(w):
				other = true // "DJ", "PRO"
			case up == 1 && w[0] <= 'Z':
				lowerWord = true // "Subscription" (or a name)
			default:
				return false // "iLok", mixed case: a key's group?
			}
		default:
			return false
		}
	}
	return lowerWord && other
}

// tabPair handles the rows of msinfo32's text export, "Item<TAB>Value<TAB>"
// ("System Name	HOST	", "User Name	HOST\user	", "Serial Number	…	"):
// the word [i, j) ends the item, which starts the line; the row must end
// with the tab msinfo32 writes after every value, so prose and TSV data
// with other shapes are left alone. It returns where the value ends, or -1.
func (sc *scanner) tabPair(i, j int) int {
	b := sc.b
	ls := i
	for ls > 0 && i-ls < 48 && (isAlnum(b[ls-1]) || b[ls-1] == ' ') {
		ls--
	}
	if ls > 0 && !lineBreak(b[ls-1]) {
		return -1
	}
	vs := j + 1
	ve := vs
	for ve < len(b) && ve-vs < 256 && b[ve] != '\t' && !lineBreak(b[ve]) {
		ve++
	}
	if ve >= len(b) || b[ve] != '\t' || ve+1 < len(b) && !lineBreak(b[ve+1]) {
		return -1
	}
	return sc.rowValue(b[ls:j], vs, ve)
}

// rowValue replaces the value [vs, ve) of a table row whose key is key
// (msinfo32's tab pairs, reg query rows) as the key's class says. It
// returns where the value ends, or -1 when the key names nothing to
// replace.
func (sc *scanner) rowValue(key []byte, vs, ve int) int {
	b := sc.b
	var kb [64]byte
	nk := normKey(kb[:0], key)
	if len(nk) < 2 || ve == vs {
		return -1
	}
	class := sc.classify(nk)
	if class == keyNone || class == keyKeep || class == ClassMachineID && pnpPathAt(b, vs) {
		return -1
	}
	if skipValue(b[vs:ve], class) || pseudonymAt(b, vs) {
		return ve // (replaced before: scrubbing twice changes nothing)
	}
	sc.valueSpan(vs, ve, class)
	return ve
}

// regQueryRow handles the rows of "reg query" output, "    NAME    TYPE
// VALUE" with four blanks between the columns ("    ProxyServer
// REG_SZ    proxy.corp:8080", "    RegisteredOwner    REG_SZ    Kai
// Okonkwo"): the word [i, j) is the type, REG_ and capitals. The name is
// read as a key is, the value runs to the end of the line. It returns
// where the value ends, or -1.
func (sc *scanner) regQueryRow(i, j int) int {
	b := sc.b
	if b[i+1] != 'E' || b[i+2] != 'G' || j+4 >= len(b) || b[j] != ' ' || b[j+1] != ' ' {
		return -1
	}
	for k := i + 4; k < j; k++ {
		if b[k] != '_' && (b[k] < 'A' || b[k] > 'Z') {
			return -1
		}
	}
	ke := i - 2
	for ke > 0 && b[ke-1] == ' ' {
		ke--
	}
	ks := ke
	for ks > 0 && ke-ks < 64 && !lineBreak(b[ks-1]) {
		ks--
	}
	if ks > 0 && !lineBreak(b[ks-1]) || ke-ks < 5 || b[ks] != ' ' || b[ks+1] != ' ' {
		// (a name of one letter or digit: RecentDocs' "0", "1", …)
		return -1
	}
	for ks < ke && b[ks] == ' ' {
		ks++
	}
	vs := j
	for vs < len(b) && b[vs] == ' ' {
		vs++
	}
	ve := vs
	for ve < len(b) && ve-vs < 512 && !lineBreak(b[ve]) {
		ve++
	}
	if ke-ks == 12 && allHex(b[ks:ke]) && !pseudonymAt(b, vs) {
		// BTHPORT\Parameters\Keys\ADAPTER: a value per paired device,
		// named by its address, holding the link key
		sc.addMAC(ks, ke, b[ks:ke])
		if allHex(bytes.TrimRight(b[vs:ve], " ")) {
			sc.add(vs, ve, ClassKeyValue, string(b[vs:ve]))
		}
		return ve
	}
	if (ke-ks == 7 || ke-ks == 12) && sc.officeUserInfo(ks, ke, vs, ve) {
		return ve // Office's UserInfo: Company, UserInitials (userinfo.go)
	}
	if ke-ks == 4 && j-i == 6 && eqLower(b[ks:ke], "name") && personSection(b, ks) {
		// "    Name    REG_SZ    Ngozi Okafor" under a key that names
		// its person (…\Registration, …\UserInfo)
		if e := personNameWords(b, vs); e > 0 && (e == len(b) || lineBreak(b[e]) || b[e] == ' ' && len(bytes.TrimRight(b[e:ve], " ")) == 0) {
			sc.nameSpan(vs, e)
			return ve
		}
	}
	if e := sc.rowValue(b[ks:ke], vs, ve); e > 0 || j-i != 10 || b[i+4] != 'B' {
		return e
	}
	return sc.regQueryBinary(vs, ve) // REG_BINARY: what the bytes hold
}

// serialColumn handles the tables wmic prints ("wmic diskdrive get
// serialnumber", "wmic bios get model,serialnumber", "wmic useraccount
// get name,fullname,sid"), PowerShell's Format-Table and lsblk's ("lsblk
// -o +SERIAL", a header of capitals, MAJ:MIN among them): a header line of
// column names two or more blanks apart (lsblk: one), then a row per line
// up to a blank line (wmic ends lines "\r\r\n"). The word [i, j) is the
// header's "SerialNumber", "IdentifyingNumber", "SERIAL", "FullName",
// "PrimaryOwnerName" or "RegisteredUser"; each row's text under it is a
// serial, or a person's name (under FullName, whose table's "Name"
// column is the account; wmic computersystem's "Name" is the machine's). Nothing is
// skipped: the rows' other columns are scanned as any text is.
func (sc *scanner) serialColumn(i, j int) {
	b := sc.b
	class, gap := ClassSerial, 2
	owner := false
	switch {
	case string(b[i:j]) == "SERIAL":
		gap = 1 // lsblk pads its columns to one blank
	case string(b[i:j]) == "UUID" || string(b[i:j]) == "PARTUUID":
		class, gap = keyVolume, 1 // lsblk -f: a filesystem's or partition's id
	case eqLower(b[i:j], "fullname"):
		class = ClassUser
	case eqLower(b[i:j], "primaryownername") || eqLower(b[i:j], "registereduser"):
		// wmic computersystem's and wmic os's owner: "Kofi Mensah"
		// (its table's "Name" column is the machine's)
		owner = true
		class = ClassUser
	case !eqLower(b[i:j], "serialnumber") && !eqLower(b[i:j], "identifyingnumber") && !eqLower(b[i:j], "smbiosassettag"):
		// (wmic systemenclosure's SMBIOSAssetTag: an owner tags the
		// machine with a name, "KWESI BOATENG", replaced whole)
		return
	}
	ls, le := i, j
	for ls > 0 && i-ls < 512 && !lineBreak(b[ls-1]) {
		ls--
	}
	for le < len(b) && le-j < 512 && !lineBreak(b[le]) {
		le++
	}
	if ls > 0 && !lineBreak(b[ls-1]) || le >= len(b) || i > ls && (i-ls < gap || b[i-1] != ' ' || b[i-gap] != ' ') {
		return
	}
	for k, x := range b[ls:le] {
		if !isAlnum(x) && x != ' ' && x != ':' && x != '-' && x != '%' {
			return // a header holds column names only (lsblk's MAJ:MIN, FSUSE%)
		}
		if x == ':' && (k == 0 || b[ls+k-1] == ' ' || ls+k+1 == le || b[ls+k+1] == ' ') {
			// a ':' apart from a word is Format-List's "SerialNumber
			// : WX71A933H5K7": one key's line, the lines under it
			// other keys ("PNPDeviceID : USBSTOR\…"), no column
			return
		}
	}
	col, colEnd := columnBounds(b, ls, i, j, le, gap)
	if col < 0 {
		return
	}
	if owner {
		columnCells(b, le, col, colEnd, func(vs, ve int) {
			for ve > vs && b[ve-1] == ' ' {
				ve--
			}
			if ownerCell(b[vs:ve]) && !pseudonymAt(b, vs) {
				sc.valueSpan(vs, ve, ClassUser)
			}
		})
		return
	}
	sc.columnRows(le, col, colEnd, class)
	if class != ClassUser {
		return
	}
	for k := ls; k+4 <= le; k++ {
		if (k == ls || k-ls >= 2 && b[k-1] == ' ' && b[k-2] == ' ') && eqLower(b[k:k+4], "name") && (k+4 == le || b[k+4] == ' ') {
			if col, colEnd := columnBounds(b, ls, k, k+4, le, gap); col >= 0 {
				sc.columnRows(le, col, colEnd, ClassUser)
			}
		}
	}
}

// ownerCell: the cell v under an owner's column reads as a person's name
// ("Kofi Mensah", "Nguyễn Thị Mai", "Wojciech Kowalczyk"): one to four
// capitalised words one blank apart, or one account's word ("kofi.m");
// a line of prose under a lone header word is none.
func ownerCell(v []byte) bool {
	words := 0
	for k := 0; k < len(v); {
		e := k
		for e < len(v) && v[e] != ' ' {
			e++
		}
		w := v[k:e]
		words++
		if len(w) == 0 || words > 4 {
			return false
		}
		r, _ := utf8.DecodeRune(w)
		if !unicode.IsUpper(r) && (len(w) != len(v) || !handleWord(w)) {
			return false
		}
		for _, c := range w {
			if c < 0x80 && !isAlnum(c) && c != '-' && c != '.' && c != '\'' && c != '_' {
				return false
			}
		}
		k = e + 1
	}
	return words > 0
}

// handleWord: w is an account's name written as one word: lower-case
// letters, digits, '.', '_' and '-' ("kofi.m", "ngozi_a").
func handleWord(w []byte) bool {
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return len(w) > 1
}

// columnBounds returns where the column whose name is [i, j) in the
// header line [ls, le) starts and ends, as offsets in a row (colEnd -1:
// the last column), or col -1 when the next name is less than gap blanks
// after it.
func columnBounds(b []byte, ls, i, j, le, gap int) (col, colEnd int) {
	col, colEnd = i-ls, -1
	if k := j; k < le {
		for k < le && b[k] == ' ' {
			k++
		}
		if k < le {
			if k-j < gap {
				return -1, -1
			}
			colEnd = k - ls
		}
	}
	return col, colEnd
}

// runeColumn returns where column col of the row [rs, re) starts, a
// character a column: lsblk draws its tree with "└─", "│", three bytes
// each. It returns re when the row is shorter.
func runeColumn(b []byte, rs, re, col int) int {
	k := rs
	for c := 0; c < col && k < re; c++ {
		if b[k] < 0x80 {
			k++
			continue
		}
		_, size := utf8.DecodeRune(b[k:re])
		k += size
	}
	return k
}

// columnRows replaces the text under a column [col, colEnd) of the rows
// after the header line ending at p, as class.
func (sc *scanner) columnRows(p, col, colEnd int, class string) {
	b := sc.b
	columnCells(b, p, col, colEnd, func(vs, ve int) {
		for ve > vs && b[ve-1] == ' ' {
			ve--
		}
		v := b[vs:ve]
		if len(bytes.Trim(v, "-")) == 0 || skipValue(v, class) || pseudonymAt(b, vs) {
			return // PowerShell's "------------" under the header
		}
		if class == ClassSerial && firmwarePlaceholder(b[:ve], vs) {
			return // "No Asset Tag", "To Be Filled By O.E.M."
		}
		sc.valueSpan(vs, ve, class)
	})
}

// columnWords calls fn with the first word [vs, e) of each cell under
// the column whose name is [i, j) in the header line [ls, le), its next
// name one blank or more after it (columnBounds, columnCells; e is vs
// for a blank cell).
func columnWords(b []byte, ls, i, j, le int, fn func(vs, e int)) {
	col, colEnd := columnBounds(b, ls, i, j, le, 1)
	if col < 0 {
		return
	}
	columnCells(b, le, col, colEnd, func(vs, ve int) {
		e := vs
		for e < ve && b[e] > ' ' {
			e++
		}
		fn(vs, e)
	})
}

// columnCells calls fn with each cell [vs, ve) under the column [col,
// colEnd) (colEnd 0: to the line's end) of the rows after the header line
// ending at p, leading blanks skipped, up to a blank line (256 rows at
// most, 1 KiB a row), or up to a header: the header line again, or one
// of another table whose rows a detector reads (tableHead). A table of
// its own starts there, which its header's detector reads: read as rows
// of this one too, each of thousands of header lines made up to 256
// findings ("IdentifyingNumber  0" on every line: 100 KB/s).
func columnCells(b []byte, p, col, colEnd int, fn func(vs, ve int)) {
	head := bytes.TrimRight(b[bytes.LastIndexByte(b[:p], '\n')+1:p], "\r")
	for rows := 0; rows < 256; rows++ {
		for p < len(b) && b[p] == '\r' {
			p++
		}
		if p >= len(b) || b[p] != '\n' {
			return
		}
		p++
		rs, re := p, p
		for re < len(b) && b[re] != '\n' && b[re] != '\r' && re-rs < 1024 {
			re++
		}
		p = re
		if len(bytes.TrimSpace(b[rs:re])) == 0 || bytes.Equal(b[rs:re], head) || tableHead(b[rs:re]) {
			return // the table ends
		}
		vs, ve := runeColumn(b, rs, re, col), re
		if colEnd > 0 {
			ve = runeColumn(b, rs, re, colEnd)
		}
		if vs >= ve || vs > rs && b[vs-1] != ' ' || ve < re && b[ve-1] != ' ' {
			// a row whose text runs across the column's start or end is
			// no row of this table (a second pass would cut into a
			// pseudonym, or read what is left of the word after one)
			continue
		}
		for vs < ve && b[vs] == ' ' {
			vs++
		}
		fn(vs, ve)
	}
}

// squashedName finds a learned user written as a name: the capitalised
// words at i, folded as squash folds them, spell a learned account
// ("Nguyễn Thị Mai", "Kai Okonkwo" of nguyenthimai, kaiokonkwo, the
// short names macOS makes of a full name) or, for a single word written
// with letters outside ASCII, a learned name part ("Søren" of soren; ASCII
// spellings the literal matcher finds). The longest match wins. It
// returns where the name ends, or -1.
func (sc *scanner) squashedName(i int) int {
	b := sc.b
	var buf [64]byte
	sq := buf[:0]
	best, canon := -1, ""
	high := false
	e := i
	for words := 0; words < 4; words++ {
		if words > 0 {
			if e+1 >= len(b) || b[e] != ' ' || !capitalised(b, e+1) {
				break
			}
			e++
		}
		we := nameWordEnd(b, e)
		for we > e && (b[we-1] == '.' || b[we-1] == '\'' || b[we-1] == '-') {
			we-- // the end of a sentence, a quote
		}
		if we-e > 3 && b[we-1] == 's' && b[we-2] == '\'' {
			we -= 2 // a possessive: "Siobhán's 40th", "Jörg's set"
		}
		if we == e {
			break
		}
		for _, x := range b[e:we] {
			if x >= 0x80 {
				high = true
				break
			}
		}
		var ok bool
		if sq, ok = squash(sq, b[e:we]); !ok || len(sq) < 2 || len(sq) > 63 || sc.s.squashPair[sq[0]-'a']&(1<<(sq[1]-'a')) == 0 {
			break
		}
		if (words > 0 || high) && sc.s.squashLens&(1<<len(sq)) != 0 {
			if c, found := sc.s.squashed[string(sq)]; found && (len(sq) >= 4 || words == 0 && high) {
				best, canon = we, c
			}
		}
		e = we
	}
	if best < 0 && high {
		best, canon = sc.squashedBefore(i)
	}
	if best < 0 || sc.s.allowed(string(b[i:best])) {
		return -1
	}
	p := best
	for p < len(b) && (b[p] == '\'' || b[p] == '-' || b[p] == '.') {
		p++
	}
	if p < len(b) && b[p] == '<' && pseudonymAt(b, p) {
		// glued to a pseudonym, or joined by an apostrophe, a dash or a
		// dot: the first pass saw the name glued to the word replaced
		// there, which it does not fold ("Adébáyọ<token-1>" of
		// "Adébáyọghp_…", "Adébáyọ'<ip-1>" of "Adébáyọ'fe80::1"; a
		// learned name after it it cuts at: squashedBefore), as literalAt
		return -1
	}
	if best+2 < len(b) && b[best] == ' ' && titleCaseAt(b, i) {
		if me := sc.middleNames(best+1, canon); me > best {
			best = me // "Nguyễn Văn An" of "Nguyễn An" (middleNames)
		}
	}
	sc.add(i, best, ClassUser, canon)
	return best
}

// squashedBefore is squashedName for a word at i that folds to no name
// as a whole because a learned name follows its letters, written in
// ASCII straight after those outside ASCII ("AdéBáYọSEUN", seun and
// adebayo learned), or after an apostrophe, a dash or a dot
// ("AdéBáYọ'seun", "Jürgen--kofi"): walk replaces that name, and a
// second pass then reads the letters before it as a word of their own
// (squashedName drops the separators at their end). It returns where
// they end and the name's canon when they fold to a learned name, or -1.
func (sc *scanner) squashedBefore(i int) (int, string) {
	b := sc.b
	we := nameWordEnd(b, i)
	for k := i + 1; k < we; k++ {
		x, r := b[k], k
		if x == '\'' || x == '-' || x == '.' {
			if y := b[k-1]; y == '\'' || y == '-' || y == '.' {
				continue // (a run of them is cut at its first)
			}
			for r < we && (b[r] == '\'' || b[r] == '-' || b[r] == '.') {
				r++
			}
			if r == we {
				break
			}
		} else if b[k-1] < 0x80 || x >= 0x80 {
			continue
		}
		if r == k || !sc.foldsAt(r, we) {
			if !sc.s.lits.first[b[r]] {
				continue
			}
			if _, ent := sc.s.lits.match(b, r); ent == nil {
				continue
			}
		}
		var buf [64]byte
		sq, ok := squash(buf[:0], b[i:k])
		if !ok || len(sq) < 4 || len(sq) > 63 || sc.s.squashLens&(1<<len(sq)) == 0 {
			continue
		}
		if c, found := sc.s.squashed[string(sq)]; found {
			return k, c
		}
	}
	return -1, ""
}

// foldsAt: the letters at r, up to an apostrophe, a dash or a dot or
// we, are a learned name written with letters outside ASCII, as
// squashedName finds one ("Adébáyọ'Adébáyọ": the second).
func (sc *scanner) foldsAt(r, we int) bool {
	b := sc.b
	e, high := r, false
	for e < we && b[e] != '\'' && b[e] != '-' && b[e] != '.' {
		high = high || b[e] >= 0x80
		e++
	}
	var buf [64]byte
	sq, ok := squash(buf[:0], b[r:e])
	if !high || !ok || len(sq) < 4 || len(sq) > 63 || sc.s.squashLens&(1<<len(sq)) == 0 {
		return false
	}
	_, found := sc.s.squashed[string(sq)]
	return found
}

// keyTypeValue: v (lv: its lower case when short) names an SSH key's
// type, no key ("ssh-ed25519", "ED25519", "rsa-sha2-512").
func keyTypeValue(lv string, v []byte) bool {
	switch lv {
	case "ed25519", "rsa", "ecdsa", "dsa":
		return true
	}
	return len(v) <= 40 && (sshKeyType(v) || bytes.HasPrefix(v, []byte("rsa-sha2-")))
}

// pnpEnumerators name the Windows buses and enumerators that start a
// device's hardware, compatible or instance id (PCI\CC_030000,
// ACPI\PNP0A08, USBSTOR\DISK&VEN_…): no machine, and what follows no
// account.
var pnpEnumerators = wordSet(`ACPI ACPI_HAL BTH BTHENUM BTHLE BTHLEDEVICE BTHHFENUM DISPLAY HDAUDIO HID HTREE IDE
	INTELAUDIO MONITOR PCI PCIIDE ROOT SCSI SD STORAGE SW SWD UEFI UMB USB USBSTOR USBPRINT VMBUS
	WPDBUSENUMROOT NVME MF LPTENUM FDC ISAPNP PCMCIA AVC COMPOSITEBUS`)

// pnpHardwareID: v is a device's hardware or compatible id, an
// enumerator and one more part (PCI\VEN_10DE&DEV_2684&REV_A1, also
// JSON-escaped), with no instance part after it, where a serial may be.
func pnpHardwareID(v []byte) bool {
	k := bytes.IndexByte(v, '\\')
	if k < 2 || !pnpEnumerators[string(v[:k])] {
		return false
	}
	rest := v[k+1:]
	if len(rest) > 0 && rest[0] == '\\' {
		rest = rest[1:]
	}
	return len(rest) > 0 && bytes.IndexByte(rest, '\\') < 0
}

// pnpPathAt reports whether a PnP device instance path starts at p after
// blanks: an upper-case enumerator (USB, PCI, BTHENUM, SWD, HDAUDIO), a
// backslash (JSON-escaped: two) and an upper-case id or a braced GUID.
func pnpPathAt(b []byte, p int) bool {
	for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	s := p
	for p < len(b) && p-s <= 16 && (b[p] >= 'A' && b[p] <= 'Z' || isDigit(b[p])) {
		p++
	}
	if p-s < 2 || p >= len(b) || b[p] != '\\' || !(b[s] >= 'A' && b[s] <= 'Z') {
		return false
	}
	p++
	if p < len(b) && b[p] == '\\' {
		p++
	}
	return p < len(b) && (b[p] >= 'A' && b[p] <= 'Z' || b[p] == '{')
}

// win32DevicePath reports whether b at p (after blanks) is a path in
// Win32's device namespace, "\\.\PHYSICALDRIVE0", "\\.\CdRom0",
// "\\.\COM3": a letter-and-digit device name ending the value.
func win32DevicePath(b []byte, p int) bool {
	for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	if p+5 > len(b) || b[p] != '\\' || b[p+1] != '\\' || b[p+2] != '.' || b[p+3] != '\\' {
		return false
	}
	p += 4
	s := p
	for p < len(b) && p-s <= 32 && isAlnum(b[p]) {
		p++
	}
	return p > s && isLetter(b[s]) && (p == len(b) || lineBreak(b[p]) || b[p] == ' ' || b[p] == '"')
}

// coresAfter reports whether the line after p goes on with ", N cores,"
// as HotSpot's "Host:" line does.
func coresAfter(b []byte, p int) bool {
	e := p
	for e < len(b) && e-p < 256 && !lineBreak(b[e]) {
		e++
	}
	k := bytes.Index(b[p:e], []byte(" cores,"))
	if k < 0 {
		// the count's word replaced by a first pass (a learned name
		// "cores"): "8 <user-1>," is read as the first pass read it
		k = pseudonymCount(b[p:e])
	}
	if k <= 0 || !isDigit(b[p+k-1]) {
		return false
	}
	// a number of its own (", 8 cores,"), not the end of a word that a
	// pseudonym may replace ("A00 cores,")
	d := p + k - 1
	for d > p && isDigit(b[d-1]) {
		d--
	}
	return d > p && b[d-1] == ' '
}

// pseudonymCount returns the index in v of the blank before the first
// pseudonym that a comma follows, or -1.
func pseudonymCount(v []byte) int {
	for k := 1; k < len(v); k++ {
		if v[k] != '<' || v[k-1] != ' ' || !pseudonymAt(v, k) {
			continue
		}
		if g := bytes.IndexByte(v[k:], '>'); g > 0 && k+g+1 < len(v) && v[k+g+1] == ',' {
			return k - 1
		}
	}
	return -1
}

// domainAccount splits DOMAIN\account (also JSON-escaped, DOMAIN\\account)
// at its backslash: k is the domain's length, sep the separator's, or k is
// 0 when v is no such pair (a path, a drive, a UNC name).
func domainAccount(v []byte) (k, sep int) {
	k = bytes.IndexByte(v, '\\')
	if k < 2 || k > 15*4 {
		return 0, 0 // NetBIOS names are short; "C:" is a drive
	}
	sep = 1
	if k+1 < len(v) && v[k+1] == '\\' {
		sep = 2
	} else if uEscapeAt(v, k, min(len(v), k+6)) == k {
		return 0, 0 // a JSON escape, "Bj\u00f6rn" (uescape.go)
	}
	rest := v[k+sep:]
	if len(rest) == 0 || !accountRest(rest) || !isLetter(v[0]) || roffEscape(rest) {
		return 0, 0
	}
	for _, c := range v[:k] {
		// a machine's name may be spelled outside ASCII (STUDIO-ØRSTED)
		if !isAlnum(c) && c != '-' && c != '.' && c != '_' && c < 0x80 {
			return 0, 0
		}
	}
	return k, sep
}

// accountRest: rest, after DOMAIN\, holds no path's or URL's separator;
// a JSON escape in it is the account's letter ("NORDLYS\bj\u00f8rn", as
// tools that escape what is outside ASCII write it): a second pass, where
// a pseudonym replaced the account, reads the pair too.
func accountRest(rest []byte) bool {
	for q := 0; q < len(rest); q++ {
		switch rest[q] {
		case '/', ':':
			return false
		case '\\':
			if uEscapeAt(rest, q, min(len(rest), q+6)) != q {
				return false
			}
			q += 5
		}
	}
	return true
}

// envPlaceholder: a Windows environment variable, %NAME%, with only a
// name between the signs. "%key=00%" holds a key and value of its own:
// once a first pass replaced that value, it would end in no '%'.
// idPlaceholder: a value that stands for "no id": the largest unsigned
// or signed integer (WER's BootId=4294967295), or an id of one repeated
// 0 or F (0xFFFFFFFF, ffffffff-ffff-..., {00000000-0000-...}).
func idPlaceholder(v []byte) bool {
	switch string(v) {
	case "4294967295", "18446744073709551615", "2147483647", "9223372036854775807", "65535", "-1":
		return true
	}
	if len(v) > 2 && v[0] == '{' && v[len(v)-1] == '}' {
		v = v[1 : len(v)-1]
	}
	if len(v) > 2 && v[0] == '0' && v[1]|0x20 == 'x' {
		v = v[2:]
	}
	if len(v) < 8 {
		return false
	}
	z, f := true, true
	for _, c := range v {
		switch {
		case c == '-':
		case c == '0':
			f = false
		case c|0x20 == 'f':
			z = false
		default:
			return false
		}
	}
	return z || f
}

// shellRef reports whether v, starting with '$', is a reference to a
// variable or a command's output as a shell, Perl or PHP writes it
// ("$TOKEN", "$db_pass", "${DB_PASS:-x}", "$(pass show x)", "$1", and
// "$USER@host" glued to more), no password that starts with '$'
// ("$Kofi2024!", a crypt hash "$1$salt$…").
func shellRef(v []byte) bool {
	if len(v) < 2 || v[1] == '{' || v[1] == '(' {
		return true
	}
	upper := true // a name in capitals: "$DEPLOY_USER!x" is a variable and more
	for k, c := range v[1:] {
		if !isAlnum(c) && c != '_' {
			return upper && k > 0 && c != '$' // (no crypt hash's "$1$salt$")
		}
		upper = upper && (c < 'a' || c > 'z')
	}
	return true
}

func envPlaceholder(v []byte) bool {
	if len(v) < 3 || v[0] != '%' || v[len(v)-1] != '%' {
		return false
	}
	for _, c := range v[1 : len(v)-1] {
		if !isAlnum(c) && c != '_' && c != '(' && c != ')' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// teamWordAfter: a word of projectTeams follows the name that ends at e
// after one blank and ends the field (the line, a quote, an address in
// angle brackets): it returns where that word ends, or -1.
func teamWordAfter(b []byte, e int) int {
	if e+3 >= len(b) || b[e] != ' ' {
		return -1
	}
	s := e + 1
	k := s
	for k < len(b) && k-s <= 14 && isLetter(b[k]) {
		k++
	}
	if k-s < 2 || k-s > 14 || k < len(b) && !lineBreak(b[k]) && b[k] != '"' && !(b[k] == ' ' && k+1 < len(b) && b[k+1] == '<') {
		return -1
	}
	var lb [14]byte
	if !projectTeams[string(lowerInto(lb[:0], b[s:k]))] {
		return -1
	}
	return k
}

// projectTeams are the words that end a project's or a team's name as
// an author (a few of teamWords: "staff", "admins" after an account are
// its group, "kofi staff" of ls -l).
var projectTeams = wordSet(`team teams maintainers developers devs project group foundation committee community
	authors contributors packagers`)

// proseLeads are words that open a clause, in lower case, and are no one's
// account or machine: a verb, a modal, a ChangeLog's entry ("(has_username):
// Allow…", "(entry_owner): Remove."). "will", "may", "can" (given names,
// written in lower case too) are none of them.
var proseLeads = wordSet(`should must cannot could would got gets use uses used only also not is was are were be
	been has have had new add added adds remove removed removes allow allows set sets change changed move moved
	rename renamed delete deleted fix fixed update updated likewise return returns call calls check checks
	handle handles replace replaced implement implemented support supported the log logs send sends save
	saves print prints read write skip ignore try keep make pass store parse load lookup`)

// proseLead: the value v of a user's or a host's key, which ends at e,
// is a word of proseLeads that opens prose: another lower-case word (or a
// format verb) after a blank ("user: should be a user account",
// "server_name: use the new API", "findUsername: got %#v, want %#v"), a
// full stop that ends the line ("(gnupg_getusername): New.") or, written
// capitalised, the line's end ("x509_ext_import_proxy: Added"). A learned
// value would go from every sentence of the report.
func proseLead(b, v []byte, e int) bool {
	if len(v) < 2 || e >= len(b) {
		return false
	}
	switch c := b[e]; {
	case c == ' ':
		if e+1 >= len(b) || !(b[e+1] >= 'a' && b[e+1] <= 'z' || b[e+1] == '%') {
			return false
		}
	case c == '.':
		if e+1 < len(b) && !lineBreak(b[e+1]) && b[e+1] != ' ' && b[e+1] != '"' {
			return false
		}
	case lineBreak(c):
		// "gnutls_x509_ext_import_proxy: Added": a ChangeLog's entry
		// is its verb alone; in lower case it may be an account
		if v[0]-'A' >= 26 {
			return false
		}
	default:
		return false
	}
	var lb [8]byte
	return proseLeads[string(lowerInto(lb[:0], v))]
}

// envHostName: v is an environment variable's name that holds a host, in
// capitals ("DB_HOST", "REDIS_HOSTNAME", "SQL_SERVER", "PGHOST",
// "API_ENDPOINT"), as a config template or a compose file writes it where
// the host goes. A machine's name is none of these: Windows refuses '_'
// in a computer name, and a NetBIOS one ending in HOST or SERVER after an
// underscore names no person ("KOFI-PC", "DESKTOP-7QK2L1M" and a
// lower-case "kofi_pc" still go).
func envHostName(v []byte) bool {
	if len(v) < 6 || len(v) > 64 {
		return false
	}
	us := -1
	for k, c := range v {
		switch {
		case c == '_':
			if k == 0 || v[k-1] == '_' {
				return false
			}
			us = k
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9' && k > 0:
		default:
			return false
		}
	}
	last := string(v[us+1:])
	if us < 0 {
		// one word: only PostgreSQL's and MySQL's own variables
		return last == "PGHOST" || last == "PGHOSTADDR" || last == "MYSQL_HOST"
	}
	switch last {
	case "HOST", "HOSTNAME", "HOSTS", "SERVER", "SERVERNAME", "SERVERS", "ADDR", "ADDRESS", "ENDPOINT", "FQDN", "DOMAIN", "URL", "URI", "DSN":
		return true
	}
	return false
}

// bracedGUID: {6A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}, as Windows writes ids.
func bracedGUID(v []byte) bool {
	return len(v) == 38 && v[0] == '{' && v[37] == '}' && isUUIDAt(v, 1)
}

// hex32At returns the bounds of a value of exactly 32 hex digits at p
// (after blanks or a quote), or vs == ve.
func hex32At(b []byte, p int) (vs, ve int) {
	for p < len(b) && (b[p] == ' ' || b[p] == '"') {
		p++
	}
	e := p
	for e < len(b) && e-p <= 32 && isHex(b[e]) {
		e++
	}
	if e-p != 32 || e < len(b) && (isAlnum(b[e]) || b[e] == '-') || pseudonymAt(b, p) {
		return p, p
	}
	return p, e
}

// authCode reports whether the query value at p reads as an OAuth
// authorization code: 10 or more URL bytes with a letter and a digit, not
// a hex number (code=0x80070005) or a word (code=ERR_TIMED_OUT).
func authCode(b []byte, p int) bool {
	e := p
	letter, digit := false, false
	for e < len(b) && e-p < 512 && (isAlnum(b[e]) || b[e] == '/' || b[e] == '-' || b[e] == '_' || b[e] == '.' || b[e] == '%') {
		letter = letter || isLetter(b[e])
		digit = digit || isDigit(b[e])
		e++
	}
	return e-p >= 10 && letter && digit && !(b[p] == '0' && b[p+1]|0x20 == 'x')
}

// digestRaw reports whether v, the start of Digest credentials, quotes a
// parameter's value with a bare quote (username="kai").
func digestRaw(v []byte) bool {
	k := bytes.Index(v, []byte(`="`))
	return k > 0 && v[k-1] != '\\'
}

// productPhrase reports whether v, the value of a token key, reads as a
// product or edition name rather than a credential: two to six words
// joined by single blanks, each a capitalised word ("Live", "Suite"), a
// short capitals one ("DJ", "LE") or a version number ("12", "2024.3"),
// at least one of them a capitalised word of three letters or more, and
// the first no auth scheme ("Bearer xyz", "Token Abc": credentials).
// A pseudonym stands for a word of it that a first pass replaced ("Live
// 12 Suite Sr <user-1>"): a named word of one byte, so that a second
// pass reads the phrase as the first did.
func productPhrase(v []byte) bool {
	// the first word is followed by a blank (two words at least), so
	// authSchemeEnd sees the scheme as it is written in a header
	if len(v) < 5 || bytes.IndexByte(v, ' ') < 0 || authSchemeEnd(v, 0) > 0 {
		return false
	}
	words, named, size := 0, false, len(v)
	for w := range bytes.SplitSeq(v, []byte{' '}) {
		words++
		switch {
		case words > 6 || len(w) == 0:
			return false
		case w[0] == '<' && pseudonymAt(w, 0) && bytes.IndexByte(w, '>') == len(w)-1:
			size -= len(w) - 1
			named = true
		case w[0] >= 'A' && w[0] <= 'Z' && len(w) >= 2 && allLowerLetters(w[1:]):
			if len(w) > 14 {
				return false
			}
			named = named || len(w) >= 3
		case len(w) <= 4 && allUpperLetters(w):
		case editionNumber(w):
		default:
			return false
		}
	}
	return words >= 2 && named && size <= 64
}

// lowerProse reports whether v starts with two words of lowercase
// letters, a status in prose ("Authorization: authorized for user ...",
// "Session: started at ..."): no token is written as words. (A value of
// an auth scheme, "Basic ...", starts with a capital.)
func lowerProse(v []byte) bool {
	k := 0
	for k < len(v) && k <= 16 && v[k] >= 'a' && v[k] <= 'z' {
		k++
	}
	if k < 2 || k > 16 || k+3 > len(v) || v[k] != ' ' {
		return false
	}
	e := k + 1
	for e < len(v) && v[e] >= 'a' && v[e] <= 'z' {
		e++
	}
	return e-k-1 >= 2 && (e == len(v) || v[e] == ' ')
}

func allLowerLetters(w []byte) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func allUpperLetters(w []byte) bool {
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// editionNumber: digits, or dotted groups of digits ("12", "2024.3"), with
// four digits at most in a group.
func editionNumber(w []byte) bool {
	for g := range bytes.SplitSeq(w, []byte{'.'}) {
		if len(g) == 0 || len(g) > 4 || !allDigits(g) {
			return false
		}
	}
	return true
}

// authSchemeEnd returns where the credentials start after an HTTP auth
// scheme word (Bearer, Basic...), or -1.
func authSchemeEnd(b []byte, p int) int {
	if p >= len(b) {
		return -1
	}
	// (most values start with none of the schemes' first letters: each
	// scheme is asked only when its first letter is there)
	c := lower(b[p])
	for _, w := range authSchemes {
		if w[0] == c {
			if e := matchFold(b, p, w); e > 0 {
				return e
			}
		}
	}
	return -1
}

var authSchemes = []string{"bearer ", "basic ", "digest ", "token ", "negotiate ", "ntlm ", "apikey ", "sso-key "}

// credentialsStart returns where the credentials start after the auth
// scheme at p: one authSchemeEnd knows, else another (otherSchemeEnd); -1
// when p starts none.
func credentialsStart(b []byte, p int) int {
	if e := authSchemeEnd(b, p); e > 0 {
		return e
	}
	return otherSchemeEnd(b, p)
}

// otherSchemeEnd returns where the credentials start when the header
// value at p is an auth scheme authSchemeEnd does not know followed by
// them, as RFC 7235 writes it ("SSWS 00QCjAl4…", "Splice-Token 8f7e…",
// "AWS4-HMAC-SHA256 Credential=…"): a word of letters, digits and '-'
// starting with a letter, one blank, then a token68 or auth-param run of
// 8 bytes or more holding a digit or '=' (prose after a word, "Pending
// approval", is no credential). Else -1.
// tokenShapedScheme: the word w before a blank in a header value reads as
// a credential itself rather than a scheme's name: more than four digits
// ("abcdef0123456789abcdef session=…"), or over 20 bytes with no '-' to
// join words. Scheme names are words ("SSWS", "Splice-Token",
// "AWS4-HMAC-SHA256").
func tokenShapedScheme(w []byte) bool {
	digits := 0
	for _, c := range w {
		if isDigit(c) {
			digits++
		}
	}
	return digits > 4 || len(w) > 20 && bytes.IndexByte(w, '-') < 0
}

func otherSchemeEnd(b []byte, p int) int {
	if p >= len(b) || !isLetter(b[p]) {
		return -1 // (asked below too: here before the word is read)
	}
	e := p
	for e < len(b) && e-p <= 32 && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_') {
		e++
	}
	if e-p < 2 || e-p > 32 || !isLetter(b[p]) || e+1 >= len(b) || b[e] != ' ' || tokenShapedScheme(b[p:e]) {
		return -1
	}
	s := e + 1
	if pseudonymAt(b, s) {
		return s // replaced before: scrubbing twice changes nothing
	}
	c := s
	mark := false
	for c < len(b) && (isAlnum(b[c]) || strings.IndexByte("-._~+/=", b[c]) >= 0) {
		mark = mark || isDigit(b[c]) || b[c] == '='
		c++
	}
	if c-s < 8 || !mark {
		return -1
	}
	return s
}

// opaqueAccountID reports whether v, the value of a user or customer id
// key that is not a number, is the account's id in the vendor's own
// terms ("u_8f3a2b1c", "kai.okonkwo", "8f3a2b1c9d"), as ScrubJSON replaces
// it: letters, digits and . _ - : starting with a letter or digit (or '_'
// and hex digits, CloudKit's), no
// generic account ("anonymous", "guest"). An address, a path, a SID
// or a UUID is left to the detectors of its shape.
func opaqueAccountID(v []byte) bool {
	if len(v) >= 17 && v[0] == '_' && allHex(v[1:]) {
		return true // CloudKit's user record name: "_4c9f1e8b…"
	}
	if len(v) < 3 || len(v) > 64 || !isAlnum(v[0]) || allDigits(v) || bytes.HasPrefix(v, []byte("S-1-")) {
		return false
	}
	for _, c := range v {
		if !isAlnum(c) && c != '.' && c != '_' && c != '-' && c != ':' {
			return false
		}
	}
	if len(v) == 36 && v[8] == '-' && v[13] == '-' {
		return false // a UUID: uuid or machine id, by its own detector
	}
	return !genericUsers[canonical(string(v))] && canonical(string(v)) != "anonymous"
}

// nsDataEnd returns where the NSData description at p ends: the old
// "<5f3c1e2d 4a6b8c9d …>" (groups of up to eight hex digits between single
// blanks, eight digits at least) or macOS 10.15's "{length = 32, bytes =
// 0x5f3c1e2d … 4c5d6e7f }" (its middle elided). Else -1.
func nsDataEnd(b []byte, p int) int {
	n := len(b)
	if b[p] == '<' {
		e, digits, group := p+1, 0, 0
		for e < n && e-p < 1024 {
			switch c := b[e]; {
			case isHex(c) && group < 8:
				digits++
				group++
			case c == ' ' && group > 0 && e+1 < n && isHex(b[e+1]):
				group = 0
			case c == '>' && group > 0 && digits >= 8:
				return e + 1
			default:
				return -1
			}
			e++
		}
		return -1
	}
	e := matchFold(b, p, "{length = ")
	if e < 0 {
		return -1
	}
	for e < n && isDigit(b[e]) {
		e++
	}
	if e = matchFold(b, e, ", bytes = 0x"); e < 0 {
		return -1
	}
	s := e
	for e < n && e-s < 256 && (isHex(b[e]) || b[e] == ' ' || b[e] == '.') {
		e++
	}
	if e-s < 8 || e >= n || b[e] != '}' {
		return -1
	}
	return e + 1
}

func bytesContainsAny(v []byte, chars string) bool {
	for _, c := range v {
		if strings.IndexByte(chars, c) >= 0 {
			return true
		}
	}
	return false
}

func bytesCount(v []byte, c byte) int {
	n := 0
	for _, x := range v {
		if x == c {
			n++
		}
	}
	return n
}

// classify is classifyKey with a per-scanner cache: logs repeat their keys.
// Callers pass only keys rawKeyword let through.
func (sc *scanner) classify(nk []byte) string {
	if allLowerHex(nk) && !(len(nk) == 6 && string(nk) == "bdaddr") {
		// hex dump offsets and addresses ("0040a1b0:"): every key word
		// classifyKey knows has a letter beyond f, and these would flood
		// the cache with one-off misses.
		return keyNone
	}
	if c, ok := sc.keyCache[string(nk)]; ok {
		return c
	}
	c := classifyKey(string(nk))
	if sc.keyCache == nil {
		sc.keyCache = map[string]string{}
	}
	if len(sc.keyCache) < 4096 {
		sc.keyCache[string(nk)] = c
	}
	return c
}

func allLowerHex(k []byte) bool {
	for _, c := range k {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// keyTrigrams holds the first three letters of every keyword classifyKey
// matches (exactly, as prefix, suffix or substring), indexed by
// (a*26+b)*26+c. A key with none of them at any position is keyNone, so
// most log words ("12:01:02.003Z INFO engine:") skip both the cache and
// classifyKey. TestKeyTrigrams checks the list against classifyKey's
// source.
var keyTrigrams = func() (t [(26*26*26 + 63) / 64]uint64) {
	const words = "acc act adv air ano api app asp ass aut bea bin boo bui byp byt cdk cli cod com coo cra cre hom pac " +
		"csr cur deb dev dis dns dsn dsy ema enc esn for fqd ful gnu har hos hot hwi icc idf ima ime ins jse key " +
		"ess lcu lic loc log mac mai mas max mei mod mon net nic nod non osu otp own pas pdb php pin pla pri pro pwd " +
		"rea reg sec ser ses sid sig sli sor ssi sud sys tok tra udi uni upn use usr uui wif win wir wla wor xap xsr " +
		"hwa per phy bss eth blu bta cus pur eci dom dui sha psk wpa wep dhc " +
		"exp oau ken con mot sen wac los lse sal has adg jel hes ges loz idw idp par fsu wwn wwi vol " +
		"ste and ssa uid eui rui sui aui cus mem pla fsu oui bda lla dby fyi nan " +
		// rare ones of the name parts and phone keys: "fir", "las", "mid"
		// and "tel" would send "first_seen", "last_modified", "midi" and
		// "telemetry" to classify
		"stn giv lyn sur ddl vor nac pho mob isd gue " +
		// Win32_Service's StartName (the account a service runs as)
		"rtn " +
		// rare ones of the holder, location, fingerprint and foreign serial keys
		"lde ngn cit geo stc lco zip tud lng rpr mro arj ilo bsc pur " +
		// systeminfo's rows in French and Polish ("Nom de l’hôte", "Zarejestrowany właściciel")
		"lht zar " +
		// music and streaming services' account ids ("KUVO ID")
		"kuv dee twi " +
		// Dropbox's ids ("dbid:"), a Microsoft account's CID
		"dbi dbm dbt cid " +
		// Bluetooth LE pairing keys; Discord's "global_name"
		"ltk irk glo " +
		// Google Services Framework's id ("gsf_id"), AppsFlyer's ("afuid")
		"gsf afu " +
		// Twitch chat's room-id; Chromium's gaia_id
		"roo gai " +
		// who a project is shared with: "collaborator", "invitee"; a street
		"col inv str " +
		// a meeting's "organizer" ("organiser", "participant" and
		// "attendee" have theirs)
		"niz " +
		// macOS Contacts' "Me card"
		"mec " +
		// a support ticket's people (ticket.go): "Reporter", "Bcc",
		// "Caller", "Agent"
		"rte bcc lle gen fro ewe " +
		// a telephone's short keys ("Tel.", "Fax", "Cell", "Tlf")
		"tel fax cel tlf " +
		// a licence's holder and a serial in German and Portuguese
		// ("Lizenznehmer", "Número de série")
		"enz esr " +
		// ideviceinfo's IntegratedCircuitCardIdentity (an ICCID)
		"cir " +
		// a date of birth: "dob", "birthdate", "date_of_birth"
		"dob bir " +
		// a YouTube channel's id: "channelId"; Slack's "team" (slackTeamLine)
		"cha tea " +
		// a bare "address" (keyAddress); Get-ComputerInfo's CsName, CsCaption
		"add csn csc " +
		// a passwd row's comment field (dscacheutil's "gecos:"); the
		// journal's sequence number id ("__SEQNUM_ID")
		"gec seq " +
		// "User", "User name", "Account Name" and "Account Domain" in
		// other languages (Benutzer, Kontoname, Nom d'utilisateur, Usuario,
		// Utente, Gebruiker, Użytkownik, Kullanıcı, Användare, Bruger,
		// Käyttäjä, Uživatel)
		"ben kon anm uti nom usu ute geb uyt naz kul anv bru kyt uiv " +
		// "Device name" in Turkish (Cihaz adı), "Computer name" (Bilgisayar adı)
		"cih bil " +
		// "User name", "Computer name", "Device name" in vi (Tên người dùng,
		// Tên máy tính, Tên thiết bị, Tên đăng nhập), id (Nama pengguna),
		// sv (Datornamn), cs (Název počítače), fi (Tietokoneen nimi), hu
		"dng ytn itb nhp ngg amn nze nni szn gpn " +
		// "Full name" in tr (Ad Soyad), id (Nama lengkap), ms (Nama penuh),
		// vi (Họ và tên, Ho va ten), sw (Jina kamili), tl (Buong pangalan)
		"soy ngk nuh hvt hov jin uon " +
		// (French keys after an apostrophe: "Nom de l’appareil")
		"ord"
	for _, w := range strings.Fields(words) {
		i := (int(w[0]-'a')*26+int(w[1]-'a'))*26 + int(w[2]-'a')
		t[i/64] |= 1 << (i % 64)
	}
	return t
}()

// keyLetter: 0-25 for a letter of either case, 26 for a digit, 255 for
// what normKey drops.
var keyLetter = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = byte(c - 'a')
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c - 'A')
		case c >= '0' && c <= '9':
			t[c] = 26
		default:
			t[c] = 255
		}
	}
	return t
}()

// notPasswordPass: words ending in "pass" that name no password: a
// filter ("LowPass", "highpass"), a plug-in's or the kernel's bypass
// ("Speculative Store Bypass", "proxy_bypass", "FX Bypass"), a render or
// encoder pass ("second_pass"), and the plain words.
var notPasswordPass = []string{"bypass", "lowpass", "highpass", "bandpass", "allpass", "notchpass", "compass",
	"encompass", "surpass", "trespass", "overpass", "underpass", "multipass", "firstpass", "secondpass",
	"finalpass", "renderpass", "subpass", "onepass", "twopass", "singlepass"}

// passSuffix: a key ending in "pass" that names a password ("admin_pass",
// "WifiPass", "rootpass").
func passSuffix(k string) bool {
	if !strings.HasSuffix(k, "pass") {
		return false
	}
	for _, w := range notPasswordPass {
		if strings.HasSuffix(k, w) {
			return false
		}
	}
	return true
}

// publicFingerprint: a key naming the fingerprint of a certificate, which
// the server presents to everyone, or of an OS build.
func publicFingerprint(k string) bool {
	if strings.Contains(k, "build") {
		return true // Android's ro.build.fingerprint: the OS build
	}
	for _, p := range []string{"cert", "tls", "ssl", "x509", "server", "ca"} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// keyNext is rawKeyword's automaton over keyTrigrams. A state is a row of
// 32 entries, one per keyLetter: the last letter alone (rows 0-26, 26 for
// a digit or the start), or the last two when some trigram starts with
// them (the rows after). An entry is the next state's row*32, with
// keyHit set when the letter completes a trigram.
var keyNext = func() (t [1 << 14]uint16) {
	var row [27 * 27]uint16 // a*27+b: the pair's row, or 0 when no trigram starts with it
	rows := uint16(27)
	for w, m := range keyTrigrams {
		for ; m != 0; m &= m - 1 {
			i := w*64 + bits.TrailingZeros64(m)
			if p := i/(26*26)*27 + i/26%26; row[p] == 0 {
				row[p] = rows
				rows++
			}
		}
	}
	if int(rows)*32 > len(t) {
		panic("keyNext: too many keyword pairs")
	}
	for a := range 27 { // a, b: the pair a state stands for (a = 26: b alone)
		for b := range 27 {
			r := uint16(b)
			if a < 26 {
				if r = row[a*27+b]; r == 0 {
					continue
				}
			}
			for x := range 27 {
				next := uint16(x)
				if b < 26 && x < 26 && row[b*27+x] != 0 {
					next = row[b*27+x]
				}
				e := next * 32
				if i := (a*26+b)*26 + x; a < 26 && b < 26 && x < 26 && keyTrigrams[i/64]&(1<<(i%64)) != 0 {
					e |= keyHit
				}
				t[int(r)*32+x] = e
			}
		}
	}
	return t
}()

const keyHit = 1 << 15

// rawKeyword reports whether normKey(raw) holds a keyword trigram, without
// building the key, and the normalized length: most key phrases in logs
// hold no keyword.
//
//go:noinline (inlined, it costs its callers' loops registers)
func rawKeyword(raw []byte) (n int, hit bool) {
	s := uint(26 * 32) // the start: a digit before, as it were
	for _, c := range raw {
		x := uint(keyLetter[c])
		if x > 26 {
			continue // what normKey drops
		}
		n++
		if s = uint(keyNext[(s+x)&(1<<14-1)]); s&keyHit != 0 {
			return n, true
		}
	}
	return n, false
}

// rawKeyMemo remembers, for the raw keys keyValues read last, what
// rawKeyword, normKey and classify said of them: logs repeat their keys
// ("deck 2", "Mixer.java", "user") and the three cost more than a look-up.
// A slot per key (rawKeyIndex) holds the last key that fell there; a key
// longer than rawKeyMax gets the last slot, which holds no key. All three
// are functions of the key alone: a slot gives what they would.
type rawKeyMemo [256 + 1]rawKey

const rawKeyMax = 32

type rawKey struct {
	lo, hi     uint64 // keyWords of the key
	raw, nk    [rawKeyMax]byte
	rawN, nkN  uint8 // nkN: noNorm until normKey is asked for
	n          uint8 // rawKeyword's
	hit, known bool  // known: class holds classify's answer
	class      string
	colon      colonFacts // when colonKnown
	colonKnown bool
}

// colonFacts: what keyValues asks of a key before a ':' that classify
// knows nothing of: serviceAccountKey's class, and whether ticketPerson and
// socialHandle may read a value after it (their first test, on the key
// alone: ticketPeople, socialKeys).
type colonFacts struct {
	svc            string
	ticket, social bool
}

const noNorm = 255

// keyWords returns the first and the last eight bytes of key (a shorter
// key's bytes, zero-filled, and 0): with its length, they are all of a
// key of up to 16 bytes, compared in two words.
func keyWords(key []byte) (lo, hi uint64) {
	l := len(key)
	if l >= 8 {
		return binary.LittleEndian.Uint64(key), binary.LittleEndian.Uint64(key[l-8:])
	}
	if cap(key) >= 8 {
		// (a key is part of a buffer, which mostly goes on after it)
		return binary.LittleEndian.Uint64(key[:8]) & (1<<(8*l) - 1), 0
	}
	for i, c := range key {
		lo |= uint64(c) << (8 * i)
	}
	return lo, 0
}

// rawKeySlot returns key's slot in the memo, filled with rawKeyword's
// answer (its first use, or another key's before). The slot is key's
// until the next call: what is wanted of it is read before anything that
// may read another key.
func (sc *scanner) rawKeySlot(key []byte) *rawKey {
	l := len(key)
	if sc.rawKeys == nil || l > rawKeyMax {
		return sc.rawKeyFill(nil, key, 0, 0)
	}
	lo, hi := keyWords(key)
	// the slot: the top byte of a product of all three (Fibonacci hashing)
	const golden = 0x9E3779B97F4A7C15
	m := &sc.rawKeys[((lo^hi*golden^uint64(l))*golden)>>56]
	if int(m.rawN) == l && m.lo == lo && m.hi == hi && (l <= 16 || string(m.raw[:l]) == string(key)) {
		return m
	}
	return sc.rawKeyFill(m, key, lo, hi)
}

// rawKeyFill puts key (its keyWords lo, hi) in the slot m, or, m nil,
// where rawKeySlot finds it (the last slot for a long key).
//
//go:noinline (rawKeySlot's look-up keeps its registers)
func (sc *scanner) rawKeyFill(m *rawKey, key []byte, lo, hi uint64) *rawKey {
	if sc.rawKeys == nil {
		sc.rawKeys = new(rawKeyMemo)
	}
	if m == nil && len(key) > rawKeyMax {
		m = &sc.rawKeys[256]
		*m = rawKey{}
	} else if m == nil {
		return sc.rawKeySlot(key)
	}
	n, hit := rawKeyword(key)
	m.lo, m.hi = lo, hi
	m.rawN, m.nkN, m.n, m.hit, m.known, m.colonKnown = uint8(copy(m.raw[:], key)), noNorm, uint8(n), hit, false, false
	return m
}

// normKey is normKey(buf, key), key being the slot's.
func (m *rawKey) normKey(buf, key []byte) []byte {
	if m.nkN == noNorm {
		nk := normKey(buf, key)
		if len(key) > rawKeyMax {
			return nk
		}
		m.nkN = uint8(copy(m.nk[:], nk))
		return nk
	}
	if cap(buf) >= rawKeyMax {
		// (keyValues' buffer: one copy of a fixed size, no call)
		d := buf[:rawKeyMax]
		*(*[rawKeyMax]byte)(d) = m.nk
		return d[:m.nkN]
	}
	return append(buf[:0], m.nk[:m.nkN]...)
}

// colonFacts returns the slot's colonFacts, nk being its key's normKey.
func (m *rawKey) colonFacts(key, nk []byte) colonFacts {
	if !m.colonKnown {
		f := &m.colon
		f.svc = serviceAccountKey(key)
		_, f.social = socialKeys[string(nk)]
		f.ticket = len(nk) < 16 && ticketLens[nk[0]]>>len(nk)&1 != 0 && ticketPeople[string(nk)]
		f.social = f.social && len(nk) < 16 && socialLens[nk[0]]>>len(nk)&1 != 0
		m.colonKnown = true
	}
	return m.colon
}

// classify is sc.classify(nk), nk being the slot's key's normKey.
func (m *rawKey) classify(sc *scanner, nk []byte) string {
	if !m.known {
		m.class, m.known = sc.classify(nk), true
	}
	return m.class
}

// nameCaches: the outcomes of values (cacheName), a map per class
// (nameCacheClass), of 1024 values in all. A look-up by string(v) builds
// no string and hashes only the value.
type nameCaches struct {
	by [4]map[string]string
	n  int
}

// nameCacheClass returns the index of class's map in nameCaches: user,
// host and e-mail values, and "unc" (a UNC path's host).
func nameCacheClass(class string) int {
	switch class {
	case ClassUser:
		return 0
	case ClassHost:
		return 1
	case ClassEmail:
		return 2
	}
	return 3 // "unc"
}

// cachedName returns the outcome cached for the value v of class.
func (sc *scanner) cachedName(class string, v []byte) (string, bool) {
	canon, ok := sc.nameCache.by[nameCacheClass(class)][string(v)]
	return canon, ok
}

// cacheName remembers the outcome of a user or host value (canon, or ""
// when it is no name). Only values that are a plain name are cached:
// learning them again would change nothing.
func (sc *scanner) cacheName(class, raw, canon string) {
	c := &sc.nameCache
	m := &c.by[nameCacheClass(class)]
	if *m == nil {
		*m = map[string]string{}
	}
	if c.n < 1024 {
		if _, ok := (*m)[raw]; !ok {
			c.n++
		}
		(*m)[raw] = canon
	}
}

// isAbsPath: /x, ~/x, C:\x, C:/x, \\server\x.
func isAbsPath(v []byte) bool {
	if len(v) == 0 {
		return false
	}
	switch {
	case v[0] == '/' || v[0] == '~' || v[0] == '\\':
		return true
	case len(v) >= 3 && isLetter(v[0]) && v[1] == ':' && (v[2] == '\\' || v[2] == '/'):
		return true
	}
	return false
}

// homeValue handles HOME=/some/tree/home/NAME: NAME is the user even when
// the home folders are not at the root (/usr/local/google/home/NAME,
// /nfs/homes/NAME), where the path detector does not look. Other layouts
// (an app container's HOME=/Users/x/.../Application/<uuid>) are left to
// the path detector.
func (sc *scanner) homeValue(vs, ve int) {
	b := sc.b
	for ve > vs && (b[ve-1] == '/' || b[ve-1] == '\\') {
		ve--
	}
	k := ve
	for k > vs && b[k-1] != '/' && b[k-1] != '\\' {
		k--
	}
	if k <= vs || k >= ve || pseudonymAt(b, k) {
		return // (a home replaced before: HOME="\\Users\\<user-1>")
	}
	ps := k - 1
	for ps > vs && b[ps-1] != '/' && b[ps-1] != '\\' {
		ps--
	}
	if parent := b[ps : k-1]; eqLower(parent, "home") || eqLower(parent, "homes") || eqLower(parent, "users") {
		sc.userSegment(k, ve)
	} else {
		sc.otherHome(vs, k, ve) // HOME=/srv/dj/yaa (homes.go)
	}
}

// domainWordAt reports whether a domain name ("ceol-records.ie") starts
// at p and ends a list item or the line: the next item of a list of
// hosts written with blanks.
func domainWordAt(b []byte, p int) bool {
	e, dot := p, false
	for e < len(b) && e-p <= 253 && (isDomainChar(b[e])) {
		dot = dot || b[e] == '.'
		e++
	}
	return e > p && dot && isAlnum(b[p]) && (e == len(b) || b[e] <= ' ' || b[e] == ',' || b[e] == ';')
}

// proxyHosts replaces every host in a proxy setting: URLs
// (http://u:p@proxy.corp:3128/x.pac), host[:port] and NO_PROXY lists
// (.corp.example.com,localhost,10.0.0.0/8). Addresses are left to the IP
// detector and user info to the URL-credential detector.
func (sc *scanner) proxyHosts(vs, ve int) {
	b := sc.b
	if proseValue(b, vs, ve) {
		return // "proxy: failed to connect", "Proxy: Connection refused"
	}
	if requestLine(b[vs:ve]) || hostProse(b, vs) {
		// "WantProxy: \"POST / HTTP/1.1": a request; a changelog's
		// "proxy: username/password as str compatible with pysocks"
		return
	}
	p := vs
	for p < ve {
		for p < ve && (b[p] == ',' || b[p] == ';' || b[p] == ' ' || b[p] == '|') {
			p++
		}
		e := p
		for e < ve && b[e] != ',' && b[e] != ';' && b[e] != ' ' && b[e] != '|' {
			e++
		}
		if hs, he := urlHost(b, p, e); he > hs && !hostCodeValue(b, hs, he) && bytes.IndexByte(b[p:e], '(') < 0 {
			sc.hostSpan(hs, he)
		}
		p = e
	}
}

// slashDate: v is a date written with slashes, 12/04/2026 or 2026/12/04.
func slashDate(v []byte) bool {
	if len(v) < 8 || len(v) > 10 || bytes.Count(v, []byte{'/'}) != 2 {
		return false
	}
	for _, c := range v {
		if !isDigit(c) && c != '/' {
			return false
		}
	}
	return true
}

// proseValue: the value b[vs:ve] of a host or proxy key is a word of a
// sentence, not a name: letters alone, and the line goes on in words
// after it ("proxy: failed to connect to upstream", "Proxy: Connection
// refused"), or a state ("HTTP Proxy: Disabled"). A host list goes on
// after ',' or in names with dots, which the value already took.
func proseValue(b []byte, vs, ve int) bool {
	v := b[vs:ve]
	if skipValue(v, ClassHost) || isGenericHost(string(v)) {
		return true
	}
	for _, c := range v {
		if !isLetter(c) && c != '-' {
			return false
		}
	}
	return ve+1 < len(b) && b[ve] == ' ' && isLetter(b[ve+1])
}

// urlHost returns the host of the URL or host[:port] item b[p:e]:
// scheme, user info, a leading "*." or ".", port and path excluded.
func urlHost(b []byte, p, e int) (int, int) {
	if k := bytes.Index(b[p:e], []byte("://")); k >= 0 {
		p += k + 3
	}
	he := p
	for he < e && b[he] != '/' && b[he] != '?' && b[he] != '#' {
		he++
	}
	if k := bytes.LastIndexByte(b[p:he], '@'); k >= 0 {
		p += k + 1
	}
	for p < he && (b[p] == '*' || b[p] == '.') {
		p++
	}
	if p < he && b[p] == '[' {
		return p, p // IPv6 literal: the IP detector's
	}
	if k := bytes.IndexByte(b[p:he], ':'); k >= 0 {
		he = p + k
	}
	return p, he
}

// hostSpan learns and replaces a host name found by its position, unless
// it is an address, a generic name or allowed.
func (sc *scanner) hostSpan(hs, he int) {
	h := sc.b[hs:he]
	if len(h) < 2 || h[0] == '<' {
		return
	}
	letter := false
	for _, c := range h {
		if !isDomainChar(c) && c != '_' {
			return
		}
		if isLetter(c) {
			letter = true
		}
	}
	name := string(h)
	if !letter || isGenericHost(name) || sc.s.allowed(name) {
		return
	}
	sc.learnHost(name)
	sc.add(hs, he, ClassHost, canonical(name))
}

// internalLabels name private DNS zones: a host with one of them is a site
// identifier, not a public service.
var internalLabels = map[string]bool{
	"corp": true, "internal": true, "intranet": true, "lan": true, "local": true,
	"home": true, "localdomain": true, "intra": true, "private": true,
}

// internalHost reports whether a dotted host name lies in a private zone:
// its last label is one (printer.lan, nas.home, db.internal) or a label
// before the last two is (proxyconfig.corp.google.com).
func internalHost(h []byte) bool {
	if bytes.IndexByte(h, '.') < 0 {
		return false
	}
	labels := bytes.Split(h, []byte("."))
	n := len(labels)
	var lb [16]byte
	for k, l := range labels {
		if len(l) < 3 || len(l) > 11 || (k >= n-2 && k != n-1) {
			continue
		}
		if internalLabels[string(normKey(lb[:0], l))] {
			return k == n-1 || k < n-2
		}
	}
	return n >= 3 && !bytes.EqualFold(labels[0], []byte("www")) &&
		dynamicDNSZones[asciiLower(string(h[len(h)-len(labels[n-2])-len(labels[n-1])-1:]))]
}

// dynamicDNSZones are the zones of dynamic DNS services and of routers'
// and NAS boxes' remote access: a name in one is someone's home machine
// or stream ("kai-radio.duckdns.org", "x1y2z3.myfritz.net"), however
// public it resolves.
var dynamicDNSZones = wordSet(`duckdns.org ddns.net no-ip.org no-ip.biz no-ip.info hopto.org zapto.org sytes.net
	myftp.org myftp.biz serveftp.com servebeer.com redirectme.net dyndns.org dyndns.info dynu.net dynu.com
	dynv6.net dedyn.io freeddns.org mooo.com afraid.org myfritz.net synology.me myds.me diskstation.me
	quickconnect.to asuscomm.com tplinkdns.com mynetgear.com ddnss.de spdns.de dnshome.de freeboxos.fr
	ts.net`)

// urlHosts replaces internal host names in the URLs of a word
// (https://wiki.corp.example.com/x): public hosts stay.
func (sc *scanner) urlHosts(i, j int) {
	b := sc.b
	off, restDone := i, i
	for {
		k := bytes.Index(b[off:j], []byte("://"))
		if k < 0 {
			return
		}
		s := off + k + 3
		e := s
		for e < j && b[e] != '/' && b[e] != '?' && b[e] != '#' && b[e] != '\\' {
			e++
		}
		hs, he := urlHost(b, off+k, e)
		if he > hs && internalHost(b[hs:he]) {
			sc.hostSpan(hs, he)
		}
		if e < j && b[e] == '/' {
			sc.webhook(b[hs:he], e, j)
			sc.profileHandle(b[hs:he], e, j)
			sc.siteAccount(b[hs:he], e, j) // "youtube.com/channel/UC…", "steamcommunity.com/id/x" (djapps.go)
			if he > hs && e >= restDone {
				// the path's ids to the word's end, once: those of each
				// URL after this one are among them (a word of a
				// thousand URLs read its rest at each)
				sc.restAccountIDs(e, j)
				sc.peoplePath(e, j) // "https://example.com/people/kofi.mensah" (webpeople.go)
				restDone = j
			}
			if sch := off + k; sch-i >= 4 && (b[sch-1]|0x20 == 'p' || b[sch-1]|0x20 == 's') && (matchFold(b, sch-4, "rtmp") == sch || sch-i >= 5 && matchFold(b, sch-5, "rtmps") == sch) {
				sc.rtmpKey(e, j)
			}
		}
		off = e
		if off >= j {
			return
		}
	}
}

// profileSites are sites whose first path segment is a person's handle
// (https://soundcloud.com/mai-nguyen-dj): DJs link their own profiles,
// and streaming integrations log them. at: the handle starts with '@'
// (youtube.com/@kai, tiktok.com/@kai). Code hosts are not among them:
// their paths name projects (and Go symbols: github.com/x/y.F).
var profileSites = map[string]bool{ // host -> at
	"soundcloud.com": false, "mixcloud.com": false, "twitter.com": false, "x.com": false,
	"instagram.com": false, "facebook.com": false, "twitch.tv": false, "youtube.com": true, "tiktok.com": true,
	// DJs' mix sites; a Bandcamp fan's collection (bandcamp.com/NAME)
	"hearthis.at": false, "audiomack.com": false, "bandcamp.com": false,
}

// userPathSites are sites whose accounts are one segment in, after the
// given one (https://open.spotify.com/user/kofimensah/playlists).
var userPathSites = map[string]string{
	"open.spotify.com": "/user/", "last.fm": "/user/", "discogs.com": "/user/",
}

// profileReserved are first path segments of those sites that are pages,
// not people.
var profileReserved = wordSet(`home search explore discover stream you charts upload login logout signup settings i
	intent share sharer sharer.php dialog p reel reels tv stories accounts watch channel c embed oembed api v1 v2
	hashtag directory videos pages groups events help about terms privacy jobs notifications messages tags live
	popular feed player widget oauth connect authorize pro go plans select mobile download apps static assets
	favicon.ico robots.txt sitemap.xml tos legal compose results shorts feeds playlist login.php profile.php
	settings.php r s music discover_weekly tag artists fans daily gift_cards terms_of_use guide`)

// profileHandle learns and replaces the handle in the path at p of a URL
// on host h (see profileSites).
func (sc *scanner) profileHandle(h []byte, p, j int) {
	host := string(h)
	// (not "api.": an API's first segment is its own path, "/oauth2/token")
	for _, pre := range []string{"www.", "m.", "mobile."} {
		if len(host) > len(pre) && eqLower([]byte(host[:len(pre)]), pre) {
			host = host[len(pre):]
			break
		}
	}
	b := sc.b
	s := p + 1
	at, ok := profileSites[asciiLower(host)]
	if seg, ok2 := userPathSites[asciiLower(host)]; ok2 {
		// open.spotify.com/user/NAME: the account one segment in
		if e := matchFold(b, p, seg); e < 0 || e >= j {
			return
		} else {
			s, at, ok = e, false, true
		}
	}
	if !ok {
		return
	}
	if at {
		if s >= j || b[s] != '@' {
			return
		}
		s++
	}
	e := s
	for e < j && e-s <= 64 && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_' || b[e] == '.') {
		e++
	}
	if e-s < 2 || e-s > 64 || e < j && b[e] != '/' && b[e] != '?' && b[e] != '#' || pseudonymAt(b, s) {
		return
	}
	sc.siteHandle(s, e)
}

// siteHandle learns and replaces the account b[s:e] a site's path names
// (profileHandle, peoplePath) unless it is one of the sites' pages
// (profileReserved), reads as no name, is a generic account's or is
// allowed. It reports whether it did.
func (sc *scanner) siteHandle(s, e int) bool {
	name := string(sc.b[s:e])
	if profileReserved[asciiLower(name)] || !plausibleName(name) || isGenericUser(name) || sc.s.allowed(name) {
		return false
	}
	// the handle whole, not its parts: handles are made of words
	// ("the-music-lab")
	canon := canonical(name)
	sc.learnLiteral(ClassUser, canon, name, true)
	sc.add(s, e, ClassUser, canon)
	return true
}

// accountCollections are REST path segments whose next segment is an
// account's id (https://api.example.com/v2/users/882731/crates).
var accountCollections = []string{"/users/", "/user/", "/accounts/", "/account/", "/profiles/", "/members/", "/customers/"}

// restAccountIDs replaces account ids in the path [p, j) of a web URL: a
// segment after an account collection that holds a digit (names are
// left to the other detectors: "/users/me", "/users/search"). Each '/' is
// asked, the last of a collection too ("/accounts/users/882731"): what
// it finds from p is what it finds from any later start (urlHosts asks
// once per word).
func (sc *scanner) restAccountIDs(p, j int) {
	b := sc.b
	for q := p; q < j; q++ {
		if b[q] != '/' || q+6 >= j {
			continue
		}
		for _, c := range accountCollections {
			e := matchFold(b, q, c)
			if e < 0 || e > j {
				continue
			}
			ve := e
			digit := false
			for ve < j && ve-e <= 64 && (isAlnum(b[ve]) || b[ve] == '-' || b[ve] == '_') {
				digit = digit || isDigit(b[ve])
				ve++
			}
			if ve-e >= 3 && digit && (ve == j || b[ve] == '/' || b[ve] == '?' || b[ve] == '#') && !pseudonymAt(b, e) && !sc.s.allowed(string(b[e:ve])) {
				sc.add(e, ve, ClassUser, string(b[e:ve]))
			}
			break
		}
	}
}

// webhook replaces the secret path of a chat webhook URL, whose host is
// h and whose path starts at p: whoever has it can post
// (https://hooks.slack.com/services/T…/B…/SECRET, Discord's
// /api/webhooks/ID/TOKEN).
func (sc *scanner) webhook(h []byte, p, j int) {
	b := sc.b
	s := -1
	switch {
	case eqLower(h, "hooks.slack.com"):
		s = matchFold(b, p, "/services/")
	case eqLower(h, "discord.com") || eqLower(h, "discordapp.com") || bytes.HasSuffix(h, []byte(".discord.com")):
		s = matchFold(b, p, "/api/webhooks/")
	}
	if s < 0 || s > j {
		return
	}
	e := s
	for e < j && (isTokChar(b[e]) || b[e] == '/') {
		e++
	}
	if e-s >= 10 && !pseudonymAt(b, s) {
		sc.tokenSpan(s, e)
	}
}

// directoryUID: a Unix uid of 65536 or more and not "unset" (see
// keyUnixUID).
// steamID64 reports whether v is a Steam account's 64-bit id, 17
// digits from 76561197960265728 (individual accounts, universe 1): the
// account wherever it stands ("GetSteamID returned 7656…"), as no other
// number of that length starts so.
func steamID64(v []byte) bool {
	return len(v) == 17 && string(v[:7]) == "7656119" && allDigits(v)
}

// deviceProductAt reports whether the value at p, after a "Device Name"
// key, names a product rather than a machine: words with blanks between
// (a machine's name has none: "Traktor Kontrol S4 MK3", "Speakers
// (Realtek(R) Audio)"), or one followed by DxDiag's "Attached:" line of
// an input device ("Device Name: Mouse").
func (sc *scanner) deviceProductAt(p int) bool {
	b, seen := sc.b, &sc.devWord
	for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	e := p
	if sc.lineRead&64 != 0 && p > seen.s && p < seen.e {
		e = seen.e // (in the word read last: "device_name:device_name:…" read its rest at each key)
	} else {
		for e < len(b) && b[e] > ' ' {
			e++
		}
		seen.s, seen.e = p, e
		sc.lineRead |= 64
	}
	if e == p {
		return false
	}
	if e+1 < len(b) && b[e] == ' ' && (isAlnum(b[e+1]) || b[e+1] == '(' || pseudonymAt(b, e+1)) {
		return true // (a pseudonym: a word a first pass replaced, "Kofame: <user-1>'s iPhone")
	}
	for e < len(b) && (b[e] == ' ' || b[e] == '\r') {
		e++
	}
	if e >= len(b) || b[e] != '\n' {
		return false
	}
	for e++; e < len(b) && b[e] == ' '; e++ {
	}
	return matchFold(b, e, "attached:") > 0
}

// wwnEnd returns where a world-wide name as smartctl groups it (the NAA
// digit, the 6-digit OUI, the 9-digit id, blanks between) at p ends, or
// -1.
func wwnEnd(b []byte, p int) int {
	e := p
	for _, n := range []int{1, 6, 9} {
		if e > p {
			if e >= len(b) || b[e] != ' ' {
				return -1
			}
			e++
		}
		if e+n > len(b) || !allHex(b[e:e+n]) {
			return -1
		}
		e += n
	}
	if e < len(b) && isAlnum(b[e]) {
		return -1
	}
	return e
}

// numberEnd returns where the digits at p end (p: none there).
func numberEnd(b []byte, p int) int {
	for p < len(b) && isDigit(b[p]) {
		p++
	}
	return p
}

func directoryUID(v []byte) bool {
	if len(v) < 5 || len(v) > 10 || !allDigits(v) || v[0] == '0' {
		return false
	}
	n := 0
	for _, c := range v {
		n = n*10 + int(c-'0')
	}
	return n >= 65536 && n < 4294967294
}

// pkgName: a key that reads as a package name rather than a setting:
// npm's "next-auth" and "@auth0/auth0-react", PyPI's "google-auth". A
// '_' is no sign: settings are spelled so ("api_key", "client_secret").
func pkgName(key []byte) bool {
	for _, c := range key {
		if c == '-' || c == '/' || c == '@' {
			return true
		}
	}
	return false
}

// pkgVersionClass: a key class whose value may be a package's version
// when the key is a package name ("jsonwebtoken", "cookie-parser",
// "node-machine-id", "email-validator"): every summary class. The key
// classes that resolve from the value decide for themselves.
func pkgVersionClass(class string) bool {
	return class != keyNone && class != keyKeep && !metaKey(class)
}

// strictVersionKey: a password key proper ("db-password", "admin-pass"):
// "1.2.3" could be a (poor) password, so under it only a version range
// ("^1.7.1", ">=2") or a dependencies object keeps the value. Under the
// other keys a bare version stays too: a token, key or secret never has
// that shape.
func strictVersionKey(nk []byte) bool {
	return bytes.Contains(nk, []byte("pass")) || bytes.Contains(nk, []byte("pwd"))
}

// versionValue reads the value after the separator at p (blanks, then a
// quoted string or a bare word) and returns where it ends when it is a
// version spec to keep under a package-name key of class, or -1.
func (sc *scanner) versionValue(p int, class string, nk []byte) int {
	b := sc.b
	for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	if p >= len(b) {
		return -1
	}
	vs, ve, end := p, p, p
	if q := b[p]; q == '"' || q == '\'' {
		vs = p + 1
		ve = vs
		for ve < len(b) && ve-vs <= 64 && b[ve] != q && b[ve] != '\\' && b[ve] != '\n' {
			ve++
		}
		if ve >= len(b) || b[ve] != q {
			return -1
		}
		end = ve + 1
	} else {
		for ve < len(b) && ve-vs <= 64 && !(b[ve] <= ' ' || b[ve] == ',' || b[ve] == ';' || b[ve] == '}' || b[ve] == ']' || b[ve] == ')' || b[ve] == '"' || b[ve] == '\'' || b[ve] == '&' || b[ve] == '\\') {
			ve++
		}
		end = ve
	}
	ok, op := versionSpec(b[vs:ve])
	if !ok || !op && class == ClassPassword && strictVersionKey(nk) {
		return -1
	}
	return end
}

// versionSpec reports whether v is a version or a version range as
// package manifests write them: "2.23.0", "^4.24.5", "~7.9", ">=4.0.1 <5",
// "^1.0.0 || ^2.0.0", "1.0.0-beta.2", "*", "latest"; op: a range operator
// is in it. The shape is narrow: at most three numeric parts (an IPv4
// address has four), a pre-release of short words and numbers (no hex
// run a token could hide in), at least one dot or an operator (a bare
// number is no version here).
func versionSpec(v []byte) (ok, op bool) {
	if len(v) == 0 || len(v) > 64 {
		return false, false
	}
	if string(v) == "*" || string(v) == "latest" {
		return true, true
	}
	k := 0
	for {
		// operator
		o := k
		for k < len(v) && (v[k] == '^' || v[k] == '~' || v[k] == '>' || v[k] == '<' || v[k] == '=' || v[k] == '!') {
			k++
		}
		if k-o > 2 {
			return false, false
		}
		hasOp := k > o
		op = op || hasOp
		if hasOp && k < len(v) && v[k] == ' ' {
			k++
		}
		if k < len(v) && v[k] == 'v' {
			k++
		}
		// numeric core: N(.N|.x|.*){0,2}
		dots := 0
		for part := 0; ; part++ {
			s := k
			if part > 0 && k < len(v) && (v[k] == 'x' || v[k] == '*') {
				k++
			} else {
				for k < len(v) && isDigit(v[k]) && k-s < 8 {
					k++
				}
				if k == s {
					return false, false
				}
			}
			if k+1 < len(v) && v[k] == '.' && part < 2 {
				k++
				dots++
				continue
			}
			break
		}
		if dots == 0 && !hasOp {
			return false, false
		}
		// pre-release or build: -beta.2, -rc1, +build.5
		if k+1 < len(v) && (v[k] == '-' || v[k] == '+') && isAlnum(v[k+1]) {
			k++
			s := k
			for {
				w := k
				for k < len(v) && isLetter(v[k]) && k-w < 12 {
					k++
				}
				d := k
				for k < len(v) && isDigit(v[k]) && k-d < 8 {
					k++
				}
				if k == w || d > w && k-d > 4 {
					return false, false
				}
				if k+1 < len(v) && v[k] == '.' && k-s < 20 {
					k++
					continue
				}
				break
			}
			if k-s > 24 {
				return false, false
			}
		}
		if k == len(v) {
			return true, op
		}
		// the next spec of a range: " ", " || ", ", "
		switch {
		case v[k] == ' ' && k+4 < len(v) && v[k+1] == '|' && v[k+2] == '|' && v[k+3] == ' ':
			k += 4
		case v[k] == ',' && k+1 < len(v) && v[k+1] == ' ':
			k += 2
		case v[k] == ' ' || v[k] == ',':
			k++
		default:
			return false, false
		}
	}
}

// serialPort: a serial port's name, which names the kind of port and its
// number on this machine, no device: COM3 (also \\.\COM12), /dev/ttyUSB0,
// /dev/ttyACM0, /dev/ttyS0, /dev/ttyAMA0. Narrow: a name longer than
// that (macOS's /dev/tty.usbserial-A6008isP, /dev/serial/by-id/…) may
// hold the adapter's serial number.
func serialPort(v []byte) bool {
	if len(v) > 4 && v[0] == '\\' && v[1] == '\\' && v[2] == '.' && v[3] == '\\' {
		v = v[4:]
	}
	k := 0
	switch {
	case len(v) >= 4 && eqLower(v[:3], "com"):
		k = 3
	case len(v) >= 9 && string(v[:8]) == "/dev/tty":
		k = 8
		for k < len(v) && k < 14 && isLetter(v[k]) {
			k++
		}
	default:
		return false
	}
	d := k
	for k < len(v) && isDigit(v[k]) {
		k++
	}
	return k == len(v) && k-d <= 3 && (k > d || d > 8)
}

// literalCallValue: the value at vs under a user key is a call or an
// index in an indented struct or object literal's field, as Go's and
// JavaScript's sources write one ("\t\tUsername: _C_GoString(_C_pw_name(pwd)),",
// "\t\t\tUsername: parts[0],"): an identifier (codeValue) whose brackets
// close before the field's ','. An account on a log's line ("Username:
// kofi(admin)") opens no indented line.
func literalCallValue(b []byte, vs int) bool {
	if vs >= len(b) || !lowerByte(b[vs]) && b[vs] != '_' || !codeValue(b, vs) {
		return false
	}
	depth := 0
	for e := vs; e < len(b) && e-vs < 256; e++ {
		switch b[e] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth--; depth == 0 {
				if e+1 >= len(b) || b[e+1] != ',' {
					return false
				}
				s := vs
				for s > 0 && vs-s < 256 && !lineBreak(b[s-1]) {
					s--
				}
				return s < len(b) && (b[s] == '\t' || s+1 < len(b) && b[s] == ' ' && b[s+1] == ' ')
			}
		default:
			if lineBreak(b[e]) {
				return false
			}
		}
	}
	return false
}

// codeValue reports whether the text at p, the right side of a spaced
// " = ", is code rather than a value: the source lines tracebacks quote
// ("user = cache[key]", "token = self._get_token()", "password =
// getpass()"). Code here is an identifier or a dotted chain of them
// (optionally after "await ", "yield " or "not ") called or indexed, its
// brackets closed on the same line and followed by nothing, a blank or
// more syntax (".strip()", ")", ","). Narrow on purpose: a config
// dump's "user = zoe.k" or "password = hunter2" has no bracket, and a
// value that merely holds one ("Secret(123)x", "Hunter2(") is not closed
// that way, so both are still replaced. Only a value shaped exactly like
// a call ("password = Secret(123)") would pass for code.
func codeValue(b []byte, p int) bool {
	for _, kw := range [...]string{"await ", "yield ", "not "} {
		if p+len(kw) < len(b) && string(b[p:p+len(kw)]) == kw {
			p += len(kw)
			break
		}
	}
	k := p
	for {
		s := k
		if k >= len(b) || !(isLetter(b[k]) || b[k] == '_') {
			return false
		}
		for k < len(b) && (isAlnum(b[k]) || b[k] == '_') && k-s < 64 {
			k++
		}
		if k < len(b) && b[k] == '.' {
			k++
			continue
		}
		break
	}
	if k >= len(b) || b[k] != '(' && b[k] != '[' {
		return false
	}
	depth := 0
	for e := k; e < len(b) && e-k < 512; e++ {
		switch b[e] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth > 0 {
				continue
			}
			e++
			if e == len(b) || lineBreak(b[e]) {
				return true
			}
			switch b[e] {
			case ' ', '\t', ')', ']', ',', ':', '.', '[', '(':
				return true
			case '\\':
				// the line break of a JSON-escaped traceback
				return e+1 < len(b) && (b[e+1] == 'n' || b[e+1] == 'r' || b[e+1] == 't' || b[e+1] == '"')
			}
			return false
		case '\\':
			if e+1 < len(b) && (b[e+1] == 'n' || b[e+1] == 'r') {
				return false // a JSON-escaped line break: the line ended open
			}
		default:
			if lineBreak(b[e]) {
				return false
			}
		}
	}
	return false
}

// secretRef returns where the reference at p (after blanks) ends when the
// value there reads the secret from elsewhere, as code and shells write
// one: an environment variable, a settings object, a secret store
// (os.environ["DB_PASS"], os.getenv("API_TOKEN"), process.env.SECRET,
// System.getenv("DB_PASS"), ENV['SECRET_KEY_BASE'], settings.DB_PASSWORD);
// or -1. Such a reference is a chain of names, members, calls and
// subscripts, one name of which reads secrets (refWords), ending the
// value: a password is no such chain. (A shell's, ${API_KEY} or $(cat
// /run/secrets/db), is a placeholder to skipValue.)
func secretRef(b []byte, p int) int {
	for k := 0; k < 4 && p < len(b) && (b[p] == ' ' || b[p] == '\t'); k++ {
		p++
	}
	if p+4 >= len(b) || !isLetter(b[p]) && b[p] != '_' {
		return -1
	}
	e := refChain(b, p)
	if e < 0 || e < len(b) && !refEnd[b[e]] {
		return -1
	}
	return e
}

// refEnd: the bytes that may follow a value (blanks, separators, quotes,
// a JSON escape's backslash).
var refEnd = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, 0: true, ',': true, ';': true, ')': true, '}': true,
	']': true, '"': true, '\'': true, '\\': true, '|': true}

// closeAt returns the byte after the bracket that closes the one at p
// (nested ones counted, 256 bytes at most, on one line), or -1.
func closeAt(b []byte, p int) int {
	depth := 0
	for e := p; e < len(b) && e-p < 256; e++ {
		switch b[e] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth--; depth == 0 {
				return e + 1
			}
		case '\n', '\r':
			return -1
		}
	}
	return -1
}

// refChain returns where the chain of names at p ends (os.environ.get(…),
// process.env.SECRET, ENV['X']) when it has two parts or more and one of
// its names reads secrets (refWords); or -1.
func refChain(b []byte, p int) int {
	e, n, parts := p, 0, 0
	var names [8][2]int // (looked up only for a chain: most values are none)
	for e-p < 256 {
		s := e
		for e < len(b) && (isAlnum(b[e]) || b[e] == '_') && e-s < 64 {
			e++
		}
		if e == s || n == len(names) {
			return -1
		}
		names[n] = [2]int{s, e}
		n++
		parts++
		for e < len(b) && (b[e] == '(' || b[e] == '[') {
			if e = closeAt(b, e); e < 0 {
				return -1
			}
			parts++
		}
		if e+1 < len(b) && b[e] == '.' && (isLetter(b[e+1]) || b[e+1] == '_') {
			e++
			continue
		}
		break
	}
	if parts < 2 {
		return -1
	}
	for _, w := range names[:n] {
		if refWords[string(b[w[0]:w[1]])] {
			return e
		}
	}
	return -1
}

// refWords are the names through which code reads a secret kept
// elsewhere: the environment, settings, a secret store.
var refWords = wordSet(`environ getenv Getenv GetEnv LookupEnv GetEnvironmentVariable env ENV Env secrets settings
	getpass keyring get_password vault credentials getProperty`)

// refDefault replaces the literal default a reference to a secret holds
// (os.getenv("DB_PASS", "hunter2"): the secret written in the code), the
// reference [p, e): the last quoted string after a comma.
func (sc *scanner) refDefault(p, e int, class string) {
	b := sc.b
	k := bytes.LastIndexByte(b[p:e], ',')
	if k < 0 || class == keyKeep || class == keyNone {
		return
	}
	s := p + k + 1
	for s < e && b[s] == ' ' {
		s++
	}
	if s >= e || b[s] != '"' && b[s] != '\'' {
		return
	}
	q := bytes.IndexByte(b[s+1:e], b[s])
	if q < 3 || skipValue(b[s+1:s+1+q], class) {
		return
	}
	switch class {
	case ClassPassword, ClassToken:
		sc.add(s+1, s+1+q, class, string(b[s+1:s+1+q]))
	}
}

// spacedQuoted handles a key and a quoted value with only blanks between
// them: Valve's KeyValues ("AccountName"\t\t"kai", loginusers.vdf) and
// git config's user.name "Kai Okonkwo". The key is the word [i, j);
// only account keys count. It returns where the value ends, or -1.
func (sc *scanner) spacedQuoted(i, j int) int {
	b := sc.b
	if j-i < 8 || j-i > 16 {
		return -1
	}
	quoted := i > 0 && b[i-1] == '"' && b[j] == '"'
	var kb [24]byte
	nk := normKey(kb[:0], b[i:j])
	class := ""
	switch {
	case string(nk) == "accountname" || string(nk) == "personaname":
		class = ClassUser
	case string(b[i:j]) == "user.name" && sc.lineHas(i, "git"):
		class = ClassUser
	case quoted && (string(nk) == "username" || string(nk) == "computername"):
		class = sc.classify(nk)
	default:
		return -1
	}
	p := j
	if quoted {
		p++
	}
	s := p
	for p < len(b) && p-s < 8 && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	if p == s || p+1 >= len(b) || b[p] != '"' {
		return -1
	}
	vs := p + 1
	ve := vs
	for ve < len(b) && ve-vs <= 64 && b[ve] != '"' && !lineBreak(b[ve]) {
		if b[ve] == '>' && afterPseudonym(b, ve+1) {
			// a value an earlier pass found something in: it is
			// scanned as that pass scanned what followed its finding
			return -1
		}
		ve++
	}
	if ve >= len(b) || b[ve] != '"' || ve == vs || b[vs] == '<' {
		return -1
	}
	before := sc.maxEnd
	sc.maxEnd = 0
	sc.valueSpan(vs, ve, class)
	end := sc.maxEnd
	sc.maxEnd = max(before, end)
	if end > vs && end < ve {
		// a name that is only part of the value ("Kai O:rest"): the
		// rest is scanned, as a later pass scans it after the pseudonym
		return end
	}
	return ve + 1
}

// lsOwner handles a line of ls -l ("-rw-r--r--  1 kai staff 4096 ..."):
// the word [i, j) at the line's start is the mode; the owner after the
// link count is learned and replaced (the group is left: "staff",
// "users"; one named after the owner goes with it). It returns where the
// owner ends, or -1.
func (sc *scanner) lsOwner(i, j int) int {
	b := sc.b
	if !strings.ContainsRune("-dlcbps", rune(b[i])) {
		return -1
	}
	for _, c := range b[i+1 : i+10] {
		if !strings.ContainsRune("rwxsStT-", rune(c)) {
			return -1
		}
	}
	if j-i == 11 && b[i+10] != '.' && b[i+10] != '+' && b[i+10] != '@' {
		return -1
	}
	p := j
	for p < len(b) && b[p] == ' ' {
		p++
	}
	s := p
	for p < len(b) && isDigit(b[p]) {
		p++
	}
	if p == s || p == j || p >= len(b) || b[p] != ' ' {
		return -1
	}
	for p < len(b) && b[p] == ' ' {
		p++
	}
	vs := p
	if p < len(b) && b[p] == '<' {
		// an owner an earlier pass replaced: the mode word is taken as
		// that pass took it, so no literal is found inside it now
		if k := bytes.IndexByte(b[p:min(p+48, len(b))], '>'); k > 0 && afterPseudonym(b, p+k+1) {
			return p + k + 1
		}
	}
	for p < len(b) && p-vs <= 32 && (isAlnum(b[p]) || b[p] == '.' || b[p] == '_' || b[p] == '-' || b[p] >= 0x80) {
		p++
	}
	if p == vs || p >= len(b) || b[p] != ' ' || b[vs] == '-' {
		return -1
	}
	if !allDigits(b[vs:p]) {
		sc.accountSpan(vs, p)
	}
	return p
}

// jsonNameKey: the key [k, q) is a JSON object's, its value a string
// right after the ':' at q, plain ("name":"…") or escaped in a JSON
// string (\"name\":\"…\").
func jsonNameKey(b []byte, k, q int) bool {
	if q+2 >= len(b) || k < 2 {
		return false
	}
	if b[q+1] == '"' {
		return b[k-1] == '"'
	}
	return b[q+1] == '\\' && b[q+2] == '"' && b[k-1] == '"' && b[k-2] == '\\'
}

// userObjectBefore: the key starting at k is the first of a JSON object
// that is the value of a "user" key (`"user":{"name"`, blanks allowed).
func userObjectBefore(b []byte, k int) bool {
	if k > 0 && b[k-1] == '"' {
		k--
		if k > 0 && b[k-1] == '\\' {
			k-- // {\"user\":{\"name\": in a JSON string's JSON
		}
	}
	for k > 0 && b[k-1] == ' ' {
		k--
	}
	if k == 0 || b[k-1] != '{' {
		return false
	}
	k--
	for k > 0 && b[k-1] == ' ' {
		k--
	}
	if k == 0 || b[k-1] != ':' && b[k-1] != '=' {
		return false // (traits={name: …}: a map printed by a log call)
	}
	k--
	for k > 0 && b[k-1] == ' ' {
		k--
	}
	if k > 0 && b[k-1] == '"' {
		k--
		if k > 0 && b[k-1] == '\\' {
			k--
		}
	}
	w := k
	for w > 0 && k-w < 12 && isLetter(b[w-1]) {
		w--
	}
	if w > 0 && isAlnum(b[w-1]) {
		return false
	}
	var kb [12]byte
	name := string(normKey(kb[:0], b[w:k]))
	return name == "user" || personObjects[name]
}

// netUse handles Windows' "net use [Z:] \\server\share [password]
// /user:[DOMAIN\]name [password]": the word [i, j) starts with "/user:"
// (or "/u:"). The account is learned and replaced (the domain is left to
// the host detectors), and the password beside it replaced. It returns
// where the account (or the password after it) ends, or -1.
func (sc *scanner) netUse(i, j int) int {
	b := sc.b
	o := i + 1
	for o < j && isLetter(b[o]) {
		o++
	}
	if o >= j || b[o] != ':' || !(eqLower(b[i+1:o], "user") || eqLower(b[i+1:o], "u")) || !sc.lineHas(i, "net") || !sc.lineHas(i, "use") {
		return -1
	}
	if gluedToPseudonym(b, i) {
		return -1 // the rest of a longer word an earlier pass read whole
	}
	vs := o + 1
	v := b[vs:j]
	us := 0
	if k := bytes.LastIndexByte(v, '\\'); k >= 0 {
		us = k + 1
	}
	ue := len(v)
	if k := bytes.IndexByte(v[us:], '@'); k >= 0 {
		ue = us + k // user@domain
	}
	if a := vs + us; a < len(b) && b[a] == '<' {
		if k := bytes.IndexByte(b[a:min(a+48, len(b))], '>'); k > 0 && afterPseudonym(b, a+k+1) {
			// the account an earlier pass replaced: the word is taken
			// as that pass took it (its domain left as it was)
			return max(j, a+k+1)
		}
	}
	// an account named as the command's words would replace them, and
	// the next pass would not know the line for net use
	if ue == us || v[us] == '<' || eqLower(v[us:ue], "net") || eqLower(v[us:ue], "use") || !sc.accountSpan(vs+us, vs+ue) {
		return -1
	}
	// the password: the word after the account, or the one before
	// "/user:" that follows the share
	if j+1 < len(b) && b[j] == ' ' && b[j+1] != '/' && b[j+1] != '*' && b[j+1] != '<' {
		e := j + 1
		for e < len(b) && b[e] > ' ' && b[e] != 0x7f && e-j < 256 {
			e++ // (DEL ends a line for the line-start detectors: lineBreak)
		}
		if e > j+1 && !sc.s.allowed(string(b[j+1:e])) {
			sc.add(j+1, e, ClassPassword, string(b[j+1:e]))
		}
		return e
	}
	if i >= 2 && b[i-1] == ' ' {
		ps := i - 1
		for ps > 0 && b[ps-1] > ' ' && b[ps-1] != 0x7f && i-ps < 256 {
			ps--
		}
		w := b[ps : i-1]
		k := ps - 1
		for k > 0 && b[k-1] > ' ' {
			k--
		}
		if len(w) > 0 && w[0] != '\\' && w[0] != '/' && w[0] != '*' && w[0] != '<' && k >= 0 && ps >= 3 && b[k] == '\\' && b[k+1] == '\\' && !sc.s.allowed(string(w)) {
			sc.add(ps, i-1, ClassPassword, string(w))
		}
	}
	return j
}

// rtmpKey replaces the stream key of an RTMP ingest URL whose path
// starts at p (rtmp://live.twitch.tv/app/KEY, YouTube's
// rtmp://a.rtmp.youtube.com/live2/xxxx-xxxx-xxxx-xxxx-xxxx): the last
// path segment after the application's, when it is long enough to be a
// key. Whoever has it can stream as the account.
func (sc *scanner) rtmpKey(p, j int) {
	b := sc.b
	s := -1
	for q := p + 1; q < j && b[q] != '?' && b[q] != '#'; q++ {
		if b[q] == '/' {
			s = q + 1
		}
	}
	if s < 0 {
		return
	}
	e := s
	for e < j && isTokChar(b[e]) {
		e++
	}
	if e-s >= 16 && (e == j || b[e] == '?' || b[e] == '/') && !pseudonymAt(b, s) {
		sc.tokenSpan(s, e)
	}
}

// connectedTo handles nmcli's device status line "wlp0s20f3: connected to
// HomeNet_5G": the word [i, j) is "connected" after an interface name
// at the line's start; the rest of the line names the Wi-Fi network (or
// a wired connection profile, kept). It returns where the name ends, or -1.
func (sc *scanner) connectedTo(i, j int) int {
	b := sc.b
	if !eqLower(b[i:j], "connected") || matchFold(b, j, " to ") != j+4 || i < 4 || b[i-1] != ' ' || b[i-2] != ':' {
		return -1
	}
	ifs := i - 2
	for ifs > 0 && i-2-ifs <= 15 && (isAlnum(b[ifs-1]) || b[ifs-1] == '-' || b[ifs-1] == '_' || b[ifs-1] == '.') {
		ifs--
	}
	ls := ifs
	for ls > 0 && (b[ls-1] == ' ' || b[ls-1] == '\t') {
		ls--
	}
	if ifs == i-2 || !isLetter(b[ifs]) || ls > 0 && !lineBreak(b[ls-1]) || !bytes.ContainsAny(b[ifs:i-2], "0123456789") {
		// an interface's name holds its number (wlan0, wlp0s20f3,
		// enp3s0); a daemon's or a level's does not ("bluetoothd:
		// Connected to device …", "error: connected to …")
		return -1
	}
	return sc.ssidValue(j+4, b[ifs:i-2])
}

// wifiListRow handles a row of nmcli dev wifi list, whose MODE column's
// "Infra" is the word [i, j): "*  AA:BB:CC:DD:EE:FF  HomeNet_5G  Infra  36
// 540 Mbit/s …" (BSSID, SSID, MODE, CHAN, RATE; the BSSID column may be
// missing). The neighbouring networks' names tell where the machine is:
// the SSID, between the BSSID (or the line's start and the IN-USE star)
// and two blanks or more before MODE, is learned and replaced. The MAC
// detectors find the BSSID.
func (sc *scanner) wifiListRow(i, j int) {
	b := sc.b
	if string(b[i:j]) != "Infra" {
		return
	}
	// CHAN after the mode
	k := j
	for k < len(b) && b[k] == ' ' {
		k++
	}
	if k == len(b) || !isDigit(b[k]) {
		return
	}
	se := i
	for se > 0 && b[se-1] == ' ' {
		se--
	}
	ss := se
	for ss > 0 && se-ss <= 32 && !lineBreak(b[ss-1]) && !(b[ss-1] == ' ' && ss >= 2 && b[ss-2] == ' ') {
		ss--
	}
	if ss == se || se-ss > 32 || ss == 0 || b[ss-1] != ' ' {
		return
	}
	// before the SSID: blanks, then the BSSID or nothing, then blanks or
	// the star of the network in use, from the line's start
	p := ss
	for p > 0 && b[p-1] == ' ' {
		p--
	}
	if p > 0 && b[p-1] != '*' && !lineBreak(b[p-1]) {
		w := p
		for w > 0 && b[w-1] != ' ' && !lineBreak(b[w-1]) {
			w--
		}
		// (the BSSID a first pass replaced: a MAC's pseudonym, no other,
		// which stood for a word that was no BSSID: "<user-1>  0 Infra";
		// and the whole word, as the BSSID was: "<mac-1>!" stood for a
		// word of 18 bytes)
		if !(p-w == 17 && b[w+2] == ':' && b[w+14] == ':' || b[p-1] == '>' && bytes.HasPrefix(b[w:p], []byte("<mac-")) && pseudonymAt(b, w) &&
			bytes.IndexByte(b[w:p], '>') == p-1-w) {
			return
		}
		p = w
		for p > 0 && b[p-1] == ' ' {
			p--
		}
	}
	if p > 0 && b[p-1] == '*' {
		p--
	}
	if p > 0 && !lineBreak(b[p-1]) {
		return
	}
	v := b[ss:se]
	if string(v) == "--" || bytes.IndexByte(v, '<') >= 0 {
		return // a hidden network; or replaced before
	}
	sc.networkSpan(ss, se)
}

// nmcliActive handles nmcli -t -f active,ssid output ("yes:HomeNet_5G")
// at p, the start of a line starting "yes:" or "no:", when an SSID
// heading or command stands before the rows. It returns where the name
// ends, or -1.
func (sc *scanner) nmcliActive(p int) int {
	b := sc.b
	k := nmcliRow(b, p)
	if k < 0 || !nmcliHeading(b, p) {
		return -1
	}
	return sc.ssidValue(p+k+1, nil)
}

// nmcliRow returns the index of the ':' after "yes" or "no" opening the
// line at p, or -1.
func nmcliRow(b []byte, p int) int {
	k := bytes.IndexByte(b[p:min(p+4, len(b))], ':')
	if k < 0 || string(b[p:p+k]) != "yes" && string(b[p:p+k]) != "no" {
		return -1
	}
	return k
}

// nmcliHeading: the line before the rows of nmcli's terse output above
// p (the line start of one) names the SSID field ("nmcli -t -f
// active,ssid", a heading). Counted in lines, not bytes: a second pass,
// with pseudonyms longer or shorter than what they replaced in the
// rows, finds the same heading.
func nmcliHeading(b []byte, p int) bool {
	for rows := 0; rows < 256; rows++ {
		e := p
		for e > 0 && lineBreak(b[e-1]) {
			e-- // (blank lines, "\r\n")
		}
		if e == 0 {
			return false
		}
		p = lineStartOf(b, e)
		if nmcliRow(b, p) < 0 {
			line := b[p:e]
			return bytes.Contains(line, []byte("ssid")) || bytes.Contains(line, []byte("SSID"))
		}
	}
	return false
}

// ssidValue replaces the network name from p to the end of the line (at
// most 32 bytes), unless it is a wired profile's default name or the
// interface's own (ifname).
func (sc *scanner) ssidValue(p int, ifname []byte) int {
	b := sc.b
	e := p
	for e < len(b) && e-p <= 32 && !lineBreak(b[e]) {
		e++
	}
	for e > p && (b[e-1] == ' ' || b[e-1] == '\t') {
		e--
	}
	if e == p || e-p > 32 || e < len(b) && !lineBreak(b[e]) && b[e] != ' ' || b[p] == '<' || b[p] == '-' {
		return -1
	}
	for k := p + 1; k < e; k++ {
		if b[k] == '>' && afterPseudonym(b, k+1) {
			// an earlier pass found something in a line it did not take
			// for a name (too long then, shorter with the pseudonym)
			return -1
		}
	}
	v := string(b[p:e])
	if strings.HasPrefix(v, "Wired connection") || strings.HasPrefix(v, "netplan-") || v == string(ifname) || v == "lo" {
		return e
	}
	sc.networkSpan(p, e)
	return e
}

// airportNetworks handles the lists of Wi-Fi networks of macOS
// system_profiler (SPAirPortDataType): under "Current Network
// Information:" and "Other Local Wi-Fi Networks:", each network's name
// ends a line, one level deeper than the heading, its properties deeper
// still. The word [i, j) starts the heading. Scanning goes on in the
// list (a property may hold what other detectors find): it returns -1.
func (sc *scanner) airportNetworks(i, j int) int {
	b := sc.b
	ls := i
	for ls > 0 && b[ls-1] == ' ' {
		ls--
	}
	if ls > 0 && !lineBreak(b[ls-1]) {
		return -1
	}
	e := matchFold(b, i, "current network information:")
	if e < 0 {
		if e = matchFold(b, i, "other local wi-fi networks:"); e < 0 {
			return -1
		}
	}
	indent, child := i-ls, -1
	p := e
	for range 512 {
		for p < len(b) && b[p] != '\n' {
			p++
		}
		if p >= len(b) {
			break
		}
		p++
		s := p
		for p < len(b) && b[p] == ' ' {
			p++
		}
		if p-s <= indent || p >= len(b) || lineBreak(b[p]) {
			break
		}
		le := p
		for le < len(b) && !lineBreak(b[le]) {
			le++
		}
		if child < 0 {
			child = p - s
		}
		if ne := le; p-s == child && b[ne-1] == ':' && ne-1 > p && ne-1-p <= 32 && !pseudonymAt(b, p) {
			sc.networkSpan(p, ne-1)
		}
		p = le
	}
	return -1
}

// nameValueTable handles PowerShell's Format-Table of names and values
// (Get-ChildItem Env:, a hashtable printed): the header "Name  Value",
// a line of dashes, then a row per line up to a blank line, the name
// first and its value from the Value column to the end of the line
// ("USERNAME          kai.o", "USERDOMAIN        KAI-STUDIO"). Each value
// is scrubbed as its name's class says. The word [i, j) is "Name" at
// the start of a line. Scanning goes on in the rows (a value may hold
// what other detectors find): it returns -1.
func (sc *scanner) nameValueTable(i, j int) int {
	b := sc.b
	n := len(b)
	k := j
	for k < n && b[k] == ' ' {
		k++
	}
	col := k - i
	if k-j < 2 || matchFold(b, k, "value") < 0 {
		return -1
	}
	p := k + 5
	for p < n && (b[p] == ' ' || b[p] == '\r') {
		p++
	}
	if p >= n || b[p] != '\n' {
		return -1
	}
	p++
	// the dashes under both columns
	if p+col+5 > n || string(b[p:p+4]) != "----" || string(b[p+col:p+col+5]) != "-----" {
		return -1
	}
	for p < n && b[p] != '\n' {
		p++
	}
	var kb [64]byte
	for range 1024 {
		if p >= n {
			break
		}
		p++ // the line break
		ls := p
		le := p
		for le < n && b[le] != '\n' && b[le] != '\r' {
			le++
		}
		if le == ls {
			break // a blank line ends the table
		}
		ke := ls
		for ke < le && b[ke] > ' ' {
			ke++
		}
		vs := ls + col
		if ke > ls && vs < le && vs > ke && b[vs-1] == ' ' && b[vs] != ' ' {
			ve := le
			for ve > vs && b[ve-1] == ' ' {
				ve--
			}
			class := sc.classify(normKey(kb[:0], b[ls:ke]))
			if class != keyNone && class != keyKeep && !skipValue(b[vs:ve], class) && !pseudonymAt(b, vs) {
				sc.valueSpan(vs, ve, class)
			}
		}
		p = le
		for p < n && b[p] == '\r' {
			p++
		}
	}
	return -1
}

// shellOutput handles a command of a shell transcript whose output, the
// next line, is the machine's or the user's identity: "$ cat
// /etc/machine-id", "$ cat /sys/class/dmi/id/product_serial", "$
// hostname -f", "$ whoami", "$ scutil --get LocalHostName". The word
// [i, j) is the command after a prompt ("$ ", "# ", "% ", "> "). The
// output line is scrubbed as its class says. It returns -1 (scanning
// goes on in the output).
func (sc *scanner) shellOutput(i, j int) int {
	b := sc.b
	le := j
	for le < len(b) && le-j < 128 && !lineBreak(b[le]) {
		le++
	}
	if le >= len(b) || le-j >= 128 {
		return -1
	}
	cmd := b[i:le]
	for len(cmd) > 0 && (cmd[len(cmd)-1] == ' ' || cmd[len(cmd)-1] == '\t') {
		cmd = cmd[:len(cmd)-1]
	}
	class := ""
	switch {
	case bytes.HasPrefix(cmd, []byte("cat /")):
		k := bytes.LastIndexByte(cmd, '/')
		switch string(cmd[k+1:]) {
		case "machine-id", "product_uuid", "boot_id":
			class = ClassMachineID
		case "product_serial", "board_serial", "chassis_serial":
			class = ClassSerial
		case "hostname":
			class = ClassHost
		}
	case string(cmd) == "hostname" || string(cmd) == "hostname -f" || string(cmd) == "hostname --fqdn" ||
		string(cmd) == "scutil --get LocalHostName" || string(cmd) == "scutil --get HostName" || string(cmd) == "uname -n":
		class = ClassHost
	case string(cmd) == "whoami" || string(cmd) == "id -un" || string(cmd) == "echo $USER" || string(cmd) == "logname":
		class = ClassUser
	case cmd[0] == 'e' || cmd[0] == 'E' || cmd[0] == '$':
		class = envEcho(cmd) // cmd's "echo %USERNAME%", PowerShell's "$env:COMPUTERNAME" (userinfo.go)
	case string(cmd) == "users" || gitUserNameCmd(cmd):
		class = keyFullName
	}
	if class == "" {
		return -1
	}
	vs := le
	for vs < len(b) && vs-le < 2 && lineBreak(b[vs]) {
		if b[vs] == '\n' {
			vs++
			break
		}
		vs++
	}
	ve := vs
	for ve < len(b) && ve-vs < 256 && !lineBreak(b[ve]) {
		ve++
	}
	for ve > vs && (b[ve-1] == ' ' || b[ve-1] == '\t') {
		ve--
	}
	if class == keyFullName {
		if ve == vs || b[vs] == '$' || b[vs] == '#' || pseudonymAt(b, vs) {
			return -1
		}
		if cmd[0] == 'g' {
			// git's user.name: the person's name as they write it
			if personName(b, vs) && nameEnd(b, vs) == ve {
				sc.nameSpan(vs, ve)
			}
			return -1
		}
		// users(1): the accounts signed in, one blank between them
		for p := vs; p < ve; {
			e := p
			for e < ve && b[e] != ' ' {
				e++
			}
			if e > p && !pseudonymAt(b, p) && !psDaemon(string(b[p:e])) {
				sc.accountSpan(p, e)
			}
			p = e + 1
		}
		return -1
	}
	if ve == vs || bytes.IndexByte(b[vs:ve], ' ') >= 0 || b[vs] == '$' || b[vs] == '#' || pseudonymAt(b, vs) || skipValue(b[vs:ve], class) {
		return -1
	}
	if class == ClassSerial {
		// "/5CG1234XYZ/CNWS2001234567/": a board serial of several parts
		v := b[vs:ve]
		if k := bytes.IndexByte(v, '/'); k >= 0 {
			for p := vs; p < ve; {
				for p < ve && b[p] == '/' {
					p++
				}
				e := p
				for e < ve && b[e] != '/' {
					e++
				}
				if e-p >= 4 && !pseudonymAt(b, p) {
					sc.add(p, e, ClassSerial, canonical(string(b[p:e])))
				}
				p = e
			}
			return -1
		}
	}
	sc.valueSpan(vs, ve, class)
	return -1
}

// keyFullName marks, in shellOutput, a command whose output line names
// people: git's user.name (a full name), users(1)'s accounts.
const keyFullName = "full_name"

// gitUserNameCmd: cmd prints git's user.name ("git config user.name",
// "git config --global --get user.name").
func gitUserNameCmd(cmd []byte) bool {
	const pre, suf = "git config", " user.name"
	if len(cmd) < len(pre)+len(suf) || !bytes.HasPrefix(cmd, []byte(pre)) || !bytes.HasSuffix(cmd, []byte(suf)) {
		return false
	}
	for _, f := range bytes.Fields(cmd[len(pre) : len(cmd)-len(suf)]) {
		if f[0] != '-' {
			return false // a value to set, or another key
		}
	}
	return true
}

// roffEscape: a, after a backslash, is a roff escape of a manual page,
// no Windows account: "\-" (a hyphen: "CHECK\-LABEL", "APT\-HTTPS"), a
// font's "\fB", "\fI", "\fR", "\fP" ("SHELL BUILTIN COMMANDS\fP"), the
// size's "\s0". Read as DOMAIN\account, "check", "commands" and "format"
// were learned as machines.
func roffEscape(a []byte) bool {
	if len(a) == 0 {
		return false
	}
	switch {
	case a[0] == '-':
		return true
	case len(a) >= 2 && a[0] == 'f' && (a[1] == 'B' || a[1] == 'I' || a[1] == 'R' || a[1] == 'P'):
		return true
	case len(a) == 2 && a[0] == 's' && a[1] == '0':
		return true
	}
	return false
}

// netbiosUpper: d can be a Windows domain or computer name as whoami and
// event logs print it: upper-case letters, digits and '-', 2 to 15 bytes,
// starting with a letter.
func netbiosUpper(d []byte) bool {
	if len(d) < 2 || len(d) > 15 || d[0] < 'A' || d[0] > 'Z' {
		return false
	}
	for _, c := range d {
		if !(c >= 'A' && c <= 'Z' || isDigit(c) || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// accountEnd returns where the account name at p ends (letters, digits,
// '.', '_', '-', '$'; the name ends at a blank, a quote, punctuation or
// the end of the line), or -1.
func accountEnd(b []byte, p int) int {
	e := p
	for e < len(b) && e-p <= 64 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '_' || b[e] == '-' || b[e] == '$' || b[e] >= 0x80 && utf8Letter(b, e)) {
		e++
	}
	// '<': the account ends an XML element's text ("KAI-PC\Zoë</Message>")
	if e == p || e-p > 64 || e < len(b) && !(b[e] <= ' ' || b[e] == '"' || b[e] == '\'' || b[e] == ',' || b[e] == ';' || b[e] == ')' || b[e] == '<' || b[e] == 0x7f) {
		return -1
	}
	return e
}

// bareDomainUser handles DOMAIN\account alone at the start of a line
// (whoami's output, a column of an event or process list): the word
// [i, j). The domain must look like a NetBIOS name in upper case
// ("KAI-STUDIO\kai") or, right after a whoami command line, in any case
// ("kai-studio\kai"); registry roots ("HKLM\Software",
// "SYSTEM\CurrentControlSet") and built-in domains stay. It returns
// where the account ends, or -1.
func (sc *scanner) bareDomainUser(i, j int) int {
	b := sc.b
	// where the account is written whole, whatever the line holds after
	// it: icacls's "CORP\kofi.m:(OI)(CI)(F)" (the word ends in the colon),
	// Get-Acl's "CORP\kofi.m Allow  FullControl", a quoted CSV field
	// (tasklist /v /fo csv, schtasks /query /fo csv: "CORP\kofi.m")
	placed := false
	if b[j-1] == ':' {
		j--
		placed = true
	} else {
		placed = aceRightsAfter(b, j) || i > 0 && b[i-1] == '"' && columnField(b, i, j) && accountsCSVRow(b, i) || aceFullName(b, i, j)
	}
	k := bytes.IndexByte(b[i:j], '\\')
	sep := 1
	if k >= 0 && i+k+2 < j && b[i+k+1] == '\\' {
		sep = 2 // escaped in a JSON string: {"msg":"… for user SGLOG\\kofi.m from …"}
	}
	if k < 2 || k > 15 || bytes.IndexByte(b[i+k+sep:j], '\\') >= 0 || uEscapeAt(b, i+k, min(j, i+k+6)) == i+k {
		return -1
	}
	if gluedToPseudonym(b, i) {
		// "<host-1>S0\\0A": the end of a longer domain that a first pass
		// read whole and took for no machine's name ("SA\xffS0\\0A"),
		// whose learned start a pseudonym replaced
		return -1
	}
	d := b[i : i+k]
	if pnpEnumerators[string(d)] {
		return -1 // a device's id, "PCI\\CC_030000", "ACPI\\PNP0A08"
	}
	// an Azure AD (Entra) account: "AzureAD\\KaiOkonkwo" anywhere
	azure := eqLower(d, "azuread")
	// a machine the report names (COMPUTERNAME, a syslog host, this
	// machine's own name), or one named as Windows names machines, in a
	// column of a table or a CSV field (tasklist /v, Get-Process,
	// whoami /user): "STUDIO-PC\\thandeka" anywhere on the line
	anywhere := azure
	var learned *litEntry // the domain is a learned machine
	if e, ent := sc.s.lits.match(b, i); ent != nil && ent.class == ClassHost && e == i+k {
		anywhere = true
		learned = ent
	} else if netbiosUpper(d) && bytes.ContainsAny(d, "-0123456789") && columnField(b, i, j) {
		anywhere = true
	}
	whoamiRow := !anywhere && sidAfter(b, j) // whoami /user: "studio-pc\\thandeka S-1-5-21-…"
	if !netbiosUpper(d) && !anywhere && !whoamiRow {
		if !afterWhoami(b, i) {
			return -1
		}
		for _, c := range d {
			if !(isAlnum(c) || c == '-' || c == '_') {
				return -1
			}
		}
	}
	switch string(bytes.ToUpper(d)) {
	case "HKLM", "HKCU", "HKCR", "HKU", "HKCC", "SYSTEM", "SOFTWARE", "HARDWARE", "SAM", "SECURITY", "BUILTIN", "VORDEFINIERT",
		"DRIVERS", "COMPONENTS", "BCD00000000", "DEFAULT", "NT", "WINDOWS", "PROGRA~1", "PROGRA~2":
		return -1
	}
	if bytes.HasPrefix(d, []byte("HKEY")) || builtinDomainBefore(b, i) {
		return -1
	}
	us := i + k + sep
	ue := accountEnd(b[:j], us) // (icacls's colon ends no account but the word)
	if ue < 0 && bytes.IndexByte(b[us:j], '+') > 0 && w3cRequestRow(b, i, j) {
		ue = plusJoinedEnd(b, us, j) // IIS's "SGLOG\Tran+Thi+Bich+Ngoc": blanks written '+'
	}
	if ue != j || pseudonymAt(b, ue) {
		// (an account glued to a pseudonym, "A0\A0<user-1>’s", is the
		// start of one a first pass read on into the name it replaced,
		// "A0\A0Aø’s", where no account ended)
		return -1
	}
	full := displayNameEnd(b, us, ue) // "AMA-STUDIO\Ngozi Okafor": the account is the person's full name
	if full < 0 && ue < len(b) && b[ue] == ' ' && afterWhoami(b, i) {
		full = whoamiNameEnd(b, us, ue) // whoami writes it in lower case: "ama-studio\ngozi okafor"
	}
	for e := max(ue, full); e < len(b) && !anywhere && !whoamiRow && !placed && !lineBreak(b[e]) && !(i > 0 && b[i-1] == ' '); e++ {
		if b[e] != ' ' && b[e] != '\t' {
			return -1 // more on the line: a path or a column of something else
		}
	}
	for ue > us+1 && b[ue-1] == '.' {
		ue-- // "signed by CORP\kofi.": a sentence's full stop; no Windows account ends in one
	}
	name := string(b[us:ue])
	if !plausibleName(name) || isGenericUser(name) || sc.s.allowed(name) || fileExt(name) || roffEscape(b[us:ue]) || groupNameAt(b, us) {
		return -1
	}
	switch {
	case learned != nil:
		// replaced as learned, whatever its bytes (a user key's value
		// taught "A\x980", which hostSpan would not take): a second pass
		// finds the literal before the pseudonym
		sc.add(i, i+k, ClassHost, learned.canon)
	case !azure:
		found := len(sc.spans)
		sc.hostSpan(i, i+k) // the machine, or the company's domain
		if len(sc.spans) == found {
			// no machine's name ("A00!Berg"): what is in it (the learned
			// Berg) is found as a second pass finds it, walking the word
			// that stops at the account's pseudonym
			sc.walk(i, i+k, wordBits(b[i:i+k]))
		}
	}
	if whoamiGroupAfter(b, ue) {
		// a local group's name, no account (systools.go): what is in
		// it (a learned name) is found as a second pass finds it
		sc.walk(us, ue, wordBits(b[us:ue]))
		return ue
	}
	if full > ue {
		sc.nameSpan(us, full)
		return full
	}
	sc.learnUser(name)
	sc.add(us, ue, ClassUser, canonical(name))
	return ue
}

// windowsServiceAround: the key at ks is one of a Windows service's
// properties as sc query, sc qc, Get-Service | Format-List and wmic
// service list them: another of the service's keys or values is within
// 640 bytes.
func windowsServiceAround(b []byte, ks int) bool {
	w := b[max(0, ks-640):min(len(b), ks+640)]
	for _, m := range [...]string{"SERVICE_NAME", "WIN32_OWN_PROCESS", "WIN32_SHARE_PROCESS", "ServiceType", "ServicesDependedOn", "StartName", "Win32_Service"} {
		if bytes.Contains(w, []byte(m)) {
			return true
		}
	}
	return false
}

// icaclsRights: at p icacls writes a principal's rights after its name
// and colon: "(OI)", "(F)", "(DENY)", "(Rc,S,RD)" (upper-case letters,
// read control's "Rc", and commas in brackets).
func icaclsRights(b []byte, p int) bool {
	if p >= len(b) || b[p] != '(' {
		return false
	}
	e := p + 1
	for e < len(b) && e-p <= 48 && (b[e]-'A' < 26 || b[e] == ',' || b[e] == 'c' && b[e-1] == 'R') {
		e++
	}
	return e > p+1 && e < len(b) && b[e] == ')'
}

// accountsCSVRow: the line around i is a row of tasklist /v /fo csv (its
// memory column, "142,004 K", then the status) or of schtasks /query /v
// /fo csv (its logon mode), whose "User Name", "Author" and "Run As User"
// fields hold DOMAIN\account; a quoted field of another CSV with a
// backslash ("LIB\zlib", "DEBUG\crashd") is more often a path.
func accountsCSVRow(b []byte, i int) bool {
	s, e := i, i
	for s > 0 && i-s < 1024 && !lineBreak(b[s-1]) {
		s--
	}
	for e < len(b) && e-i < 1024 && !lineBreak(b[e]) {
		e++
	}
	row := b[s:e]
	return bytes.Contains(row, []byte(` K","`)) || bytes.Contains(row, []byte(`"Interactive/Background"`)) ||
		bytes.Contains(row, []byte(`"Interactive only"`)) || bytes.Contains(row, []byte(`"Background only"`))
}

// displayNameEnd returns where the full name whose first word is the
// account [us, ue) after DOMAIN\ ends: Windows names a local account
// created with the person's full name so ("AMA-STUDIO\Ngozi Okafor"),
// and whoami and a log's "account:" write it whole. The account is a
// capitalised word of letters, the words after it (one blank apart, up
// to three, particles between them) capitalised, and the name ends the
// value: the line, a quote, a bracket, a comma or " (". It returns -1
// for none.
func displayNameEnd(b []byte, us, ue int) int {
	if ue+1 >= len(b) || b[ue] != ' ' || !capitalised(b, us) || !capitalised(b, ue+1) {
		return -1
	}
	if nameWordEnd(b, us) != ue {
		return -1 // "kofi.m", "svc_backup", "Kofi2"
	}
	e := nameEnd(b, ue+1)
	if e <= ue+1 || e-us > 64 {
		return -1
	}
	if a := e - 6; a > ue+1 && b[e-1] == 'w' && aceRightsAfter(b, a) {
		e = a // "…\Abena Owusu Allow  FullControl": Get-Acl's access type ends the name
	} else if a := e - 5; a > ue+1 && b[e-1] == 'y' && aceRightsAfter(b, a) {
		e = a
	}
	if e < len(b) && !(strings.IndexByte("\n\r\"',;)]<", b[e]) >= 0 || b[e] == ' ' && e+1 < len(b) && b[e+1] == '(' || b[e] == '\\' && e+1 < len(b) && b[e+1] == '"' ||
		b[e] == ':' && icaclsRights(b, e+1) || aceRightsAfter(b, e) || memberRowGap(b, us, e) || logonClauseAfter(b, us, e)) {
		// (icacls's "…\Abena Owusu:(OI)(F)", Get-Acl's "…\Abena Owusu Allow  Read")
		return -1 // more words: a sentence or a column after the account
	}
	if w := nameWordEnd(b, ue+1); b[w-1] == '.' || isGenericUser(string(b[ue+1:w])) {
		return -1 // "CORP\Kofi Inc.", an account's kind after it
	}
	if !displayNameWords(b, us, e) {
		return -1
	}
	return e
}

// logonClauseAfter: the full name [us, e) after DOMAIN\ is followed
// by a blank and the word a logon log goes on with ("for user
// SGLOG\Tran Thi Bich Ngoc from 10.0.0.5", "Login attempt for
// CORP\Kofi Mensah failed"), and every word of the name reads as a
// name's (proseWords: "CORP\Build Server failed" is none).
func logonClauseAfter(b []byte, us, e int) bool {
	if e+2 >= len(b) || b[e] != ' ' || b[e+1]-'a' >= 26 {
		return false
	}
	w := e + 1
	for w < len(b) && w-e <= 14 && b[w]-'a' < 26 {
		w++
	}
	if w < len(b) && isAlnum(b[w]) || !logonClauseWords[string(b[e+1:w])] {
		return false
	}
	return proseWords(string(b[us:e]))
}

// logonClauseWords go on a logon log's line after the account.
var logonClauseWords = wordSet(`from failed logged signed succeeded authenticated connected disconnected denied rejected locked via using at on with is was has`)

// displayNameWords: none of the words of [s, e) is a group's, a team's or
// an account kind's, as dnName asks of a directory's names ("CORP\Domain
// Admins", "NT SERVICE\…", "STUDIO\Remote Desktop Users").
func displayNameWords(b []byte, s, e int) bool {
	for k := s; k < e; {
		we := max(nameWordEnd(b, k), k+1)
		if lw := asciiLower(string(b[k:min(we, e)])); teamWords[lw] || accountKinds[lw] || deviceMakers[lw] || dnGroupWords[lw] {
			return false
		}
		k = we + 1
	}
	return true
}

// whoamiNameEnd returns where the line ends whose rest after the account
// [us, ue) is up to three words of letters, one blank apart: whoami's
// "ama-studio\ngozi okafor" (a name in lower case). It returns -1 for
// none.
func whoamiNameEnd(b []byte, us, ue int) int {
	if nameWordEnd(b, us) != ue {
		return -1
	}
	e := ue
	for words := 0; words < 3 && e+1 < len(b) && b[e] == ' '; words++ {
		w := nameWordEnd(b, e+1)
		if w == e+1 {
			return -1
		}
		e = w
	}
	if e < len(b) && b[e] != '\n' && b[e] != '\r' || e == ue || !displayNameWords(b, us, e) {
		return -1
	}
	return e
}

// builtinDomainBefore: the word at i is the last word of a domain
// Windows names with blanks, its own accounts' ("NT SERVICE\\TrustedInstaller",
// "NT AUTHORITY\\SYSTEM", "NT VIRTUAL MACHINE\\…", "IIS APPPOOL\\…",
// "Window Manager\\DWM-1", "Font Driver Host\\UMFD-0" in tasklist /v's
// User Name column): no machine, no person.
func builtinDomainBefore(b []byte, i int) bool {
	if i < 3 || b[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && i-1-k < 8 && isLetter(b[k-1]) {
		k--
	}
	w := b[k : i-1]
	return (k == 0 || !isAlnum(b[k-1])) && (eqLower(w, "nt") || eqLower(w, "iis") || eqLower(w, "virtual") ||
		eqLower(w, "window") || eqLower(w, "driver"))
}

// sidAfter reports whether a Windows account SID follows the blanks at j
// on the same line.
func sidAfter(b []byte, j int) bool {
	k := j
	for k < len(b) && (b[k] == ' ' || b[k] == '\t') {
		k++
	}
	if k == j && k+3 < len(b) && string(b[k:k+3]) == `","` {
		k += 3 // whoami /user /fo csv: "studio-pc\thandeka","S-1-5-21-…"
	}
	return k > j && matchFold(b, k, "s-1-5-21-") > 0
}

// columnField reports whether the word [i, j) stands alone in a column of
// aligned output (two blanks or a tab on both sides, or a line's end) or
// in a quoted CSV field.
func columnField(b []byte, i, j int) bool {
	gap := func(p, dir int) bool {
		q := p + dir
		if q < 0 || q >= len(b) {
			return true
		}
		if lineBreak(b[q]) || b[q] == '\t' {
			return true
		}
		q2 := q + dir
		return b[q] == ' ' && (q2 < 0 || q2 >= len(b) || b[q2] == ' ' || b[q2] == '\t' || lineBreak(b[q2]))
	}
	if i > 0 && b[i-1] == '"' && j < len(b) && b[j] == '"' {
		return i == 1 || b[i-2] == ',' || lineBreak(b[i-2])
	}
	return gap(i, -1) && gap(j-1, 1)
}

// groupNameAt: two to four words of letters at p, alone up to the line's
// end or a non-word byte, name one of Windows' built-in or domain groups
// ("Domain Admins", "Remote Desktop Users" after "CORP\\"), which a value
// cut at its first blank would leave a person's name.
func groupNameAt(b []byte, p int) bool {
	n := 0
	for e := p; e < len(b) && e-p < 48; {
		we := e
		for we < len(b) && isLetter(b[we]) {
			we++
		}
		if we == e {
			return false
		}
		if n++; n >= 2 && wordEndAt(b, we) && genericUsers[asciiLower(string(b[p:we]))] {
			return true
		}
		if n == 4 || we+1 >= len(b) || b[we] != ' ' || !isLetter(b[we+1]) {
			return false
		}
		e = we + 1
	}
	return false
}

// wordEndAt: no letter, digit, '_' or '-' goes on at e, nor a '.' before
// one ("Admins." ends a sentence, "Admins.txt" does not end).
func wordEndAt(b []byte, e int) bool {
	if e < len(b) && b[e] == '.' {
		e++
	}
	return e >= len(b) || !isAlnum(b[e]) && b[e] != '_' && b[e] != '-'
}

// accountWordBefore: the blank at sp follows "user", "account" or
// "owner" (WER's "Computer: KAI-PC, user KAI-PC\kai"), so the
// DOMAIN\account after it is one even in the middle of a line.
func accountWordBefore(b []byte, sp int) bool {
	k := sp
	for k > 0 && sp-k < 8 && isLetter(b[k-1]) {
		k--
	}
	if k > 0 && isAlnum(b[k-1]) {
		return false
	}
	if k == sp && sp >= 6 && b[sp-1] == ':' {
		// an event's "Logon: CORP\\kofi", "Security ID: CORP\\kofi"
		// (Get-WinEvent | fl writes one blank where Event Viewer's text
		// writes tabs)
		for k = sp - 1; k > 0 && sp-k < 10 && isLetter(b[k-1]); k-- {
		}
		w := b[k : sp-1]
		return (k == 0 || !isAlnum(b[k-1])) && eqLower(w, "logon") || eqLower(w, "id") && k >= 9 && matchFold(b, k-9, "security ") == k
	}
	w := b[k:sp]
	return eqLower(w, "user") || eqLower(w, "account") || eqLower(w, "owner") ||
		// "access denied for CONTOSO\\kmbonsu", "ran as KAI-STUDIO\\kai"
		eqLower(w, "for") || eqLower(w, "as") || eqLower(w, "by")
}

// afterWhoami: the line before the one starting at i ends a whoami
// command ("> whoami", "PS C:\> whoami", "$ whoami").
func afterWhoami(b []byte, i int) bool {
	e := i - 1
	for e > 0 && (b[e-1] == '\r' || b[e-1] == ' ') {
		e--
	}
	return e >= 6 && matchFold(b, e-6, "whoami") == e
}

// fileExt: name ends in a file name extension ("SRC\\main.c", "x.dll"),
// so it is a file, no account ("zoe.k" is one).
func fileExt(name string) bool {
	k := strings.LastIndexByte(name, '.')
	if k < 0 {
		return false
	}
	switch strings.ToLower(name[k+1:]) {
	case "c", "h", "cc", "cpp", "hpp", "cs", "go", "py", "js", "ts", "rs", "java", "txt", "log", "md", "dll", "exe",
		"sys", "json", "xml", "ini", "cfg", "conf", "dat", "bin", "pdb", "lib", "obj", "o", "so", "bat", "ps1", "reg":
		return true
	}
	return false
}

// personKeyName replaces the person's name that is the value of the key
// "name" at k, its separator at q: two or three name words (personName),
// quoted or ending the value, on a line that holds another key of a
// person's (email=, user_id=, phone:, personLineKey). A thing's name stays
// ("name=Audio Engine", "name=Built-in Output", "name=Scarlett 2i2 USB"),
// and so does one on a line of no person's. It returns where the value
// ends, or -1.
func (sc *scanner) personKeyName(k, q int) int {
	p, e := keyNameValue(sc.b, q)
	if e < 0 {
		return -1
	}
	// compact JSON ("name":"…", no blank) holds many objects on one
	// line, a person's beside a product's: there the person's other key
	// must hold a word of the name too
	b := sc.b
	strict := b[q] == ':' && (b[q+1] == '"' || b[q+1] == '\\')
	if !personLine(b, k, p, e, strict) && !personSection(b, k) && !sc.loneNameValue(k, q, p, e) {
		return -1
	}
	sc.nameSpan(p, e)
	return e
}

// personKeyValue replaces the person's full name that is the value of
// a key of a person's own ("customer=Kofi Mensah", "buyer: …",
// "recipient=\"…\"", personValueKey) at the separator q, read as
// personKeyName reads a name's; an account, a role or a process there
// ("recipient=broadcast", "customer=true") stays. It returns where the
// value ends, or -1.
func (sc *scanner) personKeyValue(q int) int {
	p, e := keyNameValue(sc.b, q)
	if e < 0 {
		return -1
	}
	sc.nameSpan(p, e)
	return e
}

// personValueKey: key is a store's or a delivery's person.
// personValueFirst: the first bytes of personValueKey's keys (most keys
// are none of them: keyValues asks it first).
var personValueFirst = [256]bool{'b': true, 'B': true, 'c': true, 'C': true, 'r': true, 'R': true}

func personValueKey(key []byte) bool {
	switch len(key) {
	case 5:
		return eqLower(key, "buyer")
	case 8:
		return eqLower(key, "customer")
	case 9:
		return eqLower(key, "recipient")
	}
	return false
}

// keyNameValue returns where the full name of two or three name words
// (personNameWords) that is the value after the separator q starts and
// ends, plain, quoted or quoted in a JSON string, ending the value; or
// e -1.
func keyNameValue(b []byte, q int) (int, int) {
	p := q + 1
	if p < len(b) && b[p] == ' ' {
		p++
	}
	var quote byte
	esc := p+1 < len(b) && b[p] == '\\' && b[p+1] == '"'
	if esc {
		p++ // {\"name\":\"Kofi Mensah\"} in a JSON string
	}
	if p < len(b) && (b[p] == '"' || b[p] == '\'') {
		quote = b[p]
		p++
	}
	e := personNameWords(b, p)
	if e < 0 {
		return p, -1
	}
	switch {
	case esc:
		if e+1 >= len(b) || b[e] != '\\' || b[e+1] != '"' {
			return p, -1
		}
	case quote != 0:
		if e >= len(b) || b[e] != quote {
			return p, -1
		}
	case e < len(b) && !lineBreak(b[e]) && b[e] != ',' && b[e] != ';' && b[e] != '&' && b[e] != ' ':
		return p, -1
	}
	return p, e
}

// personSection: the "name" key at k stands in a block of a person's
// details: under an INI section or a registry key that names them
// ("[User]", "[Registration]", "[HKEY_CURRENT_USER\Software\Xfer
// Records\Registration]", git's "[user]"), under a parent key that does
// ("author:", `"owner": {`), or beside a key of a person's on its own line
// in the same block (a pretty-printed object's "email", "phone"). Lines
// are read back up to the block's section or parent, and forth to its
// end, 2048 bytes and 32 lines (16 forth) at most.
func personSection(b []byte, k int) bool {
	ls := k
	for ls > 0 && k-ls < 256 && !lineBreak(b[ls-1]) {
		ls--
	}
	ind := 0
	for ls+ind < k && (b[ls+ind] == ' ' || b[ls+ind] == '\t') {
		ind++
	}
	x := ls + ind
	if x < k && (b[x] == '"' || b[x] == '\'') {
		x++
	}
	if x > k || x+4 > len(b) || !eqLower(b[x:x+4], "name") {
		return false // more than a quote before the key: no block's own line
	}
	// back: the lines above, up to a section's header or a parent
	e := ls
back:
	for n := 0; n < 32 && e > 0 && ls-e < 2048; n++ {
		e--
		if e > 0 && b[e] == '\n' && b[e-1] == '\r' {
			e--
		}
		s := e
		for s > 0 && e-s < 256 && !lineBreak(b[s-1]) {
			s--
		}
		di := 0
		for s+di < e && (b[s+di] == ' ' || b[s+di] == '\t') {
			di++
		}
		t := bytes.TrimRight(b[s+di:e], " \t")
		e = s
		switch {
		case len(t) == 0:
			continue
		case t[0] == '[' && t[len(t)-1] == ']':
			if personBlockName(t[1 : len(t)-1]) {
				return true
			}
			break back
		case len(t) > 5 && string(t[:5]) == "HKEY_":
			if personBlockName(t) {
				return true
			}
			break back
		case di < ind:
			if c := t[len(t)-1]; (c == ':' || c == '{') && personBlockName(t[:len(t)-1]) {
				return true
			}
			break back
		case di == ind && personDetailLine(t):
			return true
		}
	}
	// forward: the block's lines after the key's
	s := k
	for s < len(b) && s-k < 256 && !lineBreak(b[s]) {
		s++
	}
	for n := 0; n < 16 && s < len(b) && s-k < 2048; n++ {
		if b[s] == '\r' && s+1 < len(b) && b[s+1] == '\n' {
			s++
		}
		s++
		e := s
		for e < len(b) && e-s < 256 && !lineBreak(b[e]) {
			e++
		}
		di := 0
		for s+di < e && (b[s+di] == ' ' || b[s+di] == '\t') {
			di++
		}
		t := b[s+di : e]
		s = e
		if len(t) == 0 || di < ind || t[0] == '[' || t[0] == '}' {
			return false
		}
		if di == ind && personDetailLine(t) {
			return true
		}
	}
	return false
}

// personBlockName: the section's, registry key's or parent key's name t
// (its last segment after '\\', '/' or '.', quotes and blanks dropped)
// is one of personBlocks.
func personBlockName(t []byte) bool {
	if k := bytes.LastIndexAny(t, `\/.`); k >= 0 {
		t = t[k+1:]
	}
	t = bytes.Trim(t, "\"' \t:")
	if len(t) < 2 || len(t) > 24 {
		return false
	}
	var kb [24]byte
	return personBlocks[string(normKey(kb[:0], t))]
}

// personBlocks name a block of a person's details: an INI section, a
// registry key, a parent key (normalized, as normKey writes it).
var personBlocks = wordSet(`user userinfo userinformation userdetails owner ownerinfo author authors registration
	registrationinfo registeredto registereduser registeredowner licensee licenseowner licensedto licenceowner
	licencedto contact contactinfo person me myself identity customer customerinfo member maintainer creator
	committer signer accountholder cardholder benutzer`)

// personDetailLine: the line t (its indentation dropped) holds a key of
// a person's details (personLineKeys): "email = kofi@example.com",
// `"phone": "+233 …",`.
func personDetailLine(t []byte) bool {
	if len(t) > 0 && (t[0] == '"' || t[0] == '\'') {
		t = t[1:]
	}
	w := 0
	for w < len(t) && w < 16 && isKeyChar(t[w]) {
		w++
	}
	if w == 0 || w == len(t) {
		return false
	}
	x := w
	if t[x] == '"' || t[x] == '\'' {
		x++
	}
	for x < len(t) && t[x] == ' ' {
		x++
	}
	if x >= len(t) || t[x] != '=' && t[x] != ':' {
		return false
	}
	var kb [16]byte
	return personLineKeys[string(lowerInto(kb[:0], t[:w]))]
}

// personNameWords returns where the person's name at p ends: two or
// three capitalised name words (nameWord), none a word of a thing's
// name (a device's, a maker's, a UI's: "Audio Engine", "Main Mix");
// else -1.
func personNameWords(b []byte, p int) int {
	if !personName(b, p) {
		return -1
	}
	e := nameEnd(b, p)
	words := 0
	for w := p; w < e; {
		x := w
		for x < e && b[x] != ' ' {
			x++
		}
		lw := strings.ToLower(string(b[w:x]))
		if words++; !capitalised(b, w) || !nameWord(string(b[w:x]), false) || notNameWord(b[w:x]) || uiNameWords[lw] ||
			deviceMakers[lw] || deviceModelWords[lw] || notOwnerWords[lw] || thingNameWords[lw] {
			return -1
		}
		for w = x; w < e && b[w] == ' '; w++ {
		}
	}
	if words < 2 || words > 3 {
		return -1
	}
	return e
}

// thingNameWords name what an app or the system calls a thing of its own
// ("Audio Engine", "Built-in Output", "Noto Sans"), lowercased.
var thingNameWords = wordSet(`engine built-in builtin speakers speaker microphone mic headphones headset display monitor
	keyboard mouse trackpad camera webcam device devices driver service services system module plugin extension font
	sans serif mono regular bold italic light medium neue black condensed code window panel button tab layer effect
	profile scheme theme mode style color colour format codec encoder decoder stream source sink port bus network
	adapter controller interface interfaces hub dock station printer scanner drive disk volume partition server client
	builder bot robot automation agent`)

// personLine: the line around the key at k and the name [p, e) (read
// at most 1024 bytes either way) holds another key of a person's, a
// word of personLineKeys followed by '=' or ':' (or a JSON key's '":'),
// or an account key (user=, login:) whose value holds a word of the
// name ("user=ngozi_a" beside "name=Ngozi Adeyemi"): a step's or a
// build's name beside a CI account stays ("name=Run Tests user=ci").
// When strict, a person's key too must hold a word of the name
// (`"email":"ama.owusu@…"` beside `"name":"Ama Owusu"`, not a product's
// `"name":"Massive X"` further on).
func personLine(b []byte, k, p, e int, strict bool) bool {
	s, le := k, e
	for s > 0 && k-s < 1024 && !lineBreak(b[s-1]) {
		s--
	}
	for le < len(b) && le-e < 1024 && !lineBreak(b[le]) {
		le++
	}
	for x := s; x < le; x++ {
		c := b[x]
		if c != '=' && c != ':' {
			continue
		}
		ke := x
		if ke > s && b[ke-1] == '"' {
			ke--
			if ke > s && b[ke-1] == '\\' {
				ke-- // \"email\": in a JSON string
			}
		}
		ks := ke
		for ks > s && ke-ks < 16 && isKeyChar(b[ks-1]) {
			ks--
		}
		if ks == ke || ks == k {
			continue
		}
		key := strings.ToLower(string(b[ks:ke]))
		if personLineKeys[key] && !strict {
			return true
		}
		if accountLineKeys[key] || personLineKeys[key] {
			vs := x + 1
			for vs < le && vs-x < 4 && (b[vs] == ' ' || b[vs] == '"' || b[vs] == '\\') {
				vs++
			}
			ve := vs
			for ve < le && ve-vs < 64 && isKeyChar(b[ve]) {
				ve++
			}
			if nameWordIn(b[p:e], strings.ToLower(string(b[vs:ve]))) {
				return true
			}
		}
	}
	return false
}

// nameWordIn: a word of the name (three letters or more), lowercased, is
// in the account v.
func nameWordIn(name []byte, v string) bool {
	for _, w := range strings.Fields(strings.ToLower(string(name))) {
		if len(w) >= 3 && strings.Contains(v, w) {
			return true
		}
	}
	return false
}

// personLineKeys are keys of a person's details, lowercased;
// accountLineKeys, an account's.
var personLineKeys = wordSet(`email e-mail mail phone mobile contact first_name last_name firstname lastname given_name
	family_name surname dob birthday birth_date full_name fullname display_name displayname contact_name customer
	customer_id customer_name buyer recipient`)
var accountLineKeys = wordSet(`user username user_name login account`)

// fileOrUnit: name is a file's (fileExt) or a systemd unit's
// ("getty@tty1.service", "agetty.service"), no account.
func fileOrUnit(name string) bool {
	if fileExt(name) {
		return true
	}
	k := strings.LastIndexByte(name, '.')
	if k < 0 {
		return false
	}
	switch name[k+1:] {
	case "service", "socket", "target", "timer", "mount", "scope", "slice", "device", "path", "swap":
		return true
	}
	return false
}

// connUserBefore reports whether the key "ID" at k is the second word of
// "User ID" in a connection string (ADO.NET, OLE DB: "…;User ID=x;").
// userPairBefore: the key at k follows, after one blank, a key=value
// pair of a user key with a value ("user=ngozi.dj#0 id=…").
func userPairBefore(b []byte, k int) bool {
	if k < 7 || b[k-1] != ' ' {
		return false
	}
	e := k - 1
	s := e
	for s > 0 && e-s < 80 && b[s-1] > ' ' {
		s--
	}
	q := bytes.IndexByte(b[s:e], '=')
	if q <= 0 || s+q+1 == e || q > 24 {
		return false
	}
	var kb [24]byte
	return classifyKey(string(normKey(kb[:0], b[s:s+q]))) == ClassUser
}

func connUserBefore(b []byte, k int) bool {
	if k < 5 || b[k-1] != ' ' || !eqLower(b[k-5:k-1], "user") {
		return false
	}
	if k == 5 {
		return true
	}
	switch b[k-6] {
	case ';', '"', '\'', ' ', '\t':
		return true
	}
	return false
}

// utf8Letter reports whether the byte at p belongs to a UTF-8 encoded
// letter (Zoë, Nguyễn): a non-ASCII account name's byte. A continuation
// byte follows a lead byte already judged; a lead byte decodes its rune.
func utf8Letter(b []byte, p int) bool {
	if b[p] < 0xc0 {
		return b[p] >= 0x80 && b[p] < 0xc0
	}
	r, n := utf8.DecodeRune(b[p:])
	return n > 1 && unicode.IsLetter(r)
}

// passwdRow handles a line of /etc/passwd (getent passwd) starting at i,
// name:x:UID:GID:GECOS:HOME:SHELL, for a person's account (UID 1000 to
// 65533): the account and the GECOS field's full name are learned and
// replaced, and a telephone number among its other parts. System
// accounts ("pulse:x:117:122:PulseAudio daemon,,,:...") stay. It reports
// whether the line is a system account's row: its first field is then no
// key ("mail:x:8:8:mail:/var/mail:..." names no e-mail address).
func (sc *scanner) passwdRow(i int) bool {
	b := sc.b
	name, uid, gs, ge := passwdFields(b, i)
	if name < 0 {
		return false
	}
	if uid < 1000 || uid >= 65534 {
		return true // a system account ("mail", "postgres"): no person
	}
	sc.accountSpan(i, name)
	for f, s := 0, gs; s < ge; f++ {
		e := s
		for e < ge && b[e] != ',' {
			e++
		}
		if e > s {
			if f == 0 {
				sc.valueSpan(s, e, ClassUser)
			} else {
				sc.valueSpan(s, e, ClassPhone)
			}
		}
		s = e + 1
	}
	// a person's row: its account is replaced, and a second pass sees a
	// pseudonym where the row began, so the key detectors run on it as
	// they do there
	return false
}

// passwdFields parses the start of a passwd row at i: it returns where
// the name ends, the UID, and the GECOS field [gs, ge), which a home
// (":/") must follow; name is -1 when b[i:] is no row.
func passwdFields(b []byte, i int) (name, uid, gs, ge int) {
	n := len(b)
	p := i
	for p < n && p-i <= 32 && (isAlnum(b[p]) || b[p] == '.' || b[p] == '_' || b[p] == '-') {
		p++
	}
	name = p
	if p == i || p+4 >= n || b[p] != ':' {
		return -1, 0, 0, 0
	}
	p++
	pw := p
	for p < n && p-pw <= 2 && (b[p] == 'x' || b[p] == '*' || b[p] == '!') {
		p++
	}
	if p == pw || p >= n || b[p] != ':' {
		return -1, 0, 0, 0 // (an empty password field: "a::1000:0:0" is an IPv6 address)
	}
	for ids := 0; ids < 2; ids++ {
		p++
		s := p
		v := 0
		for p < n && isDigit(b[p]) && p-s < 6 {
			v = v*10 + int(b[p]-'0')
			p++
		}
		if p == s || p >= n || b[p] != ':' {
			return -1, 0, 0, 0
		}
		if ids == 0 {
			uid = v
		}
	}
	gs = p + 1
	ge = gs
	for ge < n && b[ge] != ':' && b[ge] != '\n' && b[ge] != '\r' && ge-gs < 256 {
		ge++
	}
	if ge+1 >= n || b[ge] != ':' || b[ge+1] != '/' {
		// no home after the GECOS field: no passwd line, a system
		// account's as a person's ("a:x:0:0://0@mAil:00A" holds keys)
		return -1, 0, 0, 0
	}
	return name, uid, gs, ge
}

// inSystemRow reports whether the word at i, glued to a pseudonym,
// continues a line that starts as a system account's passwd row: the
// first pass read the row's first word whole and took no keys from it,
// and a second pass, where a pseudonym cut that word
// ("a:x:0:0:<email-1>:/x:mail:00A"), takes none from the rest either.
func inSystemRow(b []byte, i int) bool {
	// First a bound that costs a byte a step: the start of the run of
	// word bytes, '<' and '>' that holds i, which is where the walk
	// below ends when it returns true (it steps over no other byte, and
	// never past 512 bytes and a pseudonym). Only a system account's
	// passwd row there can hold i; the walk tells each pseudonym it
	// meets from a tag (afterPseudonym), which, in a run of them
	// (same-length scrubbing's "/home/<u>/home/<u>/…"), each word after
	// one would do again for every one before it.
	l := i
	for l > 0 && i-l < 600 && (ctab[b[l-1]] != 0 || b[l-1] == '<' || b[l-1] == '>') {
		l--
	}
	if l > 0 && !lineBreak(b[l-1]) {
		return false
	}
	if name, uid, _, _ := passwdFields(b, l); name < 0 || uid >= 1000 && uid < 65534 {
		return false
	}
	// back over the word's bytes and pseudonyms to where the first
	// pass's word began
	ls := i
	for ls > 0 && i-ls < 512 {
		if ctab[b[ls-1]] != 0 {
			ls--
		} else if b[ls-1] == '>' && afterPseudonym(b, ls) {
			ls = bytes.LastIndexByte(b[:ls-1], '<')
		} else {
			break
		}
	}
	if ls < 0 || ls > 0 && !lineBreak(b[ls-1]) || !(b[ls]-'a' < 26 || b[ls] == '_') {
		return false
	}
	name, uid, _, _ := passwdFields(b, ls)
	return name >= 0 && (uid < 1000 || uid >= 65534)
}

// lshwConfiguration reports whether p lies in a line of lshw's that
// starts (after its indent) with "configuration: ". The whole line is
// read: a bound in bytes would reach its start in a second pass only,
// once values before p are replaced by shorter pseudonyms.
func (sc *scanner) lshwConfiguration(p int) bool {
	b := sc.b
	k := sc.lineHead(p)
	for k < p && (b[k] == ' ' || b[k] == '\t') {
		k++
	}
	return bytes.HasPrefix(b[k:p], []byte("configuration: "))
}

// whoRow handles a row of who(1) or last(1) at the line-start word
// [i, j): "nurlan   pts/0   2026-11-30 21:10 (192.168.1.50)": the word
// is the account when a terminal's name follows it (pts/N, ttyN, seatN,
// console, :0). It returns where the account ends, or -1.
func (sc *scanner) whoRow(i, j int) int {
	b := sc.b
	p := j
	for p < len(b) && p-j < 16 && b[p] == ' ' {
		p++
	}
	if p == j || p+4 >= len(b) {
		return -1
	}
	// who -T's (and who -a's) message status before the terminal:
	// "mehmet   + pts/2 …" ('+' writable, '-' not, '?' unknown)
	mark := false
	if c := b[p]; (c == '+' || c == '-' || c == '?') && b[p+1] == ' ' {
		mark = true
		for p++; p < len(b) && p-j < 20 && b[p] == ' '; p++ {
		}
		if p+4 >= len(b) {
			return -1
		}
	}
	t := b[p:min(len(b), p+8)]
	if !(bytes.HasPrefix(t, []byte("pts/")) || bytes.HasPrefix(t, []byte("tty")) && isAlnum(t[3]) ||
		bytes.HasPrefix(t, []byte("seat")) && isDigit(t[4]) || bytes.HasPrefix(t, []byte("console ")) || bytes.HasPrefix(t, []byte(":0 "))) {
		return -1
	}
	if w := string(b[i:j]); w == "reboot" || w == "shutdown" || w == "wtmp" || w == "btmp" || w == "runlevel" {
		return -1 // last's pseudo-users
	}
	// the field after the terminal: where from (an address, "(…)", a
	// display ":0", the terminal again) or when ("2026-11-30", "Mon
	// Nov 30"), not prose ("Serial   console on ttyS0")
	k := p
	for k < len(b) && k-p < 16 && b[k] > ' ' {
		k++
	}
	if k < len(b) && b[k] > ' ' {
		return -1 // a longer word than a terminal's name
	}
	for n := k; k < len(b) && k-n < 32 && b[k] == ' '; k++ {
	}
	if k+4 >= len(b) || !(isDigit(b[k]) || b[k] == '(' || b[k] == ':' || bytes.HasPrefix(b[k:], []byte("tty")) ||
		b[k+3] == ' ' && (isMonth(b[k:k+3]) || weekday(b[k:k+3]))) {
		return -1
	}
	if mark && !(isDigit(b[k]) && b[k+4] == '-' || b[k+3] == ' ' && isMonth(b[k:k+3])) {
		return -1 // after a status mark, only who's time: "2024-03-01 10:02", "Mar  1 10:02"
	}
	if !sc.accountSpan(i, j) {
		return -1
	}
	return j
}

// quserTable handles the table of quser (query user), its header's
// "USERNAME" at [i, j) followed by "SESSIONNAME": each row starts with
// the account (after '>' on the caller's own session), which is learned
// and replaced.
func (sc *scanner) quserTable(i, j int) {
	b := sc.b
	if string(b[i:j]) == "Username" {
		sc.psUserTable(i, j) // smbstatus's "PID  Username  Group  Machine …" (systools.go)
		return
	}
	if string(b[i:j]) != "USERNAME" || i > 0 && b[i-1] != ' ' && !lineBreak(b[i-1]) {
		return
	}
	k := j
	for k < len(b) && k-j < 32 && b[k] == ' ' {
		k++
	}
	if !bytes.HasPrefix(b[k:], []byte("SESSIONNAME")) {
		sc.querySessionTable(i, j)
		return
	}
	p := bytes.IndexByte(b[k:], '\n')
	if p < 0 {
		return
	}
	p += k
	for rows := 0; rows < 64 && p < len(b) && b[p] == '\n'; rows++ {
		p++
		if p < len(b) && (b[p] == ' ' || b[p] == '>') {
			s := p + 1
			e := s
			for e < len(b) && e-s <= 20 && b[e] > ' ' {
				e++
			}
			if e == s || e >= len(b) || b[e] != ' ' || pseudonymAt(b, s) {
				return
			}
			if k := bytes.IndexByte(b[s:e], '<'); k > 0 && pseudonymAt(b, s+k) {
				// a pseudonym inside: the first pass read a longer field
				// there ("00!mAil:AAA.AA@Apple0000000", no account), or
				// replaced the account at its start
				return
			}
			sc.valueSpan(s, e, ClassUser)
		} else {
			return // the table ends
		}
		for p < len(b) && b[p] != '\n' {
			p++
		}
	}
}

// querySessionTable handles query session's (qwinsta's) table, whose
// header " SESSIONNAME  USERNAME  ID  STATE  TYPE  DEVICE" has its
// USERNAME column at the word [i, j): the accounts signed in, at the
// console or over RDP ("rdp-tcp#3  Bheki  2  Active").
func (sc *scanner) querySessionTable(i, j int) {
	b := sc.b
	ls := sc.lineHead(i)
	if h := bytes.TrimSpace(b[ls:i]); string(h) != "SESSIONNAME" {
		return
	}
	columnWords(b, ls, i, j, lineEnd(b, j), func(vs, e int) {
		if e > vs && !pseudonymAt(b, vs) {
			sc.accountSpan(vs, e)
		}
	})
}

// netrcPassword handles the word "password" at [i, j) in a .netrc file:
// "machine HOST login NAME password SECRET" on one line, or "password
// SECRET" on a line after "login NAME". It returns where the secret ends,
// or -1.
func (sc *scanner) netrcPassword(i, j int) int {
	b := sc.b
	// the whole line: a window of bytes would move with the pseudonyms
	// of the host and login before the word in a second pass
	ls := sc.lineHead(i)
	k := ls
	for k < i && (b[k] == ' ' || b[k] == '\t') {
		k++
	}
	line := b[k:i]
	ns, ne := -1, -1 // the login's name
	switch {
	case bytes.HasPrefix(line, []byte("machine ")) || bytes.HasPrefix(line, []byte("default ")):
		l := bytes.Index(line, []byte(" login "))
		if l < 0 {
			return -1
		}
		ns = k + l + len(" login ")
		ne = ns + max(0, bytes.IndexByte(b[ns:i], ' '))
	case k == i:
		// the line before is "login NAME", the one before that
		// "machine HOST"
		ps, pe := prevLine(b, ls)
		if pe < 0 || !bytes.HasPrefix(b[ps:pe], []byte("login ")) || bytes.IndexByte(b[ps+6:pe], ' ') >= 0 {
			return -1
		}
		ns, ne = ps+6, pe
		if ps, pe = prevLine(b, ps); pe < 0 || !bytes.HasPrefix(b[ps:pe], []byte("machine ")) && !bytes.HasPrefix(b[ps:pe], []byte("default")) {
			return -1
		}
	default:
		return -1
	}
	if ne > ns && !pseudonymAt(b, ns) && canonical(string(b[ns:ne])) != "anonymous" {
		// the account the password is for ("login kwame.mensah"; an
		// anonymous FTP login is none)
		sc.accountSpan(ns, ne)
	}
	vs := j + 1
	ve := vs
	for ve < len(b) && ve-vs < 256 && b[ve] > ' ' && b[ve] != 0x7f {
		ve++
	}
	v := b[vs:ve]
	if len(v) == 0 || v[0] == '<' || skipValue(v, ClassPassword) {
		return -1
	}
	if !sc.s.allowed(string(v)) {
		sc.add(vs, ve, ClassPassword, string(v))
	}
	return ve
}

// prevLine returns the line before the one starting at ls, its indent
// and line break left out; pe is -1 when there is none.
func prevLine(b []byte, ls int) (ps, pe int) {
	for ls > 0 && b[ls-1] != '\n' {
		ls--
	}
	if ls < 2 {
		return 0, -1
	}
	pe = ls - 1
	if b[pe-1] == '\r' {
		pe--
	}
	ps = lineStartOf(b, pe)
	for ps < pe && (b[ps] == ' ' || b[ps] == '\t') {
		ps++
	}
	for pe > ps && (b[pe-1] == ' ' || b[pe-1] == '\t') {
		pe--
	}
	return ps, pe
}

// coreAudioUID handles the rest, at p, of a Core Audio device UID of a
// USB audio device, "AppleUSBAudioEngine:MAKER:PRODUCT:SERIAL:1,2"
// (macOS audio apps log it with the device): SERIAL is the device's
// serial number (its USB location id when it has none).
func (sc *scanner) coreAudioUID(p int) {
	b := sc.b
	for f := 0; f < 2; f++ { // the maker and the product, blanks allowed
		k := p
		for k < len(b) && k-p < 128 && b[k] != ':' && !lineBreak(b[k]) && b[k] != '"' {
			k++
		}
		if k >= len(b) || b[k] != ':' {
			return
		}
		p = k + 1
	}
	e := p
	for e < len(b) && e-p <= 64 && isAlnum(b[e]) {
		e++
	}
	if e >= len(b) || b[e] != ':' || e-p < 4 || pseudonymAt(b, p) || !serialShaped(b[p:e]) {
		return
	}
	sc.serialAt(p, e)
}

// weekday: w is an English weekday's abbreviation ("Mon").
func weekday(w []byte) bool {
	for _, d := range [...]string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		if eqLower(w, d) {
			return true
		}
	}
	return false
}

// camelIdent reports whether v is a program's identifier in lower camel
// case, or Apple's constant style ("lastOpenedSet", "kLastProjectPath"):
// ASCII letters only, words of two letters or more, each with a vowel.
func camelIdent(v []byte) bool {
	if len(v) < 6 || len(v) > 48 || v[0] < 'a' || v[0] > 'z' {
		return false
	}
	start := 0
	if v[0] == 'k' && v[1] >= 'A' && v[1] <= 'Z' {
		start = 1
	}
	words, wlen, vowel := 0, 0, false
	for k := start; k <= len(v); k++ {
		if k == len(v) || v[k] >= 'A' && v[k] <= 'Z' {
			if k > start && (wlen < 2 || !vowel) {
				return false
			}
			if k == len(v) {
				break
			}
			words++
			wlen, vowel = 0, false
		} else if v[k] < 'a' || v[k] > 'z' {
			return false
		}
		wlen++
		switch v[k] | 0x20 {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			vowel = true
		}
	}
	return words >= 1
}

// dateWordsEnd returns where a date written in words that starts before e
// ends: up to two more words after e, each a month's name (English, as
// written or cut to three letters) or a day or year number, with one blank
// or ", " before each ("12 March 1994", "March 12, 1994").
func dateWordsEnd(b []byte, e int) int {
	for n := 0; n < 2; n++ {
		k := e
		if k+1 < len(b) && b[k] == ',' {
			k++
		}
		if k+1 >= len(b) || b[k] != ' ' {
			break
		}
		k++
		we := k
		for we < len(b) && isAlnum(b[we]) {
			we++
		}
		w := b[k:we]
		if !(len(w) >= 1 && len(w) <= 4 && allDigits(w)) && !monthName(w) {
			break
		}
		e = we
	}
	return e
}

// monthName: w is an English month's name, or its first three letters
// (isMonth).
func monthName(w []byte) bool {
	if len(w) < 3 || len(w) > 9 || !isMonth(w[:3]) {
		return false
	}
	if len(w) == 3 {
		return true
	}
	lw := asciiLower(string(w))
	for _, m := range [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if lw == m {
			return true
		}
	}
	return false
}

// lowerNameEnd returns where a full name written in lower case ends, whose
// first word is the value at vs..e of a user's key ("User: ama mensah",
// "Full name: ngozi adeyemi"): one to three more lower-case words, one blank
// apart, which end the value (the line, a quote, a comma); else e. A
// status ("user: kofi logged in") or a role ("user: root admin") is none.
func lowerNameEnd(b []byte, vs, e int) int {
	// the shape first, bytes only: one to three words of lower-case
	// letters (or UTF-8), then the value's end
	var ends [3]int
	words, end := 0, e
	for words < 3 && end < len(b) && b[end] == ' ' {
		s := end + 1
		k := s
		for k < len(b) && k-s <= 24 && (b[k] >= 'a' && b[k] <= 'z' || b[k] >= 0x80) {
			k++
		}
		if k-s < 2 {
			return e
		}
		ends[words] = k
		words++
		end = k
	}
	if words == 0 || end < len(b) && strings.IndexByte("\n\r\"',;)", b[end]) < 0 && !(b[end] == '\\' && end+1 < len(b) && (b[end+1] == 'n' || b[end+1] == '"')) {
		return e
	}
	if !lowerNameWord(b[vs:e], false) {
		return e
	}
	s := e + 1
	for k := 0; k < words; k++ {
		w := b[s:ends[k]]
		particle := nameParticles[string(w)]
		if !lowerNameWord(w, particle) || particle && k == words-1 {
			return e // "user: kofi de": no surname after the particle
		}
		s = ends[k] + 1
	}
	return end
}

// lowerNameWord: w, two to 24 bytes, reads as a name's word in lower case:
// lower-case letters only, and no word of a status, a role or a clause
// (particle: a name's particle, "da", "van", is one).
func lowerNameWord(w []byte, particle bool) bool {
	if len(w) < 2 || len(w) > 24 || !utf8.Valid(w) {
		return false
	}
	for _, r := range string(w) {
		if !unicode.IsLower(r) {
			return false
		}
	}
	if particle {
		return true
	}
	lw := string(w)
	return !lowerNameStop[lw] && !proseLeads[lw] && !proseStop[lw] && !determiners[lw] && !nameLead[lw] &&
		!accountKinds[lw] && !possStop[lw] && !verbForm(lw) && !isGenericUser(lw)
}

// lowerNameStop are lower-case words after a user's value that make it a
// status or a phrase, no full name ("user: not set", "user: kofi logged in").
var lowerNameStop = wordSet(`in out on off at to for from by with of and or not none null nil unset unknown is was are
	has had have as via if then else here there now ok yes no true false disabled enabled required missing given found
	set empty default invalid denied only just all any some too also me you him her them us it its we they he she i
	account accounts user users admin root guest local system service session sessions login logout id uid name names
	mode group groups role roles profile password pass passwd token key keys home shell dir directory
	bot bots visitor visitors agent client server daemon process worker runner inc ltd llc corp co field value
	staff wheel sudo adm everyone developers dialout audio video plugdev docker lpadmin sambashare nogroup`)

// shellDefault returns where the default word of a shell's parameter
// expansion at p starts and ends (at its '}'): ${NAME:-word},
// ${NAME-word}, ${NAME:=word}, ${NAME=word}. The name is the program's;
// the default, a person's account or machine as often as not, is the
// value. It returns -1, -1 when there is none.
func shellDefault(b []byte, p int) (int, int) {
	s := shellDefaultStart(b, p)
	if s < 0 {
		return -1, -1
	}
	e := s
	for e < len(b) && e-s < 128 && b[e] > ' ' && b[e] != '}' && b[e] != '$' && b[e] != '{' && b[e] != '"' && b[e] != '\'' && b[e] != 0x7f {
		e++
	}
	if e == s || e >= len(b) || b[e] != '}' {
		return -1, -1
	}
	return s, e
}

// shellDefaultStart returns where the default word of the parameter
// expansion at p starts (shellDefault), or -1.
func shellDefaultStart(b []byte, p int) int {
	if p+5 >= len(b) || b[p] != '$' || b[p+1] != '{' {
		return -1
	}
	k := p + 2
	for k < len(b) && k-p < 66 && (isAlnum(b[k]) || b[k] == '_') {
		k++
	}
	if k == p+2 || k+1 >= len(b) {
		return -1
	}
	if b[k] == ':' {
		k++
	}
	if b[k] != '-' && b[k] != '=' {
		return -1
	}
	return k + 1
}

// samplePasswords are the defaults a shell script or a compose file
// writes for a password it expects to be set ("${DB_PASS:-changeme}"):
// no one's secret.
var samplePasswords = wordSet(`changeme change_me changeit password passwd secret example test admin postgres root default
	mysecretpassword`)

// fsPathAt: an absolute path of a file system starts at p: a drive
// ("C:\Users", "D:/Sessions") or a root a home or an app lives under
// ("/Users/", "/home/", "/Volumes/", JSON's "\/Users\/"). A token's
// base64 may open with '/', never with these.
func fsPathAt(b []byte, p int) bool {
	if p+3 < len(b) && isLetter(b[p]) && b[p+1] == ':' && (b[p+2] == '\\' || b[p+2] == '/') && (isLetter(b[p+3]) || b[p+3] == '\\') {
		return true
	}
	k := p
	if k+1 < len(b) && b[k] == '\\' && b[k+1] == '/' {
		k++
	}
	if k+6 >= len(b) || b[k] != '/' {
		return false
	}
	for _, r := range [...]string{"Users", "home", "Volumes", "Library", "Applications", "private", "tmp", "var", "opt", "mnt", "media"} {
		if e := k + 1 + len(r); e < len(b) && string(b[k+1:e]) == r && (b[e] == '/' || b[e] == '\\') {
			return true
		}
	}
	return false
}

func lowerByte(c byte) bool { return c >= 'a' && c <= 'z' }

// sourcePosition: key is a source file's name ("token.go", "session.c")
// and the value at p is a line number ("88:14:", "120: warning", "40"
// at the end of a line), as compilers and tracebacks write them.
func sourcePosition(key, b []byte, p int) bool {
	if !codeFileName(key) {
		return false
	}
	p += lineWordLen(b, p) // .NET's "Store.cs:line 142" (in the system's language: "Zeile 142")
	e := p
	for e < len(b) && e-p < 8 && isDigit(b[e]) {
		e++
	}
	return e > p && (e == len(b) || b[e] == ':' || b[e] == ' ' || b[e] == ',' || b[e] == ')' || lineBreak(b[e]))
}

// codeFileName: name ends in a source file's extension ("token.go",
// "UserService.cs") after one byte or more.
func codeFileName(name []byte) bool {
	d := bytes.LastIndexByte(name, '.')
	if d < 1 || len(name)-d > 6 {
		return false
	}
	var eb [5]byte
	x := eb[:0]
	for _, c := range name[d+1:] {
		x = append(x, c|0x20)
	}
	switch string(x) {
	case "c", "h", "cc", "cpp", "cxx", "hpp", "hh", "m", "mm", "s", "go", "py", "pyx", "js", "mjs", "ts", "tsx", "jsx",
		"rs", "java", "kt", "kts", "scala", "swift", "cs", "rb", "php", "pl", "pm", "lua", "zig", "dart", "sh", "tcl", "ex", "exs", "erl", "hs", "ml", "nim",
		"vb", "fs":
		return true
	}
	return false
}

// lineWordLen: the bytes at p are the word "line" as .NET's stack trace
// writes it before a line number, in English or in the language of the
// system that wrote it ("line 42", "Zeile 42", "ligne 42", "línea 42",
// "строка 42", "行 42"), and a blank; it returns their length, or 0.
func lineWordLen(b []byte, p int) int {
	for _, w := range [...]string{"line ", "Zeile ", "ligne ", "línea ", "linha ", "riga ", "regel ", "wiersz ", "satır ", "строка ", "řádek ", "sor ", "行 ", "줄 "} {
		if len(b)-p > len(w) && string(b[p:p+len(w)]) == w && isDigit(b[p+len(w)]) {
			return len(w)
		}
	}
	return 0
}

// mediaFileName: v is a file's name ending in a media or project
// extension (mediaExt) after words joined by '_' or '-', with no path
// ("my_birthday_set.wav", "final_mix_v2.wav"; a lone word, "Ngozi.als",
// may be a person's name and stays a value).
func mediaFileName(v []byte) bool {
	k := bytes.LastIndexByte(v, '.')
	if k < 3 || !mediaExt(v[k+1:]) || bytes.ContainsAny(v, "/\\") || !bytes.ContainsAny(v[1:k-1], "_-") {
		return false
	}
	for _, c := range v[:k] {
		if isLetter(c) {
			return true
		}
	}
	return false
}

// tokenFileName: v is a file's name without a path, a lower-case stem of
// letters, digits, '_' and '-' with a letter and an extension fileExt
// knows ("state.bin", "last_session.json"), no hex id.
func tokenFileName(v []byte) bool {
	k := bytes.LastIndexByte(v, '.')
	if k < 1 || k > 40 || !fileExt(string(v)) {
		return false
	}
	letter := false
	for _, c := range v[:k] {
		if c >= 'a' && c <= 'z' {
			letter = true
		} else if !(c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return letter && !allHex(v[:k]) // "8f3a9c2e.bin": an id
}

// vdjTagsBefore: the attribute whose key starts at k is one of a
// VirtualDJ database's <Tags …> element (its start within 512 bytes on
// the line, no '>' between).
func vdjTagsBefore(b []byte, k int) bool {
	for p := k - 1; p >= 0 && k-p <= 512; p-- {
		switch b[p] {
		case '<':
			return p+6 <= k && string(b[p+1:p+6]) == "Tags "
		case '>', '\n', '\r':
			return false
		}
	}
	return false
}

// hostCodeValue: the value b[vs:ve] of a host or proxy key is an expression
// of a program's source, no machine (Go's net/http: "Host: req.URL.Host,",
// "Proxy: t.Proxy,", "Host: cm.targetAddr", "Proxy: ProxyFromEnvironment,",
// "host = hostPort"): a selector, a lower-case receiver and dotted
// identifiers, one with a capital after a letter or leading; or a name in
// camel case that ends its statement or is called. A machine's name with capitals
// has them in its first label or joins words with '-' (Kofis-MacBook-Pro.local,
// DESKTOP-8F2K1Q.corp.local).
func hostCodeValue(b []byte, vs, ve int) bool {
	if ve-vs > 2 && b[ve-1] == ')' && b[ve-2] == '(' {
		ve -= 2 // "mx.MX.String()"
	} else if ve-vs > 1 && b[ve-1] == '(' {
		ve--
	}
	v := b[vs:ve]
	if len(v) < 2 || len(v) > 64 {
		return false
	}
	dot, camel := -1, false
	for i, c := range v {
		switch {
		case c == '.':
			if i == 0 || i == len(v)-1 || v[i-1] == '.' {
				return false
			}
			if dot < 0 {
				dot = i
			}
		case c >= 'A' && c <= 'Z':
			if dot >= 0 && (v[i-1] == '.' || lowerByte(v[i-1])) || dot < 0 && i > 0 && lowerByte(v[i-1]) {
				camel = true
			}
		case !lowerByte(c) && !isDigit(c) && c != '_':
			return false
		}
	}
	if !camel {
		return false
	}
	if dot > 0 {
		// "req.Host", "r.URL.Host", "c.serverName", "mx.MX.String()"; a
		// receiver in camel case when the last name is too
		// ("clientHello.serverName"): no top-level domain has a hump
		return allLowerLetters(v[:dot]) || lowerByte(v[0]) && bytes.IndexByte(v[:dot], '_') < 0 && humpAfterLower(v[bytes.LastIndexByte(v, '.')+1:])
	}
	// a name in camel case: before ',', ')', '}', ';' or the line's end
	k := blanksAfter(b, ve)
	return k >= len(b) || lineBreak(b[k]) || strings.IndexByte(",)};+(", b[k]) >= 0
}

// humpAfterLower: w has a capital right after a lower-case letter
// ("serverName").
func humpAfterLower(w []byte) bool {
	for k := 1; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' && lowerByte(w[k-1]) {
			return true
		}
	}
	return false
}

// blanksAfter returns where the blanks and tabs after ve end, reading
// at most eight: where what follows a value in code starts (',', ')'...).
func blanksAfter(b []byte, ve int) int {
	k := ve
	for k < len(b) && k < ve+8 && (b[k] == ' ' || b[k] == '\t') {
		k++
	}
	return k
}

// hostProse: the value of a host key at p starts four words of
// lower-case letters, a sentence ("server name: refuse to resume a
// session", git's subject lines, "proxy: username/password as str
// compatible"), no machine's name. A machine is the subject of what
// follows its name ("Computer: efuabox is offline now").
func hostProse(b []byte, p int) bool {
	for n := 1; n <= 4; n++ {
		e := p
		for e < len(b) && e-p <= 16 && lowerByte(b[e]) {
			e++
		}
		if e == p || n == 1 && e-p < 2 || e-p > 16 {
			return false
		}
		if n == 2 {
			switch string(b[p:e]) {
			case "is", "was", "has", "had", "went", "seems", "not", "isn", "wasn", "does", "did", "will", "can", "cannot":
				return false
			}
		}
		if n == 1 && e < len(b) && b[e] == '/' {
			e++ // "username/password as str"
			for e < len(b) && e-p <= 32 && lowerByte(b[e]) {
				e++
			}
		}
		if n == 4 {
			return e == len(b) || !isAlnum(b[e]) && b[e] != ':' && b[e] != '=' && b[e] != '.' && b[e] != '-'
		}
		if e+1 >= len(b) || b[e] != ' ' {
			return false
		}
		p = e + 1
	}
	return false
}

// requestLine: v starts an HTTP request line ("POST / HTTP/1.1", "GET
// http://www.google.com/search HTTP/1.1"): the method, a blank and the
// target.
func requestLine(v []byte) bool {
	k := 0
	for k < len(v) && k < 8 && v[k] >= 'A' && v[k] <= 'Z' {
		k++
	}
	return k >= 3 && k < 8 && k+2 < len(v) && v[k] == ' ' && (v[k+1] == '/' || v[k+1] == 'h' || v[k+1] == '*')
}

// goUserError: the value [vs, ve) of a user key is the first word of one
// of Go's os/user errors, the word after it telling ("user: Current not
// implemented on android", "user: Current requires cgo", "user:
// lookup userid 1001", "user: list groups for kofi"); the value is a
// function's name or a verb, and an account named later is read as any.
func goUserError(b []byte, vs, ve int) bool {
	if ve+8 >= len(b) || b[ve] != ' ' || vs < 6 || b[vs-1] != ' ' || b[vs-2] != ':' || !eqLower(b[vs-6:vs-2], "user") {
		return false
	}
	for _, c := range b[vs:ve] {
		if !isLetter(c) || c >= 0x80 {
			return false
		}
	}
	w := b[ve+1:]
	for _, n := range [...]string{"not implemented", "requires cgo", "userid ", "groupid ", "username ", "groups"} {
		if len(w) >= len(n) && string(w[:len(n)]) == n {
			return true
		}
	}
	return false
}

// gdbEntryValue: the value at p is gdb's entry value of key, the key
// before it ("sig=sig@entry=6", "user=user@entry=0x…"), which follows
// "@entry=".
func gdbEntryValue(b, key []byte, p int) bool {
	e := p + len(key)
	return e+7 < len(b) && string(b[e:e+7]) == "@entry=" && string(b[p:e]) == string(key)
}

// cPointerEnd: a C pointer as a debugger prints it starts at p ("0x0",
// "0x7fffffffe3a0": "0x" and one to sixteen hex digits, which end the
// value); it returns where it ends, or p.
func cPointerEnd(b []byte, p int) int {
	e := p + 2 + hexRun(b, p+2, min(len(b), p+2+17))
	if e == p+2 || e-p-2 > 16 || e < len(b) && !pointerEnd[b[e]] {
		return p
	}
	return e
}

// pointerEnd: the bytes that may follow a debugger's pointer value.
var pointerEnd = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, ',': true, ')': true, '}': true, ';': true}

// ioregSessionID: the digits at p are the value of ioreg's "sessionID"
// (an IOUSBHostDevice's: `"sessionID" = 1032718493218`), as ioreg writes
// a property, to the end of the line or of a dictionary's entry (a
// defaults read's `"sessionID" = 1234;` is an app's setting, left to
// the key's class).
func ioregSessionID(b []byte, p int) bool {
	const k = `"sessionID" = `
	if p < len(k) || string(b[p-len(k):p]) != k {
		return false
	}
	e := p
	for e < len(b) && e-p <= 20 && isDigit(b[e]) {
		e++
	}
	return e-p <= 20 && (e == len(b) || lineBreak(b[e]) || b[e] == ',' || b[e] == '}')
}

// keywordArgSelf: the value at p is key again, ending a call's argument
// (a ',' or ')' after it): "password=password)".
func keywordArgSelf(b, key []byte, p int) bool {
	e := p + len(key)
	return e < len(b) && (b[e] == ',' || b[e] == ')') && string(b[p:e]) == string(key)
}

// sambaAccount handles the account Samba's authentication log writes in
// brackets, its backslash at p: "user [SGLOG]\[kofi.m] at [...]",
// "mapped to [SGLOG]\[Tran Thi Bich Ngoc].", "became [SGLOG]\[kofi.m]"
// (auth_log.c). The domain names the organisation or the machine, the
// account the person; an account with blanks in it is the person's full
// name. Samba's own ("[NT AUTHORITY]\[ANONYMOUS LOGON]", "[]\[]") stay.
func (sc *scanner) sambaAccount(p int) {
	b := sc.b
	if p < 2 || p+2 >= len(b) || b[p-1] != ']' || b[p+1] != '[' {
		return
	}
	ds := p - 1
	for ds > 0 && p-ds < 64 && b[ds-1] != '[' {
		ds--
	}
	if ds == 0 || b[ds-1] != '[' || !sambaAccountLead(b, ds-1) {
		return
	}
	as, ae := p+2, p+2
	for ae < len(b) && ae-as < 104 && b[ae] != ']' && b[ae] >= ' ' && b[ae] != '[' {
		ae++
	}
	if ae >= len(b) || b[ae] != ']' || ae == as || pseudonymAt(b, as) {
		return
	}
	d := b[ds : p-1]
	switch string(bytes.ToUpper(d)) {
	case "NT AUTHORITY", "BUILTIN", "NT SERVICE", "WORKGROUP", "":
	default:
		if bytes.IndexByte(d, ' ') < 0 && !pseudonymAt(b, ds) {
			sc.hostSpan(ds, p-1)
		}
	}
	name := string(b[as:ae])
	if b[ae-1] == '$' || !plausibleName(name) || isGenericUser(name) || sc.s.allowed(name) {
		return // a machine's account ("WS01$"), Samba's "ANONYMOUS LOGON"
	}
	if strings.IndexByte(name, ' ') > 0 {
		if proseWords(name) && displayNameWords(b, as, ae) {
			sc.nameSpan(as, ae)
		}
		return
	}
	sc.learnUser(name)
	sc.add(as, ae, ClassUser, canonical(name))
}

// sambaAccountLead: the bracket at q follows the word Samba writes
// before an account: "user [", "to [", "became [".
func sambaAccountLead(b []byte, q int) bool {
	return q > 0 && b[q-1] == ' ' && (hasWordBefore(b, q-1, "user") || hasWordBefore(b, q-1, "to") || hasWordBefore(b, q-1, "became"))
}

// hasWordBefore: the word w ends at e, a blank or the line's start
// before it.
func hasWordBefore(b []byte, e int, w string) bool {
	s := e - len(w)
	return s >= 0 && string(b[s:e]) == w && (s == 0 || b[s-1] == ' ' || lineBreak(b[s-1]))
}
