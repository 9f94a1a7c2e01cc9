extension BoilerplateRules {
    /// Share and follow bars.
    static let social: [BoilerplateRule] = [
        BoilerplateRule(
            id: "social.class", category: .social,
            matcher: .classTokens(["share", "shares", "sharing", "sharebar", "share-bar", "share-buttons", "sharethis",
                                   "addthis", "addtoany", "a2a", "social", "socials", "social-media", "social-links",
                                   "social-share", "follow-us", "followus", "sociable", "shariff", "tweet-this",
                                   "whatsapp-share", "facebook-like", "fb-like", "twitter-share"]),
            reason: "Containers named for share and follow buttons"),
        BoilerplateRule(
            id: "social.label", category: .social,
            matcher: .labels(["share", "share this", "share this article", "share this story", "share on facebook",
                              "share on twitter", "tweet", "facebook", "twitter", "linkedin", "whatsapp", "pinterest",
                              "email", "e-mail", "reddit", "telegram", "copy link", "teilen", "artikel teilen",
                              "diesen artikel teilen", "partager", "partager cet article", "compartir", "condividi",
                              "compartilhar", "delen", "udostępnij", "поделиться", "поділитися", "follow us",
                              "folgen sie uns", "suivez-nous", "síguenos", "seguici", "siga-nos", "volg ons",
                              "obserwuj nas", "подписывайтесь", "підписуйтесь", "gefällt mir", "teilen mit", "wird geladen",
                              "lade", "loading", "like this", "like", "likes", "comments are closed", "kommentare deaktiviert",
                              "kommentare geschlossen", "war der artikel nützlich", "war dieser artikel hilfreich",
                              "was this article helpful", "was this helpful", "was this page helpful", "nos siga no",
                              "síguenos en", "folge uns", "cet article vous a-t-il été utile", "¿te ha resultado útil"]),
            reason: "A block that is only a share or follow label"),
        BoilerplateRule(
            id: "social.link", category: .social,
            matcher: .linkTargets(["facebook.com/sharer", "twitter.com/intent", "twitter.com/share", "x.com/intent",
                                   "linkedin.com/sharearticle", "linkedin.com/shareArticle", "pinterest.com/pin/create",
                                   "wa.me/", "api.whatsapp.com/send", "t.me/share", "reddit.com/submit", "mailto:?",
                                   "vk.com/share", "xing.com/spi/shares"]),
            reason: "Links that share the page on a social network"),
        BoilerplateRule(
            id: "social.phrase", category: .social,
            matcher: .phrases(["did you make this recipe", "tag us on instagram", "leave a rating", "rate this recipe",
                               "leave a comment below", "share your thoughts", "follow us on", "like us on facebook",
                               "share this article", "share this story", "folgen sie uns auf", "teilen sie diesen artikel",
                               "suivez-nous sur", "partagez cet article", "síguenos en", "comparte este artículo",
                               "seguici su", "condividi questo articolo", "siga-nos no", "compartilhe este artigo",
                               "volg ons op", "deel dit artikel", "obserwuj nas na", "udostępnij artykuł",
                               "подписывайтесь на нас", "поделитесь статьей", "підписуйтесь на нас", "поділіться статтею",
                               "visits today", "nos siga no"]),
            reason: "Asks to share, follow or rate"),
    ]
}
