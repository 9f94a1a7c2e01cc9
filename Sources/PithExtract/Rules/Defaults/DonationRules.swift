extension BoilerplateRules {
    /// Fundraising appeals: banners, inline "support our journalism" boxes, end-of-article asks.
    /// Phrases are imperative asks, never the bare nouns, so an article *about* a fundraising
    /// drive keeps its sentences.
    static let donation: [BoilerplateRule] = [
        BoilerplateRule(
            id: "donation.class", category: .donation,
            matcher: .classTokens(["donate", "donation", "donations", "fundraising", "fundraiser", "spenden",
                                   "membership-appeal", "support-us", "supportus", "contribute-box", "contribution-box",
                                   "reader-revenue", "patreon", "paypal-button", "give-box", "matching-gift"]),
            reason: "Containers named for donations or reader revenue hold appeals, not the article"),
        BoilerplateRule(
            id: "donation.link", category: .donation,
            matcher: .linkTargets(["/donate", "/donation", "/donations", "/spenden", "/unterstuetzen", "/soutenir",
                                   "/faire-un-don", "/don/", "/donar", "/dona/", "/doneer", "/wesprzyj", "/support-us",
                                   "/membership", "/contribute", "/give", "patreon.com/", "paypal.com/donate",
                                   "/pozhertvovat", "/podderzhat", "donorbox.org", "/u24", "u24.gov.ua"]),
            reason: "A short block whose links lead to a donation page is an appeal"),
        BoilerplateRule(
            id: "donation.phrase.en", category: .donation,
            matcher: .phrases(["donate now", "donate today", "make a donation", "make a charitable donation",
                               "make a tax-deductible", "please donate", "support our journalism", "support our work",
                               "support independent journalism", "support our reporting", "support us today",
                               "become a member", "become a supporter", "become a patron", "chip in",
                               "your donation", "your gift", "your support", "donations are tax-deductible",
                               "every contribution", "make a contribution", "contribute today", "give today",
                               "double your impact", "matching gift", "will be matched", "help us keep",
                               "help keep this", "reader-supported", "readers like you", "charitable donation"]),
            reason: "English asks for money or membership"),
        BoilerplateRule(
            id: "donation.phrase.de", category: .donation,
            matcher: .phrases(["jetzt spenden", "spenden sie", "spende jetzt", "unterstützen sie uns", "unterstützen sie unsere",
                               "unterstütze uns", "ihre spende", "deine spende", "mit ihrer spende", "mitglied werden",
                               "werden sie mitglied", "unabhängigen journalismus unterstützen", "freiwillig bezahlen",
                               "jetzt unterstützen", "unterstützer werden"]),
            reason: "German asks for money or membership"),
        BoilerplateRule(
            id: "donation.phrase.fr", category: .donation,
            matcher: .phrases(["faites un don", "faire un don", "soutenez-nous", "soutenez notre", "votre don",
                               "je fais un don", "je soutiens", "devenez membre", "soutenir notre journalisme",
                               "soutenez le journalisme"]),
            reason: "French asks for money or membership"),
        BoilerplateRule(
            id: "donation.phrase.es", category: .donation,
            matcher: .phrases(["haz una donación", "haga una donación", "dona ahora", "apoya nuestro", "apóyanos",
                               "tu donación", "su donación", "hazte socio", "hazte miembro", "colabora con nosotros",
                               "apoya el periodismo"]),
            reason: "Spanish asks for money or membership"),
        BoilerplateRule(
            id: "donation.phrase.it", category: .donation,
            matcher: .phrases(["fai una donazione", "dona ora", "sostienici", "sostieni il nostro", "la tua donazione",
                               "diventa socio", "sostieni l'informazione", "sostieni il giornalismo"]),
            reason: "Italian asks for money or membership"),
        BoilerplateRule(
            id: "donation.phrase.pt", category: .donation,
            matcher: .phrases(["faça uma doação", "doe agora", "apoie o nosso", "apoie nosso", "apoie-nos", "sua doação",
                               "a sua doação", "seja sócio", "seja membro", "apoie o jornalismo"]),
            reason: "Portuguese asks for money or membership"),
        BoilerplateRule(
            id: "donation.phrase.nl", category: .donation,
            matcher: .phrases(["doneer nu", "steun ons", "steun onze", "uw donatie", "jouw donatie", "word lid",
                               "word donateur", "steun onafhankelijke journalistiek"]),
            reason: "Dutch asks for money or membership"),
        BoilerplateRule(
            id: "donation.phrase.pl", category: .donation,
            matcher: .phrases(["wesprzyj nas", "przekaż darowiznę", "wpłać darowiznę", "twoja darowizna", "wspieraj nas",
                               "zostań patronem", "wesprzyj naszą", "przekaż 1,5%"]),
            reason: "Polish asks for money or membership"),
        BoilerplateRule(
            id: "donation.phrase.ru", category: .donation,
            matcher: .phrases(["поддержите нас", "поддержать проект", "сделать пожертвование", "сделайте пожертвование",
                               "ваше пожертвование", "пожертвовать", "поддержите редакцию", "стать спонсором"]),
            reason: "Russian asks for money or support"),
        BoilerplateRule(
            id: "donation.phrase.uk", category: .donation,
            matcher: .phrases(["підтримайте нас", "зробити внесок", "зробіть внесок", "ваш внесок", "підтримати проєкт",
                               "підтримати проект", "задонатити", "благодійний внесок", "підтримайте редакцію"]),
            reason: "Ukrainian asks for money or support"),
    ]
}
