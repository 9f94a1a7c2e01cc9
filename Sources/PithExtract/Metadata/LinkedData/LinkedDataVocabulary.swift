/// schema.org types that matter to metadata, lowercased, without the `schema:` or URL prefix.
enum LinkedDataVocabulary {
    /// Types whose node describes the article itself. Their fields win.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle",
        "techarticle", "scholarlyarticle", "medicalscholarlyarticle", "report", "satiricalarticle",
        "socialmediaposting", "liveblogposting", "discussionforumposting", "advertisercontentarticle",
        "apireference", "posting",
    ]

    /// Other single works a page can be about: used when there is no article node.
    static let workTypes: Set<String> = [
        "recipe", "review", "howto", "videoobject", "podcastepisode", "creativework", "book",
        "movie", "musicrecording", "course", "event", "product", "question",
    ]

    /// The page as a whole: the weakest source of article fields.
    static let pageTypes: Set<String> = [
        "webpage", "itempage", "collectionpage", "aboutpage", "faqpage", "qapage", "profilepage",
        "medicalwebpage", "contactpage", "checkoutpage", "realestatelisting",
    ]

    static let organizationTypes: Set<String> = [
        "organization", "newsmediaorganization", "corporation", "localbusiness", "educationalorganization",
        "governmentorganization", "ngo", "onlinebusiness", "website",
    ]

    static let websiteType = "website"
}
