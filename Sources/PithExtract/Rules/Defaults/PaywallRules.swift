extension BoilerplateRules {
    /// Paywall, metered-access and registration-wall notices.
    static let paywall: [BoilerplateRule] = [
        BoilerplateRule(
            id: "paywall.class", category: .paywall,
            matcher: .classTokens(["paywall", "pay-wall", "meter", "metered", "piano", "tp-modal", "regwall", "premium-teaser",
                                   "subscriber-only", "plus-teaser", "abo-teaser", "subscription-wall", "offer-wall", "locked",
                                   "locked-content", "blurred", "obfuscated", "truncated-content", "premium-content"]),
            reason: "Containers named for paywalls and metering"),
        BoilerplateRule(
            id: "paywall.link", category: .paywall,
            matcher: .linkTargets(["/abo", "/abonnement", "/abonnements", "/subscribe", "/subscription", "/subscriptions",
                                   "/plus", "/premium", "/digital-subscription", "/offers", "/angebote", "/suscripcion",
                                   "/suscripciones", "/abbonamento", "/abbonamenti", "/assinatura", "/assine",
                                   "/prenumerata", "/podpiska", "/pidpyska"]),
            reason: "A short block whose links lead to a subscription offer is a paywall notice"),
        BoilerplateRule(
            id: "paywall.phrase", category: .paywall,
            matcher: .phrases(["subscribe to continue reading", "to continue reading", "continue reading with",
                               "you have reached your", "free articles remaining", "free articles left",
                               "already a subscriber", "log in to continue", "for the full story", "to view the full story",
                               "to read the full story", "subscribe now", "subscribe today", "for immediate access",
                               "please subscribe", "bitte abonnieren sie", "vorteile sichern", "jetzt vorteile sichern", "veuillez vous abonner", "suscríbete para", "this article is for subscribers",
                               "subscribers only", "unlimited access", "start your free trial",
                               "weiterlesen mit", "jetzt weiterlesen", "bereits abonnent", "wählen sie ihren zugang",
                               "um weiterzulesen", "diesen artikel weiterlesen", "plus-artikel", "mit z+", "exklusiv für abonnenten",
                               "exklusiv für abonnentinnen", "für abonnenten", "jederzeit kündbar", "jetzt testen",
                               "wochen gratis", "monate gratis", "weeks free", "free trial", "cancel anytime", "cancel at any time",
                               "déjà abonné", "pour lire la suite", "cet article est réservé aux abonnés",
                               "ya eres suscriptor", "para seguir leyendo", "contenido exclusivo para suscriptores",
                               "sei già abbonato", "per continuare a leggere", "já é assinante", "para continuar lendo",
                               "al abonnee", "lees verder met", "jesteś już subskrybentem", "aby czytać dalej",
                               "уже подписчик", "чтобы продолжить чтение", "вже передплатник", "щоб продовжити читання"]),
            reason: "Notices that the article continues behind a subscription"),
    ]
}
