extension BoilerplateRules {
    /// Mailing-list and newsletter sign-ups, in footers and between paragraphs.
    static let newsletter: [BoilerplateRule] = [
        BoilerplateRule(
            id: "newsletter.class", category: .newsletter,
            matcher: .classTokens(["newsletter", "newsletters", "mailing-list", "mailinglist", "subscribe", "subscription-box",
                                   "signup", "sign-up", "optin", "opt-in", "email-capture", "mc-embed", "mailchimp",
                                   "nl-signup", "nl-box", "email-signup", "emailsignup", "inbox-cta", "syndication", "rss-feed"]),
            reason: "Containers named for newsletters or sign-up forms"),
        BoilerplateRule(
            id: "newsletter.email-form", category: .newsletter, matcher: .emailInputs,
            reason: "A short block around an e-mail input is a sign-up form, whatever it says"),
        BoilerplateRule(
            id: "newsletter.link", category: .newsletter,
            matcher: .linkTargets(["/newsletter", "/newsletters", "/subscribe", "/signup", "/sign-up", "/mailing-list",
                                   "/abonnieren", "/anmelden/newsletter", "list-manage.com", "/inscription", "/suscribete",
                                   "/suscribirse", "/iscriviti", "/inscreva-se", "/aanmelden", "/nieuwsbrief", "/zapisz",
                                   "/podpiska", "/rassylka", "/pidpyska", "/rozsylka", "substack.com", "/api/subscribe"]),
            reason: "A short block whose links (or form) lead to a sign-up page is an ask"),
        BoilerplateRule(
            id: "newsletter.label", category: .newsletter,
            matcher: .labels(["subscribe", "subscribe now", "sign up", "sign up now", "sign me up", "get the newsletter",
                              "abonnieren", "jetzt abonnieren", "newsletter abonnieren", "anmelden", "s'abonner", "s'inscrire",
                              "je m'abonne", "je m'inscris", "suscríbete", "suscribirse", "iscriviti", "abbonati", "assine",
                              "inscreva-se", "aanmelden", "abonneren", "inschrijven", "zapisz się", "subskrybuj",
                              "подписаться", "підписатися"]),
            reason: "A block or button that is only a sign-up call"),
        BoilerplateRule(
            id: "newsletter.phrase.en", category: .newsletter,
            matcher: .phrases(["sign up for our", "sign up to our", "sign up for the", "subscribe to our",
                               "subscribe to the newsletter", "join our mailing list", "join the mailing list",
                               "mailing list", "get our newsletter", "our newsletter", "in your inbox",
                               "to your inbox", "straight to your inbox", "enter your email", "your email address",
                               "sign up now", "subscribe now", "newsletter sign-up", "newsletter signup",
                               "weekly newsletter", "daily newsletter", "free newsletter", "unsubscribe at any time",
                               "unsubscribe anytime", "no spam", "one email every", "delivered to your inbox",
                               "get the best of", "sign up here", "subscribe here", "never miss", "signing up to our",
                               "sign up to the", "newsletter today", "zapraszamy też do subskrypcji", "zapraszamy do subskrypcji"]),
            reason: "English sign-up asks"),
        BoilerplateRule(
            id: "newsletter.phrase.de", category: .newsletter,
            matcher: .phrases(["newsletter abonnieren", "jetzt abonnieren", "melden sie sich", "für unseren newsletter",
                               "zum newsletter", "newsletter anmelden", "ihre e-mail-adresse", "e-mail-adresse eingeben",
                               "in ihr postfach", "abonnieren sie", "kostenlos abonnieren", "newsletter bestellen",
                               "jederzeit abbestellen", "jederzeit wieder abmelden", "unser newsletter", "kein spam"]),
            reason: "German sign-up asks"),
        BoilerplateRule(
            id: "newsletter.phrase.fr", category: .newsletter,
            matcher: .phrases(["abonnez-vous", "inscrivez-vous à notre", "inscrivez-vous à la", "notre newsletter",
                               "notre lettre d'information", "votre adresse e-mail", "votre adresse email",
                               "dans votre boîte mail", "dans votre boîte de réception", "recevez notre",
                               "s'inscrire à la newsletter", "désinscrire à tout moment", "pas de spam"]),
            reason: "French sign-up asks"),
        BoilerplateRule(
            id: "newsletter.phrase.es", category: .newsletter,
            matcher: .phrases(["suscríbete", "suscribase", "suscríbase", "nuestro boletín", "nuestra newsletter",
                               "tu correo electrónico", "su correo electrónico", "recibe nuestro", "en tu bandeja",
                               "apúntate a", "date de baja cuando quieras"]),
            reason: "Spanish sign-up asks"),
        BoilerplateRule(
            id: "newsletter.phrase.it", category: .newsletter,
            matcher: .phrases(["iscriviti alla newsletter", "iscriviti alla nostra", "la nostra newsletter",
                               "il tuo indirizzo email", "la tua email", "ricevi la newsletter", "abbonati",
                               "nella tua casella"]),
            reason: "Italian sign-up asks"),
        BoilerplateRule(
            id: "newsletter.phrase.pt", category: .newsletter,
            matcher: .phrases(["assine a newsletter", "assine nossa", "inscreva-se", "nossa newsletter", "o seu e-mail",
                               "seu e-mail", "receba nossa", "na sua caixa de entrada"]),
            reason: "Portuguese sign-up asks"),
        BoilerplateRule(
            id: "newsletter.phrase.nl", category: .newsletter,
            matcher: .phrases(["schrijf je in", "meld je aan", "abonneer je", "onze nieuwsbrief", "je e-mailadres",
                               "uw e-mailadres", "in je inbox"]),
            reason: "Dutch sign-up asks"),
        BoilerplateRule(
            id: "newsletter.phrase.pl", category: .newsletter,
            matcher: .phrases(["zapisz się", "zapisz się do newslettera", "nasz newsletter", "twój adres e-mail",
                               "subskrybuj", "zamów newsletter"]),
            reason: "Polish sign-up asks"),
        BoilerplateRule(
            id: "newsletter.phrase.ru", category: .newsletter,
            matcher: .phrases(["подпишитесь на", "подписаться на рассылку", "наша рассылка", "нашу рассылку",
                               "ваш email", "ваш e-mail", "подпишитесь на наш"]),
            reason: "Russian sign-up asks"),
        BoilerplateRule(
            id: "newsletter.phrase.uk", category: .newsletter,
            matcher: .phrases(["підпишіться на", "підписатися на розсилку", "наша розсилка", "нашу розсилку",
                               "ваш email", "ваш e-mail"]),
            reason: "Ukrainian sign-up asks"),
    ]
}
