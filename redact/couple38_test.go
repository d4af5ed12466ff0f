package redact

import "testing"

// A couple's occasion, a preposition and two full names ("Wedding of
// Priya Nair and Arjun Menon"), and a calendar's SUMMARY before the
// occasion, name the couple in every language occasionPreps knows.
func TestCouple38PrepCouple(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"Wedding of Priya Nair and Arjun Menon\n", []string{"Priya", "Nair", "Arjun", "Menon"}},
		{"BEGIN:VEVENT\r\nSUMMARY:Wedding of Priya Nair and Arjun Menon\r\nEND:VEVENT\r\n", []string{"Priya", "Nair", "Arjun", "Menon"}},
		{"SUMMARY:Wedding of Priya and Arjun\n", []string{"Priya", "Arjun"}},
		{"SUMMARY:Birthday of Priya Nair\n", []string{"Priya", "Nair"}},
		{"Hochzeit von Anna Schmidt und Lukas Weber\n", []string{"Anna", "Schmidt", "Lukas", "Weber"}},
		{"Mariage de Léa Martin et Hugo Bernard\n", []string{"Léa", "Martin", "Hugo", "Bernard"}},
		{"Boda de Lucía García y Pablo Ruiz\n", []string{"Lucía", "García", "Pablo", "Ruiz"}},
		{"Wedding of Priya Nair & Arjun.mp4\n", []string{"Priya", "Nair", "Arjun"}},
	} {
		checkEncodingsOnePass(t, c.in, c.secrets...)
		out := scrubTextTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secrets...)
	}
	for _, keep := range []string{
		"Wedding of Salt and Pepper\n",
		"Anniversary of Rock and Roll\n",
		"Wedding Dress & Shoes\n",
		"SUMMARY:Wedding of the Year and More\n",
		"Wedding Mix Vol 2\n",
	} {
		keepOnePass(t, keep)
	}
}
