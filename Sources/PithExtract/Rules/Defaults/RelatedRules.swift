extension BoilerplateRules {
    /// Related, recommended and "read more" lists.
    static let related: [BoilerplateRule] = [
        BoilerplateRule(
            id: "related.class", category: .related,
            matcher: .classTokens(["related", "relatedposts", "related-posts", "related-articles", "related-content",
                                   "recommended", "recommendations", "recommendation", "more-stories", "more-articles",
                                   "most-popular", "mostpopular", "most-read", "popular-posts", "trending", "outbrain",
                                   "taboola", "plista", "ligatus", "zergnet", "read-next",
                                   "whats-next", "next-article", "teaser-list", "teasers", "yarpp", "jp-relatedposts",
                                   "crp", "you-may-like", "also-read", "more-from", "topstories", "top-stories"]),
            reason: "Containers named for related or recommended links"),
        BoilerplateRule(
            id: "related.gallery", category: .related,
            matcher: .classTokens(["gallery", "carousel", "slideshow", "slider", "legends", "lightbox", "swiper",
                                   "photo-gallery", "image-gallery", "filmstrip"]),
            reason: "Galleries and carousels beside an article hold captions of other pictures and stories"),
        BoilerplateRule(
            id: "related.section", category: .related,
            matcher: .sectionStarts(["related", "related articles", "related stories", "related posts", "related content",
                                     "related coverage", "read more", "read next", "more from", "more stories",
                                     "more on this", "read also", "also read", "see also", "recommended", "recommended for you", "you may also like",
                                     "you might also like", "most popular", "most read", "trending", "see also",
                                     "das könnte sie auch interessieren", "auch interessant", "mehr zum thema",
                                     "weitere artikel", "lesen sie auch", "lesen sie mehr", "auch lesenswert", "siehe auch", "meistgelesen", "empfehlungen",
                                     "mehr aus", "weiterlesen", "à lire aussi", "lire aussi", "voir aussi", "à lire également", "sur le même sujet",
                                     "articles similaires", "te puede interesar", "noticias relacionadas", "lee también",
                                     "más noticias", "potrebbe interessarti", "leggi anche", "articoli correlati",
                                     "leia também", "leia mais", "notícias relacionadas", "lees ook", "meer nieuws",
                                     "gerelateerde artikelen", "czytaj też", "czytaj także", "zobacz też",
                                     "podobne artykuły", "читайте также", "по теме", "похожие статьи", "читайте також",
                                     "за темою", "схожі статті",
                                     // Inline lead-ins to other articles, as "Label: <linked headline>".
                                     "read more", "more", "watch", "listen", "recommended reading", "editor's picks",
                                     "lea también", "lea más", "lea", "mire", "vea también", "le puede interesar",
                                     "también le puede interesar", "también te puede interesar", "lee también", "lee más",
                                     "ver también", "lesen sie hier", "mehr lesen", "auch lesen", "mehr dazu",
                                     "verwandte artikel", "verwandte beiträge", "weitere themen", "mehr themen",
                                     "weitere beiträge", "weitere beiträge zum thema", "schon gelesen",
                                     "diese artikel könnten dich ebenfalls interessieren", "das könnte dich auch interessieren",
                                     "das könnte sie auch interessieren", "redaktionstipp", "lesetipp", "lesetipps",
                                     "empfehlungen der redaktion", "vorschau auf den nächsten artikel", "ähnliche beiträge",
                                     "ähnliche artikel", "czytaj więcej", "zobacz także", "przeczytaj też", "przeczytaj także",
                                     "dowiedz się więcej", "polecamy", "à voir aussi", "lire la suite", "audios et vidéos sur le sujet",
                                     "veja também", "saiba mais", "vedi anche", "lees meer", "zie ook", "читайте еще",
                                     "смотрите также", "дивіться також", "читайте більше"]),
            reason: "A heading or lead-in that starts a list of other articles"),
    ]
}
