extension BoilerplateRules {
    /// Author bio boxes under an article.
    static let byline: [BoilerplateRule] = [
        BoilerplateRule(
            id: "byline.class", category: .byline,
            matcher: .classTokens(["author-bio", "authorbio", "author-box", "authorbox", "about-author", "about-the-author",
                                   "author-info", "author-card", "author-profile", "bio-box", "contributor-bio",
                                   "byline", "bylines", "dateline", "post-meta", "entry-meta", "article-meta", "meta-data",
                                   "metadata", "article-info", "posted-on", "timestamp", "publish-date", "author",
                                   "post-author", "signature", "postprofile", "post-profile", "user-info", "userinfo",
                                   "online-list", "who-is-online"]),
            reason: "Bylines, datelines and author boxes are metadata, not body text"),
        BoilerplateRule(
            id: "byline.about-author", category: .byline,
            matcher: .sectionStarts(["about the author", "about the authors", "über den autor", "über die autorin",
                                     "über die autoren", "zum autor", "zur autorin", "à propos de l'auteur", "sobre el autor",
                                     "sobre la autora", "sull'autore", "sobre o autor", "over de auteur", "o autorze",
                                     "об авторе", "про автора"]),
            reason: "The author box under an article starts here; nothing after it is the article"),
        BoilerplateRule(
            id: "byline.label", category: .byline,
            matcher: .labels(["von", "by", "par", "por", "di", "door", "autor", "author", "auteur", "автор"]),
            reason: "A byline's label left alone when the name is a separate block"),
    ]

    /// Author lines that open with "Autor:" and friends, anywhere in the article.
    static let bylineLines: [BoilerplateRule] = [
        BoilerplateRule(
            id: "byline.edit-note", category: .byline,
            matcher: .phrases(["last edited by", "edited by", "zuletzt bearbeitet von", "zuletzt geändert von",
                               "dernière modification par", "modifié par", "editado por última vez", "editado por",
                               "ultima modifica di", "ostatnio edytowany przez", "последний раз редактировалось",
                               "востаннє редагувалося"]),
            reason: "Edit notes under posts say who changed them, not what they say"),
        BoilerplateRule(
            id: "byline.forum-stats", category: .byline,
            matcher: .sectionStarts(["who is online", "users browsing this forum", "wer ist online",
                                     "qui est en ligne", "quién está conectado", "chi c'è in linea", "kto jest online",
                                     "кто сейчас на конференции", "хто зараз на форумі"]),
            reason: "The who-is-online box ends a forum thread"),
        BoilerplateRule(
            id: "byline.prefix", category: .byline,
            matcher: .prefixes(["author", "authors", "autor", "autoren", "autorin", "text", "texte", "redaktion", "auteur",
                                "auteurs", "autores", "autore", "autora", "auteurs", "redactie", "autorka", "автор",
                                "авторы", "автори", "by"]),
            reason: "A short line naming the author is metadata, not body text"),
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
                              "listen to this article", "artikel anhören", "écouter l'article", "quellen ausblenden",
                              "quellen anzeigen", "show sources", "hide sources", "einzelnachweise anzeigen", "bild anzeigen",
                              "show image", "view image", "view larger image", "afficher l'image", "ver imagen", "vergrößern"]),
            reason: "A block that is only a page tool"),
        BoilerplateRule(
            id: "toolbar.permalink", category: .toolbar,
            matcher: .prefixes(["permalink", "shortlink", "short link", "short url", "kurzlink", "kurz-url", "lien permanent",
                                "lien court", "enlace permanente", "enlace corto", "link permanente", "link breve",
                                "permanente link", "stały link", "постоянная ссылка", "постійне посилання"]),
            reason: "A line giving the page's own address is a sharing tool, not text"),
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

    /// Copyright lines, picture credits and licence notices.
    static let copyright: [BoilerplateRule] = [
        BoilerplateRule(
            id: "copyright.credit", category: .copyright,
            matcher: .prefixes(["foto", "fotos", "bild", "bilder", "bildquelle", "titelbild", "beitragsbild", "photo", "photos",
                                "photograph", "image", "images", "picture", "credit", "credits", "crédits photos",
                                "crédit photo", "crédit", "crédito", "créditos", "source", "sources", "quelle", "quellen",
                                "quellenangaben", "fuente", "fonte", "bron", "źródło", "zdjęcie", "fot", "фото", "источник",
                                "джерело", "abbildung", "grafik", "illustration", "video"]),
            reason: "A short line crediting a picture or source"),
        BoilerplateRule(
            id: "copyright.agency", category: .copyright,
            matcher: .labels(["getty images", "getty", "istock", "istock.com", "istockphoto", "thinkstock", "shutterstock",
                              "adobe stock", "adobestock", "unsplash", "pixabay", "imago", "imago images", "picture alliance",
                              "picture-alliance", "dpa", "afp", "reuters", "ap photo", "ap", "associated press", "keystone", "epa",
                              "ddp", "epd", "kna", "apa", "sda", "efe", "europa press", "ansa", "anp", "belga", "pap", "tass",
                              "ria novosti", "ukrinform", "xinhua", "symbolbild"]),
            reason: "A picture agency's name alone under a picture is a credit"),
        BoilerplateRule(
            id: "copyright.notice", category: .copyright,
            matcher: .phrases(["gibt die meinung des autors wieder", "meinung des autors wieder", "does not necessarily reflect",
                               "alle angaben ohne gewähr", "angaben ohne gewähr", "entspricht den vorgaben der ärztlichen",
                               "medizinisch geprüft", "von medizinern geprüft", "medically reviewed by", "is not responsible for the opinions",
                               "not responsible for the content", "nicht verantwortlich für den inhalt", "übernehmen keine haftung",
                               "do not necessarily reflect", "the views expressed", "views expressed in this",
                               "dieser text wurde veröffentlicht unter", "veröffentlicht unter der lizenz", "sofern nicht anders",
                               "this article is licensed", "licensed under a creative commons", "under a creative commons",
                               "unter einer creative commons", "reproduction interdite", "prohibida su reproducción",
                               "riproduzione riservata", "bei diesem beitrag handelt es sich um", "dieser artikel erschien zuerst",
                               "this article first appeared", "this story originally appeared", "originally published",
                               "erschien zuerst in", "publié initialement", "publicado originalmente"]),
            reason: "Licence, reprint and opinion disclaimers"),
        BoilerplateRule(
            id: "copyright.class", category: .copyright, matcher: .classTokens(["copyright", "copy-right", "rights"]),
            reason: "Containers named for copyright notices"),
        BoilerplateRule(
            id: "copyright.credit-class", category: .copyright,
            matcher: .classTokens(["credit", "credits", "credito", "creditos", "fotocredit", "fotocredits", "photographer",
                                   "bildnachweis"]),
            reason: "Elements named for picture credits say who took a photo, not what the article says"),
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
