package redact

import (
	"testing"
)

// Leak: a DJ's profile or a booking sheet giving social handles as keys
// ("IG: @djkwabena", "Insta: obiora.live", "Instagram: ObioraLive") kept
// them ("Twitter: @…" alone was read). A handle after a social service's
// key is now the person's account; an SDK's lines under the service's
// name, a version, a site or plain words stay.
func TestProbe23SocialKeys(t *testing.T) {
	in := "DJ profile\nIG: @djkwabena\nInsta: obiora.live\nInstagram: ChiomaSpins\nTikTok: @temiloluwa_b\nSnapchat: wanjiru_k\nBooking: Fri/Sat\n"
	checkAllEncodings(t, "social", in, []string{"djkwabena", "obiora", "ChiomaSpins", "temiloluwa", "wanjiru"}, "djkwabena and obiora.live")
	mustKeep(t, "social", scrubTwice(t, in), "IG: @<user-1>\nInsta: <user-2>\n", "Booking: Fri/Sat\n")
	keep := "Facebook: v12.0\nTwitter: api.twitter.com\nDiscord: connected\nDiscord: RPC ready\nTwitch: StreamStarted\n" +
		"Instagram: not linked\nTikTok: 3.2.1\nSnapchat: SCSDKLoginKit 2.5\nFacebook: FBSDKCoreKit\n" +
		"Discord: discord_game_sdk.dll loaded\nTwitch: tmi.twitch.tv\nThreads: 8\nX: 120\nInstagram: share.json\n"
	mustKeepTwice(t, keep)
}
