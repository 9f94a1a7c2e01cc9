/// Which `<meta>` keys (lowercased `name`, `property`, `itemprop` or `http-equiv`) feed which
/// field, best first.
enum MetaTagNames {
    static let title = [
        "og:title", "twitter:title", "dc.title", "dc:title", "dcterms.title", "dcterms:title", "citation_title",
        "parsely-title", "sailthru.title", "title", "headline",
    ]

    static let authors = [
        "dc.creator", "dc:creator", "dcterms.creator", "dcterms:creator", "author", "article:author", "parsely-author",
        "sailthru.author", "citation_author", "byl", "cxenseparse:author", "authors", "article:author_name", "creator",
    ]

    static let published = [
        "article:published_time", "og:published_time", "article:published", "datepublished",
        "published_time", "publish-date", "publish_date", "publishdate", "pubdate", "date",
        "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "dcterms.created", "dc.date.created",
        "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date",
        "originalpublicationdate", "article_date_original", "article.published", "cxenseparse:recs:publishtime",
        "og:pubdate", "release_date", "datecreated", "date.available", "prism.publicationdate", "displaydate",
        "bt:pubdate", "published-date", "article:post_date",
    ]

    static let modified = [
        "article:modified_time", "og:updated_time", "article:modified", "datemodified", "modified_time",
        "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated", "updated_time",
        "revised", "bt:moddate",
    ]

    static let siteName = ["og:site_name", "application-name", "apple-mobile-web-app-title", "al:android:app_name", "al:ios:app_name"]

    static let language = ["content-language", "og:locale", "dc.language", "language", "inlanguage"]

    static let description = ["description", "og:description", "twitter:description", "dc.description", "dcterms.description"]

    static let image = [
        "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnailurl",
        "image",
    ]

    static let canonical = ["og:url", "twitter:url"]

    static let tags = ["article:tag", "keywords", "news_keywords", "parsely-tags", "sailthru.tags"]
}
