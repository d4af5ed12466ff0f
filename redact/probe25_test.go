package redact

import "testing"

// Leak: a notification's sender ("Message from Rudo Chikwanha"), a
// calendar event's guest ("Dinner with Samira Khalil") and the contact
// a messenger shows beside a number ("from +44 7700 900123 (Noor)")
// kept the person: "from" named a caller only after "call", "with" a
// party only after "call" or "meeting", and nothing read the bracket
// after a number.
func TestProbe25MessagesAndMeetings(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Dec 01 21:10:11 tendai-xps gnome-shell[1901]: Notification from Signal: \"Message from Rudo Chikwanha\"\n", "Chikwanha"},
		{"2026-12-01 21:10:09.001 CalendarAgent: Event \"Dinner with Samira Khalil\" starts 20:00\n", "Khalil"},
		{"2026-12-01 21:10:08.001 Messages: Incoming iMessage from +44 7700 900123 (Noor)\n", "Noor"},
		{"WhatsApp: missed voice call from +233 24 555 0199 (Kwabena Owusu)\n", "Owusu"},
		{"Voicemail from Ngozi Adeyemi, 0:42\n", "Adeyemi"},
		{"notify: New email from Lucía Fernández\n", "Fernández"},
		{"Lunch with Tavita Leota\n", "Leota"},
		{"calendar: \"Interview with Aigerim Bekova\" moved to 14:00\n", "Bekova"},
		{"INFO wallet: received payment from Thabo Nkosi\n", "Nkosi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	keep := "Message from Windows Defender\nNotification from Google Play Services\nEmail from Apple Support\n" +
		"Message from System Administrator\nText from Unknown Sender\nMessage from Crash Reporter\n" +
		"Mail from Mail Delivery Subsystem\nLunch with Product Team\nMeeting with Google Meet\nCall from Main Thread\n" +
		"Message from Audio Engine\nReply from Exchange Server\nDinner with Family\nEmail from Microsoft Store\n" +
		"message from the server\nPayment from PayPal\nCoffee with Friends\n" +
		"Invite from Apple Music\nMessage from Serato DJ Pro\nsms from Google Voice\n"
	mustKeepTwice(t, keep)
	// a kind of number in the bracket is no contact
	mustKeep(t, "phone labels", scrubTwice(t, "Call +1 415 555 0134 (Mobile)\nHotline: +44 20 7946 0958 (Work)\nSupport +49 30 901820 (WhatsApp)\n"),
		" (Mobile)\n", " (Work)\n", " (WhatsApp)\n")
}
