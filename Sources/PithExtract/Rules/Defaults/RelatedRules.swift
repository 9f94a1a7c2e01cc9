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
                                     "за темою", "схожі статті"]),
            reason: "A heading or lead-in that starts a list of other articles"),
    ]
}
