extension BoilerplateRules {
    /// Author bio boxes under an article.
    static let byline: [BoilerplateRule] = [
        BoilerplateRule(
            id: "byline.class", category: .byline,
            matcher: .classTokens(["author-bio", "authorbio", "author-box", "authorbox", "about-author", "about-the-author",
                                   "author-info", "author-card", "author-profile", "bio-box", "contributor-bio",
                                   "byline", "bylines", "dateline", "post-meta", "entry-meta", "article-meta", "meta-data",
                                   "metadata", "article-info", "posted-on", "timestamp", "publish-date"]),
            reason: "Bylines, datelines and author boxes are metadata, not body text"),
    ]

    /// Print, e-mail and font-size toolbars.
    static let toolbar: [BoilerplateRule] = [
        BoilerplateRule(
            id: "toolbar.class", category: .toolbar,
            matcher: .classTokens(["toolbar", "tools", "article-tools", "print", "print-button", "printfriendly",
                                   "font-size", "fontsize", "text-size", "textsize", "bookmark", "bookmarks", "utility",
                                   "utilities", "actions", "article-actions", "icons", "rating", "ratings", "vote", "votes",
                                   "like-button", "reactions-bar"]),
            reason: "Containers named for page tools"),
        BoilerplateRule(
            id: "toolbar.label", category: .toolbar,
            matcher: .labels(["print", "print this page", "print article", "email this", "email this page", "send to a friend",
                              "font size", "text size", "a a a", "a- a a+", "bookmark", "save", "save article",
                              "drucken", "versenden", "artikel drucken", "schriftgröße", "imprimer", "envoyer",
                              "imprimir", "enviar", "stampa", "invia", "afdrukken", "drukuj", "печать", "друк",
                              "listen to this article", "artikel anhören", "écouter l'article"]),
            reason: "A block that is only a page tool"),
    ]

    /// Site headers.
    static let header: [BoilerplateRule] = [
        BoilerplateRule(
            id: "header.class", category: .header,
            matcher: .classTokens(["site-header", "page-header", "global-header", "header-top", "top-header", "header-bar",
                                   "logo", "branding", "site-branding", "announcement", "alert-bar", "notification-bar",
                                   "ticker", "breaking-news-bar"]),
            reason: "Containers named for the site header, logo and alert bars"),
        BoilerplateRule(
            id: "header.tag", category: .header, matcher: .tags(["header"]),
            reason: "A page-level header holds the site name and menus"),
    ]

    /// Site footers.
    static let footer: [BoilerplateRule] = [
        BoilerplateRule(
            id: "footer.tag", category: .footer, matcher: .tags(["footer"]),
            reason: "The element HTML reserves for footers"),
        BoilerplateRule(
            id: "footer.class", category: .footer,
            matcher: .classTokens(["footer", "site-footer", "page-footer", "global-footer", "foot", "bottom-bar",
                                   "imprint", "impressum", "legal", "disclaimer", "colophon", "site-info", "siteinfo",
                                   "contact-info", "footnav"]),
            reason: "Containers named for the site footer"),
    ]

    /// Copyright lines.
    static let copyright: [BoilerplateRule] = [
        BoilerplateRule(
            id: "copyright.class", category: .copyright, matcher: .classTokens(["copyright", "copy-right", "rights"]),
            reason: "Containers named for copyright notices"),
        BoilerplateRule(
            id: "copyright.phrase", category: .copyright,
            matcher: .phrases(["©", "(c) copyright", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
                               "todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados",
                               "alle rechten voorbehouden", "wszelkie prawa zastrzeżone", "все права защищены",
                               "всі права захищені", "усі права захищені"]),
            reason: "A short block carrying a copyright notice"),
    ]

    /// Tag clouds and keyword lists.
    static let tags: [BoilerplateRule] = [
        BoilerplateRule(
            id: "tags.class", category: .tags,
            matcher: .classTokens(["tags", "tag-list", "taglist", "tag-cloud", "tagcloud", "post-tags", "entry-tags",
                                   "article-tags", "keywords", "topics", "categories", "cat-links", "tags-links", "labels"]),
            reason: "Containers named for tag lists"),
        BoilerplateRule(
            id: "tags.section", category: .tags,
            matcher: .sectionStarts(["tags", "tagged", "tagged with", "topics", "categories", "filed under", "schlagwörter",
                                     "themen", "schlagworte", "mots-clés", "étiquettes", "etiquetas", "temas", "argomenti",
                                     "tag", "tagi", "trefwoorden", "теги", "метки", "теґи", "мітки"]),
            reason: "A lead-in that starts a keyword list"),
    ]

    /// Hidden content (the `prepare` phase applies these before anything else).
    static let hidden: [BoilerplateRule] = [
        BoilerplateRule(
            id: "hidden.class", category: .hidden,
            matcher: .classTokens(["hidden", "hide", "invisible", "sr-only", "screen-reader-text", "visually-hidden",
                                   "visuallyhidden", "noprint", "d-none", "is-hidden", "u-hidden", "element-invisible"]),
            reason: "Content the page hides from readers"),
    ]
}
