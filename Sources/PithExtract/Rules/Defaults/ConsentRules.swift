extension BoilerplateRules {
    /// Cookie and consent notices.
    static let consent: [BoilerplateRule] = [
        BoilerplateRule(
            id: "consent.class", category: .consent,
            matcher: .classTokens(["cookie", "cookies", "consent", "gdpr", "onetrust",
                                   // Consent-manager boxes by name; a bare `cmp` also prefixes ordinary component
                                   // classes (`cmp-text`, `cmp-container`, `cmp_notification`) in site builders.
                                   "cmpbox", "cmp-banner", "cmp-popup", "cmp-modal", "cmp-layer", "cmp-settings", "cookiebot", "didomi",
                                   "cookie-banner", "cookie-notice", "privacy-banner", "cc-window", "truste", "usercentrics",
                                   "quantcast", "sp-message", "fc-consent"]),
            reason: "Containers named for cookie and consent notices"),
        BoilerplateRule(
            id: "consent.phrase", category: .consent,
            matcher: .phrases(["we use cookies", "this website uses cookies", "this site uses cookies", "uses cookies to",
                               // Push-notification prompts ask for a browser permission like consent banners.
                               "benachrichtigung aktivieren", "benachrichtigungen aktivieren", "push-benachrichtigungen",
                               "in ihrem browser", "ihres browsers", "benachrichtigungen zu schicken", "ihnen benachrichtigungen",
                               "enable notifications", "turn on notifications", "allow notifications", "send you notifications",
                               "activer les notifications", "activar notificaciones", "attiva le notifiche",
                               "accept cookies", "accept all cookies", "cookie policy", "cookie settings", "manage cookies",
                               "by continuing to use", "you agree to our use of cookies",
                               "wir verwenden cookies", "diese website verwendet cookies", "cookies akzeptieren",
                               "alle akzeptieren", "cookie-einstellungen", "cookies & tracking",
                               "nous utilisons des cookies", "ce site utilise des cookies", "accepter les cookies",
                               "utilizamos cookies", "este sitio web utiliza cookies", "aceptar cookies",
                               "utilizziamo i cookie", "questo sito utilizza cookie", "accetta i cookie",
                               "utilizamos cookies", "este site utiliza cookies", "aceitar cookies",
                               "wij gebruiken cookies", "deze website gebruikt cookies", "cookies accepteren",
                               "używamy plików cookie", "ta strona używa plików cookie", "akceptuję",
                               "мы используем cookie", "этот сайт использует cookie", "принять cookie",
                               "ми використовуємо cookie", "цей сайт використовує cookie", "прийняти cookie"]),
            reason: "Cookie-notice wording"),
    ]
}
