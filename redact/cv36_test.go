package redact

import "testing"

// A person's papers saved under their name ("Zeynep_Kaya_CV.pdf",
// "Resume - Bisi Adebayo.pdf") show in recent-file lists, Office's MRU
// values, open file descriptors and lsof: the paper's word beside a
// document's extension marks the name, in one pass as after a learn pass.
func TestPapersNamedForPerson(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`HKCU\Software\Microsoft\Office\16.0\Word\User MRU\ADAL_1\File MRU  Item 1  REG_SZ  [F00000000][T01DA3B2C4E5F6A70][O00000000]*C:\Users\ama\Documents\Zeynep_Kaya_CV.pdf` + "\n", "Zeynep"},
		{"lrwx------ 1 u u 64 Mar  3 10:12 23 -> /home/u/Downloads/Chidinma Nwosu CV.docx\n", "Chidinma"},
		{"lrwx------ 1 u u 64 Mar  3 10:12 23 -> /home/u/Downloads/Chidinma Nwosu CV.docx\n", "Nwosu"},
		{"soffice.b 4711 u 31u REG 259,2 48213 1311021 /home/u/Documents/Resume - Bisi Adebayo.pdf\n", "Adebayo"},
		{`<file path="/Users/jan/Documents/Lebenslauf Jan Kowalski.pdf" opened="2024-03-03T10:12:00Z"/>` + "\n", "Kowalski"},
		{"recent[3]=file:///home/u/Bewerbungen/Lebenslauf%20Agnieszka%20Nowak.pdf\n", "Agnieszka"},
		{"/tmp/curriculum_vitae_ana_souza.pdf: 2 pages\n", "souza"},
		{"Recent: /Users/lea/Documents/Résumé Léa Martin.pages\n", "Léa"},
		{"{\"name\":\"Cover Letter - Kwame Mensah.docx\",\"size\":18211}\n", "Mensah"},
		{"Offer Letter – Priya Sharma.pdf\n", "Priya"},
		{"Payslip_Wanjiru_Kamau_March.pdf\n", "Wanjiru"},
		{"upload ok: Passport - Oluwaseun Adeyemi.jpg (2.1 MB)\n", "Oluwaseun"},
		{"Bank Statement Emeka Obi.pdf\n", "Emeka"},
		{"Bewerbung_Mehmet_Yilmaz.pdf\n", "Yilmaz"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Loaded CV_Filter_Presets.fxp\n",
		"img = cv2.imread(path)\n",
		"Opened OpenCV_Sample.pdf\n",
		"Resume Playback.txt\n",
		"python resume_from_checkpoint.py --ckpt last.pt\n",
		"CV Gate Settings.json\n",
		"Passport Photo Template.psd\n",
		"Passport Photo Template.pdf\n",
		"Resume Software Engineer.pdf\n",
		"Tax Return 2023 Final.pdf\n",
		"CV Template Modern.docx\n",
		"cv_lecture_notes.pdf\n",
		"Open Cover Letter Examples.pdf\n",
		"ID Card Printer Manual.pdf\n",
		"cv_image_processing.pdf\n",
	} {
		mustKeepTwice(t, keep)
	}
	// a name after "CV" goes where it stands; its words are not learned,
	// as a course's topic reads the same ("CV_Machine_Learning.pdf")
	for _, c := range []struct{ in, secret string }{
		{"Opened C:\\Users\\an\\Desktop\\CV_Nguyen_Van_An_2024.docx in 0.8s\n", "Nguyen"},
		{"WARN: could not render thumbnail for CV-Thandiwe-Mokoena.pdf\n", "Thandiwe"},
	} {
		fuzz34Both(t, c.in, c.secret)
	}
	out := scrubTwice(t, "open CV_Machine_Learning.pdf\nMachine Learning model loaded; Machine\n")
	mustKeep(t, "cv topic", out, "Machine Learning model loaded; Machine")
}
