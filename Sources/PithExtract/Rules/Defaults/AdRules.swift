extension BoilerplateRules {
    /// Advertisements and sponsored blocks.
    static let ads: [BoilerplateRule] = [
        BoilerplateRule(
            id: "ads.class", category: .ads,
            matcher: .classTokens(["ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot",
                                   "ad-slot", "adunit", "ad-unit", "ad-container", "ad-wrapper", "adsbygoogle", "dfp", "gpt-ad",
                                   "banner-ad", "sponsor", "sponsored", "sponsors", "promo", "promoted", "promotion",
                                   "partner-content", "paid-content", "native-ad", "anzeige", "werbung", "commercial",
                                   "affiliate", "billboard", "leaderboard", "mrec", "teads", "adform"]),
            reason: "Containers named for advertising and sponsored content"),
        BoilerplateRule(
            id: "ads.label", category: .ads,
            matcher: .labels(["advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content",
                              "paid content", "paid post", "promoted", "anzeige", "werbung", "publicité", "publicidad",
                              "pubblicità", "publicidade", "advertentie", "reklama", "реклама", "partner content",
                              "story continues below advertisement", "article continues below",
                              "continue reading below", "scroll to continue with content", "loading", "loading..."]),
            reason: "Ad slot labels and placeholders"),
        BoilerplateRule(
            id: "ads.affiliate", category: .ads,
            matcher: .phrases(["affiliate links", "affiliate link", "as an amazon associate", "earn from qualifying purchases",
                               "dieser beitrag enthält werbung", "enthält werbung für", "unbezahlte werbung", "bezahlte werbung",
                               "contains references to products", "one or more of our advertisers", "besuchen sie unseren shop",
                               "unseren fan-shop", "visit our shop", "visitez notre boutique", "visita nuestra tienda",
                               "this post is sponsored", "this post contains paid", "article sponsorisé", "contenido patrocinado",
                               "we may earn a commission", "may earn a commission", "earn a small commission",
                               "at no extra cost to you", "contains affiliate", "sponsored by", "paid partnership",
                               "in partnership with", "affiliate-links", "provisions-links", "partnerlinks",
                               "werbelinks", "liens affiliés", "lien affilié", "enlaces de afiliados", "link di affiliazione",
                               "links de afiliados", "партнёрские ссылки", "партнерські посилання", "ggf. eine provision",
                               "eine provision vom händler", "erhalten wir eine provision", "provision vom anbieter",
                               "sogenannte affiliate", "kennzeichnen wir mit einem sternchen", "links mit sternchen",
                               "dauerrabatt", "exklusive angebote", "gutscheincode", "rabattcode", "discount code",
                               "promo code", "use code", "article continues below", "story continues below",
                               "continues below this ad", "continue reading below", "weiter nach der anzeige",
                               "lesen sie nach der anzeige weiter", "la suite après cette publicité", "la suite après la publicité",
                               "el artículo continúa", "continúa después de la publicidad", "l'articolo continua sotto",
                               "continua após a publicidade", "artikel gaat verder onder", "dalsza część artykułu pod reklamą",
                               "продолжение после рекламы", "продовження після реклами"]),
            reason: "Affiliate and sponsorship disclosures"),
    ]
}
