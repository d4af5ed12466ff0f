package redact

import "testing"

// A config template or a compose file names the host by the variable that
// holds it ("host=DB_HOST", "Host: REDIS_HOST"): no machine, and the name
// is what a developer needs to see. A machine's own name still goes.
func TestOver27EnvHostName(t *testing.T) {
	for _, keep := range []string{
		"psycopg2.OperationalError: could not translate host name: host=DB_HOST port=5432 dbname=app\n",
		"redis.exceptions.ConnectionError: Error connecting. Host: REDIS_HOST Port: 6379\n",
		`{"database":{"host": "POSTGRES_HOST","port":5432}}` + "\n",
		"hostname=MY_HOST\nServer=SQL_SERVER;Database=Library\n",
		"libpq: host=PGHOST port=5432 sslmode=disable\n",
		"[mongo]\nhost = MONGO_HOSTNAME\n",
		"host: ${DB_HOST}\n--host $REDIS_HOST\nServer=%SQL_SERVER%\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"connect: host=KOFI-PC port=5432\n", "KOFI-PC"},
		{"Server=DESKTOP-7QK2L1M;Database=Library\n", "DESKTOP-7QK2L1M"},
		{"host: kofi_pc\n", "kofi_pc"},
		{"Host Name: NGOZI-LAPTOP\n", "NGOZI-LAPTOP"},
		{"ComputerName=ADEBAYO_PC\n", "ADEBAYO_PC"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// "Set for Ibiza.m3u": a place a set is made for is no person, and its
// name learned would go from the whole report ("Ibiza sunset",
// "Berlin-Brandenburg"). A person's set still names its person.
func TestOver27MadeForPlace(t *testing.T) {
	for _, keep := range []string{
		"Loaded playlist: D:\\Playlists\\Set for Ibiza.m3u\nNow playing: Ibiza Sunset (Extended Mix)\n",
		"rekordbox: exported Playlist for Berlin.m3u8 to USB\nTrack: Berlin Calling - Paul Kalkbrenner\n",
		"Serato: crate 'Mix for Lagos.crate' saved\nLagos Party Starter.mp3\n",
		"file:///C:/Music/Gig%20for%20Tulum.wav\n",
		"Set for Friday.m3u\nMix for Summer.m3u\nSet for Afrobeats.m3u\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Loaded playlist: /Users/dj/Music/Set for Obinna.m3u\nrequest from Obinna\n", "Obinna"},
		{"Serato: crate 'Mix for Thandiwe.crate' saved\n", "Thandiwe"},
		{"file:///Users/dj/Music/Gig%20for%20Ama%20Serwaa.wav\n", "Serwaa"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// Found by fuzzing: a pseudonym a first pass put between "Signed in to"
// and a later "as" stands for two words, so the service before that "as"
// was four words long then and no account followed it.
func TestOver27SignedInIdempotent(t *testing.T) {
	scrubTwice(t, "Signed in to 00 As A A as ø00")
	scrubTwice(t, "Signed in to Dropbox As Ama Serwaa as of 10:42\n")
	checkBothPaths(t, "Signed in to Dropbox as Ngozi Adeyemi-Okafor\n", "Adeyemi-Okafor")
	checkBothPaths(t, "Signed in to Serato DJ Pro as kofi.m\n", "kofi.m")
}
