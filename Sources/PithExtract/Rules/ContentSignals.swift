/// Class and id tokens that say "this is the article", used to weigh candidates up and to keep
/// a container from being pruned for a boilerplate word it also carries ("article-sidebar").
enum ContentSignals {
    /// Tokens (or hyphenated token pairs) naming the main content.
    static let positiveTokens: [String] = [
        "article", "articlebody", "article-body", "article-content", "article-text", "content", "main-content",
        "maincontent", "entry", "entry-content", "entry-body", "post", "post-body", "post-content", "post-text",
        "postbody", "story", "story-body", "storycontent", "story-content", "text", "body", "body-text", "bodytext",
        "main", "blog", "blog-post", "hentry", "h-entry", "single", "page-content", "fulltext", "full-text", "prose",
        "rich-text", "richtext", "markdown", "markdown-body", "news", "news-text", "article-container", "column",
        "artikel", "inhalt", "beitrag", "texto", "noticia", "contenido", "testo", "articolo", "corpo", "tekst",
        "artykul", "tresc", "statya", "novost",
    ]

    /// Tokens that, in a class or id, rescue an element from pruning by a single boilerplate
    /// word (Readability's "maybe candidate" family).
    static let rescueTokens: [String] = [
        "article", "articlebody", "article-body", "body", "content", "main", "column", "entry", "post", "story",
        "text", "shadow", "prose",
    ]
}
